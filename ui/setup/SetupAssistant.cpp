#include "ui/setup/SetupAssistant.h"

#include "core/sync/OfficeKeys.h"
#include "ui/common/BackgroundJob.h"
#include "ui/common/DisplaySettings.h"
#include "ui/common/Prompts.h"
#include "ui/setup/CertificationKeyStep.h"
#include "ui/setup/ChoiceStep.h"
#include "ui/setup/LanguageStep.h"
#include "ui/setup/OfficeStep.h"
#include "ui/setup/ReadyStep.h"
#include "ui/setup/StepStyle.h"
#include "ui/sync/CertificationPrompts.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace tansiq::ui::setup {

SetupAssistant::SetupAssistant(DisplaySettings& display, Prompts& prompts, const Clock& clock,
    Start start, Paths paths, QWidget* parent)
    : QDialog(parent)
    , m_display(display)
    , m_prompts(prompts)
    , m_clock(clock)
    , m_start(start)
    , m_paths(std::move(paths))
{
    setObjectName(QStringLiteral("setupAssistant"));
    m_stack = new QStackedWidget(this);
    m_language = new LanguageStep(display, this);
    m_choice = new ChoiceStep(this);
    m_office = new OfficeStep(this);
    m_office->setTargetPath(m_paths.registry);
    m_certification = new CertificationKeyStep(this);
    m_working = new QWidget(this);
    m_workingTitle = heading(m_working);
    m_workingText = paragraph(m_working);
    m_bar = new QProgressBar(m_working);
    m_bar->setTextVisible(false);
    auto* workingLayout = new QVBoxLayout(m_working);
    workingLayout->addWidget(m_workingTitle);
    workingLayout->addWidget(m_workingText);
    workingLayout->addWidget(m_bar);
    workingLayout->addStretch();
    m_ready = new ReadyStep(m_display, this);
    for (QWidget* step : { static_cast<QWidget*>(m_language), static_cast<QWidget*>(m_choice),
             static_cast<QWidget*>(m_office), static_cast<QWidget*>(m_certification), m_working,
             static_cast<QWidget*>(m_ready) })
        m_stack->addWidget(step);

    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("setupBack"));
    m_next = new QPushButton(this);
    m_next->setObjectName(QStringLiteral("setupNext"));
    m_next->setDefault(true);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("setupCancel"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);

    m_job = new BackgroundJob(this);
    m_poll = new QTimer(this);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &SetupAssistant::pollProgress);
    connect(m_next, &QPushButton::clicked, this, &SetupAssistant::next);
    connect(m_back, &QPushButton::clicked, this, &SetupAssistant::back);
    connect(m_cancel, &QPushButton::clicked, this, &SetupAssistant::reject);
    connect(m_choice, &ChoiceStep::registryChosen, this, [this] { showStep(m_office); });
    connect(m_choice, &ChoiceStep::sampleChosen, this, &SetupAssistant::startSample);
    connect(m_office, &OfficeStep::submitted, this, &SetupAssistant::next);
    connect(m_office->headOffice(), &QRadioButton::toggled, this, &SetupAssistant::updateButtons);
    connect(m_certification, &CertificationKeyStep::submitted, this, &SetupAssistant::next);
    connect(m_certification, &CertificationKeyStep::chooseRequested, this,
        &SetupAssistant::chooseKeyFile);
    connect(m_ready, &ReadyStep::saveRequestClicked, this, &SetupAssistant::saveRequest);

    resize(760, 640); // fits a 1280x720 screen with its title bar
    if (start == Start::Sample) { // File → Open sample data, the first time
        QTimer::singleShot(0, this, &SetupAssistant::startSample);
        showStep(m_working);
    } else {
        showStep(start == Start::Language ? static_cast<QWidget*>(m_language) : m_office);
    }
    retranslate();
}

SetupAssistant::~SetupAssistant()
{
    m_job->cancel();
    m_job->wait(); // a job writes the file: let it finish (or clean up after Cancel)
    sync::crypto::wipe(m_passphrase); // in place: the copies the jobs held read zeros too
    sync::crypto::wipe(m_keyPassphrase);
}

QString SetupAssistant::stepId() const
{
    const QWidget* current = m_stack->currentWidget();
    if (current == m_language)
        return QStringLiteral("language");
    if (current == m_choice)
        return QStringLiteral("choice");
    if (current == m_office)
        return QStringLiteral("office");
    if (current == m_certification)
        return QStringLiteral("certification");
    if (current == m_working)
        return QStringLiteral("working");
    return QStringLiteral("ready");
}

void SetupAssistant::showStep(QWidget* step)
{
    m_stack->setCurrentWidget(step);
    updateButtons();
}

void SetupAssistant::next()
{
    const QWidget* current = m_stack->currentWidget();
    if (current == m_language)
        showStep(m_choice);
    else if (current == m_office && m_office->headOffice()->isChecked()) {
        // The head office's certification key comes next (docs/decisions/0085).
        if (std::optional<OfficeChoice> office = m_office->validate()) {
            sync::crypto::wipe(office->passphrase); // taken again when the registry is made
            showStep(m_certification);
        }
    } else if (current == m_office || current == m_certification)
        startRegistry();
    else if (current == m_ready)
        accept();
}

void SetupAssistant::back()
{
    const QWidget* current = m_stack->currentWidget();
    if (current == m_choice)
        showStep(m_language);
    else if (current == m_office && m_start == Start::Language)
        showStep(m_choice);
    else if (current == m_certification)
        showStep(m_office);
}

void SetupAssistant::chooseKeyFile()
{
    QString name = m_office->englishName()->text().trimmed();
    if (name.isEmpty())
        name = m_office->arabicName()->text().trimmed();
    const std::optional<QString> target = m_prompts.saveFile(this, tr("Save the certification key"),
        certification::suggestedKeyFileName(name), tr("Certification keys (*.key)"));
    if (target)
        m_certification->setKeyPath(*target);
}

bool SetupAssistant::busy() const
{
    return m_job->busy();
}

void SetupAssistant::startRegistry()
{
    if (busy())
        return;
    std::optional<OfficeChoice> office = m_office->validate();
    if (!office)
        return;
    if (office->headOffice) {
        const auto key = m_certification->validate(office->passphrase);
        if (!key) {
            sync::crypto::wipe(office->passphrase);
            showStep(m_certification);
            return;
        }
        office->certificationKeyPath = key->path;
        office->certificationPassphrase = key->passphrase;
        sync::crypto::wipe(m_keyPassphrase);
        m_keyPassphrase = key->passphrase; // shared: wiped in place when the dialog goes
    }
    sync::crypto::wipe(m_passphrase);
    m_passphrase = office->passphrase;
    m_englishName = office->englishName;
    m_fileName = office->englishName.isEmpty() ? office->arabicName : office->englishName;
    m_work = Work::Registry;
    m_bar->setRange(0, 0);
    showStep(m_working);
    retranslate();
    createRegistry(
        *m_job, m_paths.registry, *office, m_clock, [this](Result<offices::CreatedOffice> created) {
            m_work = Work::None;
            sync::crypto::wipe(m_keyPassphrase); // the key file is written (or not): done
            if (!created.ok()) {
                const bool aboutKey
                    = created.issues().first().code.startsWith(QStringLiteral("certification"))
                    || created.issues().first().code == u"wrong-certification-passphrase";
                if (aboutKey && m_office->headOffice()->isChecked()) {
                    m_certification->setMessage(created.errorText());
                    showStep(m_certification);
                } else {
                    m_office->setMessage(created.errorText());
                    showStep(m_office);
                }
                return;
            }
            m_office->clearPassphrases();
            m_certification->clearPassphrases();
            m_chosenPath = m_paths.registry;
            m_chosenSample = false;
            m_ready->showOffice(
                created->name, m_englishName, created->headOffice, created->fingerprint);
            showStep(m_ready);
        });
    updateButtons();
}

void SetupAssistant::startSample()
{
    if (busy())
        return;
    // The sample is made once: a second "explore" opens the one already there.
    if (QFileInfo::exists(m_paths.sample)) {
        m_chosenPath = m_paths.sample;
        m_chosenSample = true;
        accept();
        return;
    }
    m_work = Work::Sample;
    m_bar->setRange(0, 1000);
    m_bar->setValue(0);
    showStep(m_working);
    retranslate();
    m_poll->start();
    createSample(
        *m_job, m_paths.sample, m_sampleActivities, m_clock, [this](Result<qint64> activities) {
            m_work = Work::None;
            m_poll->stop();
            if (!activities.ok()) { // cancelled or failed: nothing left behind
                if (!wasCancelled(activities.issues()))
                    m_prompts.refuse(
                        this, tr("The sample data could not be made."), activities.issues());
                afterSampleStopped();
                return;
            }
            m_chosenPath = m_paths.sample;
            m_chosenSample = true;
            m_ready->showSample(activities.value(), m_paths.sample);
            showStep(m_ready);
        });
    updateButtons();
}

void SetupAssistant::afterSampleStopped()
{
    if (m_start == Start::Sample)
        QDialog::reject();
    else
        showStep(m_choice);
}

void SetupAssistant::pollProgress()
{
    if (!busy())
        return;
    const qint64 total = m_job->total();
    if (total == 0) { // the organisations, projects and needs come before the activities
        m_workingText->setText(tr("Inventing partners, projects and needs…"));
        return;
    }
    const qint64 done = m_job->done();
    m_bar->setValue(int(done * 1000 / total));
    m_workingText->setText(
        tr("%1 of %2 activities").arg(m_display.number(done), m_display.number(total)));
}

void SetupAssistant::saveRequest()
{
    if (busy())
        return;
    // Named as Settings → Office and keys names it, with a name that is safe on any stick.
    QString name = m_fileName;
    for (QChar& c : name) {
        if (!c.isLetterOrNumber())
            c = QLatin1Char('-');
    }
    const std::optional<QString> target = m_prompts.saveFile(this, tr("Save the enrolment request"),
        QStringLiteral("enrolment-request-%1.tqr").arg(name), tr("Enrolment requests (*.tqr)"));
    if (!target)
        return;
    m_ready->setBusy(true);
    m_ready->setRequestMessage(tr("Saving the enrolment request…"), false);
    setup::saveRequest(*m_job, m_paths.registry, *target, m_passphrase, m_clock,
        [this, path = *target](Result<QString> written) {
            m_ready->setBusy(false);
            if (!written.ok()) {
                m_ready->setRequestMessage(written.errorText(), true);
                return;
            }
            m_ready->setRequestSaved(path);
        });
}

void SetupAssistant::reject()
{
    if (m_work == Work::Sample && busy()) {
        m_job->cancel(); // the job removes what it wrote, then returns to the choice
        return;
    }
    if (busy())
        return; // the keys are being made: a moment
    QDialog::reject();
}

void SetupAssistant::updateButtons()
{
    const QWidget* current = m_stack->currentWidget();
    m_back->setVisible(current == m_choice || current == m_certification
        || (current == m_office && m_start == Start::Language));
    m_next->setVisible(current != m_choice && current != m_working);
    m_cancel->setVisible(current != m_ready);
    m_cancel->setEnabled(current != m_working || m_work == Work::Sample);
    retranslate();
}

void SetupAssistant::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SetupAssistant::retranslate()
{
    setWindowTitle(m_start == Start::Language ? tr("Welcome to Tansiq")
            : m_start == Start::Office        ? tr("New registry")
                                              : tr("Sample data"));
    m_back->setText(tr("Back"));
    m_cancel->setText(tr("Cancel"));
    const QWidget* current = m_stack->currentWidget();
    if (current == m_office && m_office->headOffice()->isChecked())
        m_next->setText(tr("Next"));
    else if (current == m_office || current == m_certification)
        m_next->setText(tr("Create the registry"));
    else if (current == m_ready)
        m_next->setText(m_chosenSample ? tr("Open the sample data") : tr("Open the registry"));
    else
        m_next->setText(tr("Next"));
    if (m_work == Work::Registry) {
        m_workingTitle->setText(tr("Creating the registry"));
        m_workingText->setText(tr("Importing the places of Syria and making this office's keys…"));
    } else if (m_work == Work::Sample) {
        m_workingTitle->setText(tr("Making the sample data"));
        pollProgress();
    }
}

} // namespace tansiq::ui::setup
