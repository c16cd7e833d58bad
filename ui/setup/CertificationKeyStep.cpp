#include "ui/setup/CertificationKeyStep.h"

#include "core/sync/OfficeKeys.h"
#include "core/sync/PassphrasePolicy.h"
#include "ui/common/DisplaySettings.h"
#include "ui/common/NewPassphraseFields.h"
#include "ui/common/Passphrases.h"
#include "ui/setup/StepStyle.h"
#include "ui/sync/CertificationOperations.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tansiq::ui::setup {

CertificationKeyStep::CertificationKeyStep(QWidget* parent) : QWidget(parent)
{
    m_title = heading(this);
    m_intro = paragraph(this);
    m_fileLabel = new QLabel(this);
    m_pathShown = paragraph(this);
    m_pathShown->setObjectName(QStringLiteral("certificationKeyPath"));
    m_choose = new QPushButton(this);
    m_choose->setObjectName(QStringLiteral("chooseCertificationKey"));
    m_passphrase = std::make_unique<NewPassphraseFields>(this,
        QStringLiteral("certificationPassphrase"), QStringLiteral("certificationPassphraseRepeat"));
    m_message = paragraph(this);
    m_message->setObjectName(QStringLiteral("certificationMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    auto* fileRow = new QVBoxLayout;
    fileRow->addWidget(m_pathShown);
    auto* chooseRow = new QHBoxLayout;
    chooseRow->addWidget(m_choose);
    chooseRow->addStretch();
    fileRow->addLayout(chooseRow);
    auto* form = new QFormLayout;
    form->addRow(m_fileLabel, fileRow);
    m_passphrase->addRows(form);
    auto* content = new QWidget;
    auto* inner = new QVBoxLayout(content);
    inner->setContentsMargins(0, 0, 0, 0);
    inner->addWidget(m_title);
    inner->addWidget(m_intro);
    inner->addLayout(form);
    inner->addStretch();
    // In a scroll area, as the office step: nothing squeezed on a small screen.
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_message);

    connect(m_choose, &QPushButton::clicked, this, &CertificationKeyStep::chooseRequested);
    connect(
        m_passphrase->repeat(), &QLineEdit::returnPressed, this, &CertificationKeyStep::submitted);
    retranslate();
}

void CertificationKeyStep::setKeyPath(const QString& path)
{
    m_path = path;
    retranslate();
}

void CertificationKeyStep::setMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString CertificationKeyStep::message() const
{
    return m_message->text();
}

void CertificationKeyStep::clearPassphrases()
{
    m_passphrase->clear();
}

std::optional<CertificationKeyStep::Choice> CertificationKeyStep::validate(
    const QByteArray& officePassphrase)
{
    if (m_path.isEmpty()) {
        setMessage(tr("Choose where to save the certification key, for example on a USB stick "
                      "that you keep apart from this laptop."));
        m_choose->setFocus();
        return std::nullopt;
    }
    if (QFileInfo::exists(m_path)) {
        setMessage(tr("There is already a file at “%1”: a certification key is never written "
                      "over another file. Choose another name.")
                       .arg(QDir::toNativeSeparators(m_path)));
        m_choose->setFocus();
        return std::nullopt;
    }
    const QString problem = m_passphrase->problem(
        [&officePassphrase](const QByteArray& typed) {
            return offices::checkKeyPassphrase(typed, officePassphrase);
        },
        tr("The two passphrases are not the same. Type the second one again."));
    setMessage(problem);
    if (!problem.isEmpty())
        return std::nullopt;
    return Choice { m_path, m_passphrase->passphrase()->text().toUtf8() };
}

void CertificationKeyStep::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CertificationKeyStep::retranslate()
{
    m_title->setText(tr("The head office's certification key"));
    m_intro->setText(
        tr("Every field office trusts this key: it certifies the offices and the list of "
           "revoked ones. It is saved in a file of its own, with a passphrase of its own. "
           "Save it on a USB stick that you keep apart from this laptop, and keep a copy in a "
           "safe place. If the laptop is lost or stolen, this key gives the head office a new "
           "one without enrolling every office again."));
    m_fileLabel->setText(tr("Key file"));
    m_pathShown->setText(m_path.isEmpty()
            ? tr("Not chosen yet.")
            : DisplaySettings::leftToRight(QDir::toNativeSeparators(m_path)));
    m_choose->setText(
        m_path.isEmpty() ? tr("Choose where to save it…") : tr("Choose another place…"));
    m_passphrase->setTexts(tr("Key passphrase"), tr("Key passphrase again"),
        tr("At least %1 characters, not a common password, and not the office passphrase. It "
           "is asked only to enrol, renew or revoke an office, or to give the head office a "
           "new key. Keep it apart from the stick.")
            .arg(QLocale().toString(sync::passphrase::kMinCharacters)));
}

} // namespace tansiq::ui::setup
