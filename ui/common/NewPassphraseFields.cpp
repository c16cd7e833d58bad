#include "ui/common/NewPassphraseFields.h"

#include "core/sync/OfficeKeys.h"
#include "ui/common/Passphrases.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace tansiq::ui {

NewPassphraseFields::NewPassphraseFields(
    QWidget* parent, const QString& name, const QString& repeatName)
    : m_label(new QLabel(parent))
    , m_passphrase(new QLineEdit(parent))
    , m_repeatLabel(new QLabel(parent))
    , m_repeat(new QLineEdit(parent))
    , m_hint(new QLabel(parent))
{
    m_passphrase->setObjectName(name);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_repeat->setObjectName(repeatName);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void NewPassphraseFields::addRows(QFormLayout* form) const
{
    form->addRow(m_label, m_passphrase);
    form->addRow(m_repeatLabel, m_repeat);
    form->addRow(QString(), m_hint);
}

void NewPassphraseFields::setTexts(
    const QString& label, const QString& repeatLabel, const QString& hint)
{
    m_label->setText(label);
    m_repeatLabel->setText(repeatLabel);
    m_hint->setText(hint);
}

QString NewPassphraseFields::problem(
    const std::function<Status(const QByteArray&)>& strong, const QString& notTheSame) const
{
    QByteArray typed = m_passphrase->text().toUtf8();
    const Status checked = strong(typed);
    sync::crypto::wipe(typed);
    if (!checked.ok()) {
        m_passphrase->setFocus();
        return checked.issues().first().message;
    }
    if (m_passphrase->text() != m_repeat->text()) {
        m_repeat->clear();
        m_repeat->setFocus();
        return notTheSame;
    }
    return QString();
}

void NewPassphraseFields::clear() const
{
    passphrases::clear({ m_passphrase, m_repeat });
}

} // namespace tansiq::ui
