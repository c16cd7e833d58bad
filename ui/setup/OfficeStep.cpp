#include "ui/setup/OfficeStep.h"

#include "core/sync/OfficeKeys.h"
#include "ui/common/Passphrases.h"
#include "ui/setup/StepStyle.h"

#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tansiq::ui::setup {

namespace {
QLabel* hint(QWidget* parent)
{
    QLabel* label = paragraph(parent);
    label->setIndent(24);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
    return label;
}
} // namespace

OfficeStep::OfficeStep(QWidget* parent) : QWidget(parent)
{
    m_title = heading(this);
    m_where = paragraph(this);
    m_where->setObjectName(QStringLiteral("registryPath"));
    m_arabicLabel = new QLabel(this);
    m_arabicName = new QLineEdit(this);
    m_arabicName->setObjectName(QStringLiteral("officeNameArabic"));
    m_englishLabel = new QLabel(this);
    m_englishName = new QLineEdit(this);
    m_englishName->setObjectName(QStringLiteral("officeNameEnglish"));
    m_englishName->setLayoutDirection(Qt::LeftToRight);
    m_kindLabel = new QLabel(this);
    m_field = new QRadioButton(this);
    m_field->setObjectName(QStringLiteral("fieldOffice"));
    m_field->setChecked(true);
    m_fieldHint = hint(this);
    m_head = new QRadioButton(this);
    m_head->setObjectName(QStringLiteral("headOffice"));
    m_headHint = hint(this);
    m_passphraseLabel = new QLabel(this);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_repeatLabel = new QLabel(this);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("passphraseRepeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_passphraseHint = paragraph(this);
    m_message = paragraph(this);
    m_message->setObjectName(QStringLiteral("officeMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    auto* kinds = new QVBoxLayout;
    kinds->setSpacing(2);
    kinds->addWidget(m_field);
    kinds->addWidget(m_fieldHint);
    kinds->addWidget(m_head);
    kinds->addWidget(m_headHint);
    auto* form = new QFormLayout;
    form->addRow(m_arabicLabel, m_arabicName);
    form->addRow(m_englishLabel, m_englishName);
    form->addRow(m_kindLabel, kinds);
    form->addRow(m_passphraseLabel, m_passphrase);
    form->addRow(m_repeatLabel, m_repeat);
    form->addRow(QString(), m_passphraseHint);
    // In a scroll area: on a small screen (or with a long message) nothing is squeezed or cut.
    auto* content = new QWidget;
    auto* inner = new QVBoxLayout(content);
    inner->setContentsMargins(0, 0, 0, 0);
    inner->addWidget(m_title);
    inner->addWidget(m_where);
    inner->addLayout(form);
    inner->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_message); // below the scroll area: a refusal is always in sight

    connect(m_repeat, &QLineEdit::returnPressed, this, &OfficeStep::submitted);
    retranslate();
}

void OfficeStep::setTargetPath(const QString& path)
{
    m_targetPath = path;
    retranslate();
}

void OfficeStep::setMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString OfficeStep::message() const
{
    return m_message->text();
}

void OfficeStep::clearPassphrases()
{
    passphrases::clear({ m_passphrase, m_repeat });
}

std::optional<OfficeChoice> OfficeStep::validate()
{
    const QString arabic = m_arabicName->text().trimmed();
    if (arabic.isEmpty()) {
        setMessage(tr("Give the office's name in Arabic (for example «مكتب حلب الميداني»)."));
        m_arabicName->setFocus();
        return std::nullopt;
    }
    if (m_passphrase->text().size() < kMinimumPassphrase) {
        setMessage(
            tr("The passphrase is too short: it has %1 characters and needs at least %2. A few "
               "words that belong together are easy to remember and hard to guess.")
                .arg(QLocale().toString(m_passphrase->text().size()),
                    QLocale().toString(kMinimumPassphrase)));
        m_passphrase->setFocus();
        return std::nullopt;
    }
    if (m_passphrase->text() != m_repeat->text()) {
        setMessage(tr("The two passphrases are not the same. Type the second one again."));
        m_repeat->clear();
        m_repeat->setFocus();
        return std::nullopt;
    }
    setMessage(QString());
    OfficeChoice choice;
    choice.arabicName = arabic;
    choice.englishName = m_englishName->text().trimmed();
    choice.headOffice = m_head->isChecked();
    choice.passphrase = m_passphrase->text().toUtf8();
    return choice;
}

void OfficeStep::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OfficeStep::retranslate()
{
    m_title->setText(tr("This office's registry"));
    m_where->setText(
        tr("The registry will be saved as “%1”.").arg(QDir::toNativeSeparators(m_targetPath)));
    m_arabicLabel->setText(tr("Office name (Arabic)"));
    m_arabicName->setPlaceholderText(tr("for example: مكتب دير الزور الميداني"));
    m_englishLabel->setText(tr("Office name (English, optional)"));
    m_englishName->setPlaceholderText(tr("for example: Deir-ez-Zor field office"));
    m_kindLabel->setText(tr("This office is"));
    m_field->setText(tr("a field office"));
    m_fieldHint->setText(
        tr("It is enrolled by the head office: after this step you save an enrolment "
           "request, for example on a USB stick, and read its fingerprint to the "
           "head office by phone."));
    m_head->setText(tr("the head office"));
    m_headHint->setText(tr("There is one head office: it enrols the field offices and signs their "
                           "certificates."));
    m_passphraseLabel->setText(tr("Passphrase"));
    m_repeatLabel->setText(tr("Passphrase again"));
    m_passphraseHint->setText(
        tr("At least %1 characters. It protects this office's keys and is asked "
           "for every bundle. Nobody can recover it: keep it somewhere safe.")
            .arg(QLocale().toString(kMinimumPassphrase)));
}

} // namespace tansiq::ui::setup
