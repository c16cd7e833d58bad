#include "ui/setup/ReadyStep.h"

#include "ui/common/DisplaySettings.h"
#include "ui/setup/StepStyle.h"
#include "ui/sync/OfficeOperations.h"

#include <QDir>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tansiq::ui::setup {

namespace {
} // namespace

ReadyStep::ReadyStep(const DisplaySettings& display, QWidget* parent)
    : QWidget(parent), m_display(display)
{
    m_title = heading(this);
    m_text = paragraph(this);
    m_fingerprint = new QLabel(this);
    m_fingerprint->setObjectName(QStringLiteral("setupFingerprint"));
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprint->setAlignment(Qt::AlignCenter);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.4);
    mono.setBold(true);
    m_fingerprint->setFont(mono);
    m_fingerprint->setStyleSheet(QStringLiteral(
        "QLabel { background: palette(base); border: 1px solid palette(mid); padding: 10px; }"));
    m_fingerprint->hide();
    m_next = paragraph(this);
    m_saveRequest = new QPushButton(this);
    m_saveRequest->setObjectName(QStringLiteral("saveRequest"));
    m_saveRequest->hide();
    m_requestStatus = paragraph(this);
    m_requestStatus->setObjectName(QStringLiteral("requestStatus"));
    m_requestStatus->hide();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_saveRequest);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addWidget(m_fingerprint);
    layout->addWidget(m_next);
    layout->addLayout(buttons);
    layout->addWidget(m_requestStatus);
    layout->addStretch();
    connect(m_saveRequest, &QPushButton::clicked, this, &ReadyStep::saveRequestClicked);
    retranslate();
}

void ReadyStep::showOffice(const QString& arabicName, const QString& englishName, bool headOffice,
    const QString& fingerprint)
{
    m_kind = headOffice ? Kind::Head : Kind::Field;
    m_name = arabicName;
    m_englishName = englishName;
    m_fingerprint->setText(offices::spacedFingerprint(fingerprint));
    m_fingerprint->show();
    m_saveRequest->setVisible(!headOffice);
    retranslate();
}

void ReadyStep::showSample(qint64 activities, const QString& path)
{
    m_kind = Kind::Sample;
    m_activities = activities;
    m_path = path;
    m_fingerprint->hide();
    m_saveRequest->hide();
    retranslate();
}

void ReadyStep::setRequestSaved(const QString& path)
{
    m_savedTo = path;
    retranslate();
}

void ReadyStep::setRequestMessage(const QString& text, bool error)
{
    m_requestStatus->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_requestStatus->setText(text);
    m_requestStatus->setVisible(!text.isEmpty());
}

void ReadyStep::setBusy(bool busy)
{
    m_saveRequest->setEnabled(!busy);
}

void ReadyStep::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReadyStep::retranslate()
{
    // The English name in an English (left-to-right) interface, when the office has one.
    const QString name = isLeftToRight() && !m_englishName.isEmpty() ? m_englishName : m_name;
    m_saveRequest->setText(tr("Save the enrolment request…"));
    switch (m_kind) {
    case Kind::None:
        break;
    case Kind::Field:
        m_title->setText(tr("The registry of %1 is ready").arg(name));
        m_text->setText(
            tr("It holds the places of Syria and the sector lists, and no records yet. "
               "Before this office can exchange bundles, the head office enrols it. This "
               "office's fingerprint, to read out to the head office by phone:"));
        m_next->setText(
            tr("Save the enrolment request, for example on a USB stick, and take it to the "
               "head office. When its answer comes back, accept it in Settings → Office "
               "and keys. You can also save the request later there."));
        if (!m_savedTo.isEmpty())
            setRequestMessage(
                tr("The enrolment request was saved as “%1”.")
                    .arg(DisplaySettings::leftToRight(QDir::toNativeSeparators(m_savedTo))),
                false);
        break;
    case Kind::Head:
        m_title->setText(tr("The registry of %1 is ready").arg(name));
        m_text->setText(
            tr("It holds the places of Syria and the sector lists, and no records yet. This "
               "is the head office. The fingerprint of its certification key, which the field "
               "offices confirm by phone when they enrol:"));
        m_next->setText(
            tr("Field offices send you their enrolment requests: sign them in Settings → "
               "Office and keys, with the certification key file and its passphrase. Between "
               "times, keep that stick apart from this laptop."));
        break;
    case Kind::Sample:
        m_title->setText(tr("The sample data is ready"));
        // The count like every other number: grouped, in the user's digits.
        m_text->setText(m_display
                            .counted(tr("%n invented activities with their partners, projects "
                                        "and needs, in “%1”.",
                                         nullptr, int(m_activities)),
                                m_activities)
                            .arg(DisplaySettings::leftToRight(QDir::toNativeSeparators(m_path))));
        m_next->setText(
            tr("The window shows “Sample data” in its title and status bar. To set up your "
               "office's registry later, use File → New registry…"));
        break;
    }
}

} // namespace tansiq::ui::setup
