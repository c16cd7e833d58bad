#include "core/bulletin/ReportFonts.h"

#include <QFontDatabase>

namespace tansiq::report {

bool ReportFonts::ensureLoaded()
{
    static const bool loaded = [] {
        bool ok = true;
        for (const char* file : { "NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf",
                 "NotoSans-Regular.ttf", "NotoSans-Bold.ttf" }) {
            ok = QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/") + QLatin1String(file))
                    >= 0
                && ok;
        }
        return ok;
    }();
    return loaded;
}

QFont ReportFonts::body(Language language, qreal pointSize, bool bold)
{
    ensureLoaded();
    QFont font;
    const QString naskh = QStringLiteral("Noto Naskh Arabic");
    const QString sans = QStringLiteral("Noto Sans");
    // Arabic bulletins read in Naskh with Latin from Noto Sans; English ones the other way.
    font.setFamilies(
        language == Language::Arabic ? QStringList { naskh, sans } : QStringList { sans, naskh });
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    font.setStyleStrategy(QFont::PreferOutline);
    return font;
}

} // namespace tansiq::report
