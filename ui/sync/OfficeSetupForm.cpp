#include "ui/sync/OfficeSetupForm.h"

#include "core/sync/OfficeKeys.h"
#include "core/sync/PassphrasePolicy.h"
#include "ui/common/NewPassphraseFields.h"
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
    m_passphrase = std::make_unique<NewPassphraseFields>(
        this, QStringLiteral("newOfficePassphrase"), QStringLiteral("newOfficeRepeat"));
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
    m_passphrase->addRows(form);
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
    connect(m_passphrase->repeat(), &QLineEdit::returnPressed, this, &OfficeSetupForm::submit);
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
    m_passphrase->clear();
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
    const QString problem = m_passphrase->problem(
        [](const QByteArray& typed) { return sync::passphrase::check(typed); },
        tr("The two passphrases are not the same. Type them again."));
    setMessage(problem);
    if (!problem.isEmpty())
        return;
    // Taken out of both fields (cleared, their text wiped); the bytes are wiped after the job.
    QByteArray repeat = passphrases::take(m_passphrase->repeat());
    sync::crypto::wipe(repeat);
    const QByteArray passphrase = passphrases::take(m_passphrase->passphrase());
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
    m_passphrase->setTexts(tr("Passphrase"), tr("Passphrase again"),
        tr("At least %1 characters, not a common password: a few unrelated words "
           "are best. It protects this office's keys and is asked for every bundle. "
           "Nobody can recover it: keep it safe.")
            .arg(QLocale().toString(sync::passphrase::kMinCharacters))); // the language's digits
    m_create->setText(tr("Create this office"));
}

} // namespace tansiq::ui
