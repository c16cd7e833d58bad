#include "ui/interop/ImportWizard.h"

#include "core/interop/ColumnMappingStore.h"
#include "core/registry/Registry.h"
#include "core/storage/Database.h"
#include "core/workspace/Workspace.h"
#include "ui/common/BackgroundJob.h"
#include "ui/common/DisplaySettings.h"
#include "ui/common/SnapshotService.h"
#include "ui/common/UiContext.h"
#include "ui/interop/ColumnMappingModel.h"
#include "ui/interop/ColumnMappingPage.h"
#include "ui/interop/ImportDetectionPage.h"
#include "ui/interop/ImportFilePage.h"
#include "ui/interop/ImportReviewPage.h"
#include "ui/interop/ValueChoicesPanel.h"
#include "ui/registry/OrganisationCombo.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace tansiq::ui {

ImportWizard::ImportWizard(UiContext& context, QWidget* parent)
    : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("importWizard"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("stepTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_file = new ImportFilePage(context.workspace.registry().organisations().list(),
        context.display, context.prompts, this);
    m_detection = new ImportDetectionPage(context.display, this);
    m_mapping = new ColumnMappingPage(this);
    m_review = new ImportReviewPage(context.display, this);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("importResult"));
    m_result->setWordWrap(true);
    m_result->setAlignment(Qt::AlignTop | Qt::AlignLeading);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pages = new QStackedWidget(this);
    for (QWidget* page : { static_cast<QWidget*>(m_file), static_cast<QWidget*>(m_detection),
             static_cast<QWidget*>(m_mapping), static_cast<QWidget*>(m_review),
             static_cast<QWidget*>(m_result) })
        m_pages->addWidget(page);

    m_jobText = new QLabel(this);
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("importProgress"));
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("back"));
    m_next = new QPushButton(this);
    m_next->setObjectName(QStringLiteral("next"));
    m_next->setDefault(true);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    auto* buttons = new QHBoxLayout; // mirrors in Arabic: "Back" on the reading side
    buttons->addWidget(m_jobText, 0);
    buttons->addWidget(m_progressBar, 1);
    buttons->addStretch(0);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(m_cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    m_job = new BackgroundJob(
        m_context.workspace.database().path(), m_context.workspace.clock(), this);
    m_poll = new QTimer(this);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &ImportWizard::pollProgress);
    connect(m_back, &QPushButton::clicked, this, &ImportWizard::back);
    connect(m_next, &QPushButton::clicked, this, &ImportWizard::next);
    connect(m_cancel, &QPushButton::clicked, this, &ImportWizard::reject);
    connect(m_file, &ImportFilePage::pathChosen, this, &ImportWizard::next);
    connect(m_review, &ImportReviewPage::recheckRequested, this, &ImportWizard::recheck);
    connect(m_review, &ImportReviewPage::pendingChanged, this, &ImportWizard::updateButtons);
    resize(1000, 720);
    retranslate();
    goTo(FileStep);
}

ImportWizard::~ImportWizard() = default; // m_job, a child, stops its job and waits for it

bool ImportWizard::busy() const
{
    return m_job->busy();
}

QString ImportWizard::resultText() const
{
    return m_result->text();
}

void ImportWizard::goTo(Step step)
{
    m_step = step;
    m_pages->setCurrentIndex(step);
    retranslate();
}

void ImportWizard::updateButtons()
{
    const bool running = busy();
    m_jobText->setVisible(running);
    m_progressBar->setVisible(running);
    m_back->setEnabled(!running && m_step != FileStep && !(m_step == ResultStep && m_applied));
    m_back->setVisible(!(m_step == ResultStep && m_applied));
    bool canGoOn = !running;
    if (m_step == DetectionStep)
        canGoOn = canGoOn && m_detected && (m_detected->plan || m_detected->needsMapping());
    if (m_step == ReviewStep)
        canGoOn = canGoOn && m_plan && m_plan->canApply() && !m_review->hasPendingChanges();
    m_next->setEnabled(canGoOn);
    m_next->setText(m_step == ReviewStep ? tr("&Import")
            : m_step == ResultStep       ? tr("&Close")
                                         : tr("&Next"));
    m_back->setText(tr("&Back"));
    m_cancel->setText(running ? tr("&Cancel") : m_step == ResultStep ? tr("Close") : tr("Cancel"));
    m_cancel->setVisible(running || m_step != ResultStep);
    m_cancel->setEnabled(!(running && m_job->cancelRequested()));
}

void ImportWizard::next()
{
    if (busy())
        return;
    switch (m_step) {
    case FileStep:
        detect();
        break;
    case DetectionStep:
        if (m_detected && m_detected->needsMapping())
            openMapping();
        else if (m_detected && m_detected->plan)
            showReview(*m_detected->plan, m_detected->names, false);
        break;
    case MappingStep:
        planMapped();
        break;
    case ReviewStep:
        apply();
        break;
    case ResultStep:
        accept();
        break;
    case StepCount:
        break;
    }
}

void ImportWizard::back()
{
    if (busy())
        return;
    switch (m_step) {
    case DetectionStep:
        goTo(FileStep);
        break;
    case MappingStep:
        goTo(DetectionStep);
        break;
    case ReviewStep:
        goTo(m_mapped ? MappingStep : DetectionStep);
        break;
    case ResultStep:
        if (!m_applied)
            goTo(ReviewStep);
        break;
    default:
        break;
    }
}

void ImportWizard::reject()
{
    if (busy()) { // Cancel (or Escape) while working stops the work, not the wizard
        m_job->cancel();
        m_jobText->setText(tr("Cancelling…"));
        updateButtons();
        return;
    }
    QDialog::reject();
}

void ImportWizard::startJobFor(const QString& what)
{
    m_jobWhat = what;
    m_jobText->setText(what);
    m_progressBar->setRange(0, 0);
    m_poll->start();
}

void ImportWizard::pollProgress()
{
    const qint64 total = m_job->total();
    if (total > 0) {
        m_progressBar->setRange(0, int(std::min<qint64>(total, INT_MAX)));
        m_progressBar->setValue(int(std::min<qint64>(m_job->done(), INT_MAX)));
    }
}

void ImportWizard::finishJob()
{
    m_poll->stop();
    updateButtons();
}

interop::ImportOptions ImportWizard::options(const interop::ColumnMapping& mapping) const
{
    interop::ImportOptions options;
    const QUuid partner = m_file->partnerId();
    if (!partner.isNull())
        options.partner = partner.toString(QUuid::WithoutBraces);
    options.mapping = mapping;
    options.values = m_review->valueChoices().choices();
    if (m_plan && m_review->month() != m_plan->month)
        options.month = m_review->month(); // typed or corrected; else the file says it again
    else if (m_plan && m_plan->monthSource == interop::MonthSource::Given)
        options.month = m_plan->month;
    return options;
}

void ImportWizard::detect()
{
    const QString path = m_file->path();
    if (path.isEmpty()) {
        m_file->setProblem(tr("Choose the file to import."));
        return;
    }
    if (!QFileInfo(path).isFile()) {
        m_file->setProblem(tr("There is no file “%1”.").arg(path));
        return;
    }
    m_file->setProblem(QString());
    m_path = path;
    m_chosenMapping.clear();
    m_plan.reset();
    m_review->valueChoices().clearChoices();
    startJobFor(tr("Reading and checking the file…"));
    const interop::ImportOptions opts = options({});
    const bool arabic = m_context.display.isArabic();
    m_job->runOnWorkspace<Detection>(
        QString(),
        [path, opts, arabic](Workspace& workspace, JobControl& control) {
            return detectFile(workspace, path, opts, arabic, control);
        },
        [this](Result<Detection> detection) {
            finishJob();
            if (!detection.ok()) {
                if (!wasCancelled(detection.issues())) // cancelled: stay on the page
                    m_file->setProblem(tr("%1\nNothing was written.").arg(detection.errorText()));
                return;
            }
            showDetection(*detection);
        });
    updateButtons();
}

void ImportWizard::showDetection(const Detection& detection)
{
    m_detected = detection;
    m_plan.reset();
    m_detection->setDetection(detection);
    goTo(DetectionStep);
}

void ImportWizard::openMapping()
{
    // Start from the partner's remembered mapping, overridden by what was chosen here before.
    interop::ColumnMapping prefill;
    const QUuid partner = m_file->partnerId();
    if (!partner.isNull())
        prefill = interop::ColumnMappingStore(m_context.workspace.database()).load(partner);
    for (auto it = m_chosenMapping.cbegin(); it != m_chosenMapping.cend(); ++it)
        prefill.insert(it.key(), it.value());
    m_mapping->setSource(m_detected->firstRows, m_detected->likelyHeaderRow(), prefill,
        m_context.display.isArabic());
    goTo(MappingStep);
}

void ImportWizard::planMapped()
{
    if (m_mapping->model().mappedCount() == 0) {
        m_mapping->setProblem(tr("Map at least the columns an activity needs: implementing "
                                 "organisation (or choose the partner), sector, place, start date "
                                 "and reporting month."));
        return;
    }
    m_mapping->setProblem(QString());
    m_chosenMapping = m_mapping->model().mapping();
    startJobFor(tr("Checking the rows…"));
    const interop::ImportOptions opts = options(m_chosenMapping);
    const bool arabic = m_context.display.isArabic();
    const QString path = m_path;
    m_job->runOnWorkspace<Reviewed>(
        QString(),
        [path, opts, arabic](Workspace& workspace, JobControl& control) {
            return planFile(workspace, path, opts, arabic, control);
        },
        [this](Result<Reviewed> reviewed) {
            finishJob();
            if (!reviewed.ok()) {
                m_mapping->setProblem(reviewed.errorText());
                return;
            }
            showReview(reviewed->plan, reviewed->names, true);
        });
    updateButtons();
}

void ImportWizard::recheck()
{
    if (busy() || m_step != ReviewStep)
        return;
    startJobFor(tr("Checking the rows…"));
    const interop::ImportOptions opts = options(m_chosenMapping);
    const bool arabic = m_context.display.isArabic();
    const QString path = m_path;
    const bool mapped = m_mapped;
    m_job->runOnWorkspace<Reviewed>(
        QString(),
        [path, opts, arabic](Workspace& workspace, JobControl& control) {
            return planFile(workspace, path, opts, arabic, control);
        },
        [this, mapped](Result<Reviewed> reviewed) {
            finishJob();
            if (!reviewed.ok()) {
                if (!wasCancelled(reviewed.issues()))
                    m_review->setProblem(reviewed.errorText());
                return;
            }
            showReview(reviewed->plan, reviewed->names, mapped);
        });
    updateButtons();
}

void ImportWizard::showReview(const interop::ImportPlan& plan, ReviewNames names, bool mapped)
{
    m_plan = plan;
    m_mapped = mapped;
    m_review->setPlan(plan, std::move(names));
    goTo(ReviewStep);
}

void ImportWizard::apply()
{
    if (!m_plan || !m_plan->canApply())
        return;
    startJobFor(tr("Writing the activities (all or nothing)…"));
    auto plan = std::make_shared<const interop::ImportPlan>(*m_plan);
    m_job->runOnWorkspace<interop::ImportSummary>(
        QString(),
        [plan](Workspace& workspace, JobControl& control) {
            return applyPlan(workspace, *plan, control);
        },
        [this](Result<interop::ImportSummary> summary) {
            finishJob();
            showResult(summary);
        });
    updateButtons();
}

void ImportWizard::showResult(const Result<interop::ImportSummary>& result)
{
    m_applied = result.ok();
    const DisplaySettings& display = m_context.display;
    if (result.ok()) {
        QString text
            = display
                  .counted(tr("“%1” was imported: %n activities created, %2 updated, %3 unchanged.",
                               nullptr, int(result->created)),
                      result->created)
                  .arg(m_plan->file, display.number(qint64(result->updated)),
                      display.number(qint64(result->unchanged)));
        if (!m_plan->partnerId.isNull() && !m_plan->mapping.isEmpty())
            text += u'\n'
                + tr("The column mapping is remembered for %1: next time its files map themselves.")
                      .arg(m_file->partner()->currentText());
        if (result->organisationsCreated + result->projectsCreated > 0)
            text += u'\n'
                + tr("Created from the file: %1 organisations and %2 projects.")
                      .arg(display.number(qint64(result->organisationsCreated)),
                          display.number(qint64(result->projectsCreated)));
        if (result->skipped > 0)
            text += u'\n'
                + tr("Rows left out as you chose: %1.")
                      .arg(display.number(qint64(result->skipped)));
        if (!m_plan->remember.isEmpty())
            text += u'\n'
                + (m_plan->partnerId.isNull()
                        ? tr("Your choices for %1 values are remembered: the next files match them "
                             "by themselves.")
                              .arg(display.number(qint64(m_plan->remember.size())))
                        : tr("Your choices for %1 values are remembered for %2: its next files "
                             "match them by themselves.")
                              .arg(display.number(qint64(m_plan->remember.size())),
                                  m_file->partner()->currentText()));
        m_result->setText(text);
        m_result->setStyleSheet(QString());
        if (result->created + result->updated > 0) {
            m_context.snapshots.invalidate();
            emit imported();
        }
    } else {
        m_result->setText(
            tr("Nothing was imported and nothing was written.\n%1").arg(result.errorText()));
        m_result->setStyleSheet(QStringLiteral("color: #b3261e;"));
    }
    goTo(ResultStep);
}

void ImportWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ImportWizard::retranslate()
{
    setWindowTitle(tr("Import a 4W spreadsheet"));
    QString title;
    switch (m_step) {
    case FileStep:
        title = tr("Choose the file");
        break;
    case DetectionStep:
        title = tr("What the file holds");
        break;
    case MappingStep:
        title = tr("Map the columns");
        break;
    case ReviewStep:
        title = tr("Review before importing");
        break;
    case ResultStep:
        title = tr("Result");
        break;
    case StepCount:
        break;
    }
    m_title->setText(tr("Step %1 of %2: %3")
                         .arg(m_context.display.number(qint64(m_step + 1)),
                             m_context.display.number(qint64(StepCount)), title));
    updateButtons();
}

} // namespace tansiq::ui
