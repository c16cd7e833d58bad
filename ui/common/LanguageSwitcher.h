#pragma once

#include <QObject>
#include <QTranslator>

namespace tansiq::ui {

// Installs the catalogues of a language (Tansiq's own and Qt's qtbase, so standard dialogs
// speak it too) and sets the application's layout direction from that language's locale.
// Installing a translator sends QEvent::LanguageChange to every widget: pages re-translate.
class LanguageSwitcher : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // Returns false when Tansiq's catalogue for the language is missing.
    bool apply(const QString& language);

private:
    QTranslator m_tansiq;
    QTranslator m_qt;
};

} // namespace tansiq::ui
