#include "ui/sync/OfficeSetupForm.h"

#include "core/sync/OfficeKeys.h"
#include "core/sync/PassphrasePolicy.h"
#include "ui/common/Passphrases.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace tansiq::ui {

OfficeSetupForm::OfficeSetupForm(QWidget* parent) : QWidget(parent)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_nameLabel = new QLabel(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("newOfficeName"));
    m_headOffice = new QCheckBox(this);
    m_headOffice->setObjectName(QStringLiteral("newOfficeHead"));
    m_passphraseLabel = new QLabel(this);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("newOfficePassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_repeatLabel = new QLabel(this);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("newOfficeRepeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("newOfficeMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();
    m_create = new QPushButton(this);
    m_create->setObjectName(QStringLiteral("createOffice"));

    auto* form = new QFormLayout;
    m_form = form;
    form->addRow(m_nameLabel, m_name);
    form->addRow(QString(), m_headOffice);
    form->addRow(m_passphraseLabel, m_passphrase);
    form->addRow(m_repeatLabel, m_repeat);
    form->addRow(QString(), m_hint);
    form->addRow(QString(), m_message);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_create);
    buttonRow->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addLayout(buttonRow);

    connect(m_create, &QPushButton::clicked, this, &OfficeSetupForm::submit);
    connect(m_repeat, &QLineEdit::returnPressed, this, &OfficeSetupForm::submit);
    retranslate();
}

void OfficeSetupForm::setOfficeName(const QString& name)
{
    if (m_name->text().isEmpty() || !m_nameShown)
        m_name->setText(name);
}

void OfficeSetupForm::setNameShown(bool shown)
{
    m_nameShown = shown;
    m_form->setRowVisible(m_name, shown);
}

void OfficeSetupForm::clearPassphrases()
{
    passphrases::clear({ m_passphrase, m_repeat });
}

void OfficeSetupForm::setMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString OfficeSetupForm::message() const
{
    return m_message->text();
}

void OfficeSetupForm::setBusy(bool busy)
{
    m_create->setEnabled(!busy);
}

void OfficeSetupForm::submit()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        setMessage(tr("Give this office a name (for example “Aleppo field office”)."));
        m_name->setFocus();
        return;
    }
    QByteArray typed = m_passphrase->text().toUtf8();
    const Status strong = sync::passphrase::check(typed);
    sync::crypto::wipe(typed);
    if (!strong.ok()) {
        setMessage(strong.issues().first().message);
        m_passphrase->setFocus();
        return;
    }
    if (m_passphrase->text() != m_repeat->text()) {
        setMessage(tr("The two passphrases are not the same. Type them again."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    setMessage(QString());
    // Taken out of both fields (cleared, their text wiped); the bytes are wiped after the job.
    QByteArray repeat = passphrases::take(m_repeat);
    sync::crypto::wipe(repeat);
    const QByteArray passphrase = passphrases::take(m_passphrase);
    emit createRequested(name, m_headOffice->isChecked(), passphrase);
}

void OfficeSetupForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OfficeSetupForm::retranslate()
{
    m_intro->setText(tr("This installation is not an office yet. Create it here to exchange "
                        "bundles: the head office once, every field office on its own laptop."));
    m_nameLabel->setText(tr("Office name"));
    m_headOffice->setText(tr("This installation is the head office"));
    m_passphraseLabel->setText(tr("Passphrase"));
    m_repeatLabel->setText(tr("Passphrase again"));
    m_hint->setText(
        tr("At least %1 characters, not a common password: a few unrelated words "
           "are best. It protects this office's keys and is asked for every bundle. "
           "Nobody can recover it: keep it safe.")
            .arg(QLocale().toString(sync::passphrase::kMinCharacters))); // the language's digits
    m_create->setText(tr("Create this office"));
}

} // namespace tansiq::ui
