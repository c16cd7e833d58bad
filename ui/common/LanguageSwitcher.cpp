#include "ui/common/LanguageSwitcher.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace tansiq::ui {

bool LanguageSwitcher::apply(const QString& language)
{
    QCoreApplication::removeTranslator(&m_tansiq);
    QCoreApplication::removeTranslator(&m_qt);
    const QLocale locale(language == QLatin1String("ar")
            ? QLocale(QLocale::Arabic, QLocale::Syria)
            : QLocale(QLocale::English, QLocale::UnitedKingdom));
    QLocale::setDefault(locale);
    // Qt asks the translator installed last first: ours comes after Qt's, so our catalogue's
    // translations of Qt's own buttons (ui/i18n/QtStandardTexts) win (docs/decisions/0059).
    if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    const bool loaded = m_tansiq.load(QStringLiteral(":/i18n/tansiq_%1.qm").arg(language));
    if (loaded)
        QCoreApplication::installTranslator(&m_tansiq);
    QApplication::setLayoutDirection(locale.textDirection());
    return loaded;
}

} // namespace tansiq::ui
