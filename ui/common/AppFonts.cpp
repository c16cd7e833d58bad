#include "ui/common/AppFonts.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>

namespace tansiq::ui {

QString AppFonts::install()
{
    QString family;
    for (const QString& file : { QStringLiteral(":/fonts/NotoSansArabic-Regular.ttf"),
             QStringLiteral(":/fonts/NotoSansArabic-Bold.ttf") }) {
        const int id = QFontDatabase::addApplicationFont(file);
        if (id >= 0 && family.isEmpty())
            family = QFontDatabase::applicationFontFamilies(id).value(0);
    }
    if (family.isEmpty())
        return {};
    QFont font(family);
    font.setPointSize(10);
    font.setStyleHint(QFont::SansSerif);
    QApplication::setFont(font);
    return family;
}

} // namespace tansiq::ui
