#pragma once

#include "ui/interop/ImportSteps.h"

#include <QDialog>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace tansiq::ui {

class ColumnMappingPage;
class ImportDetectionPage;
class ImportFilePage;
class ImportReviewPage;
class BackgroundJob;
struct UiContext;

// The 4W import wizard: file → what was detected → column mapping (files without an HXL
// hashtag row) → review of what would change → apply → result. Reading, planning and
// applying run on a worker thread with its own database connection, with a progress bar and
// Cancel; the apply is all or nothing. Nothing here blocks on a modal dialog.
class ImportWizard : public QDialog {
    Q_OBJECT
public:
    enum Step { FileStep, DetectionStep, MappingStep, ReviewStep, ResultStep, StepCount };

    explicit ImportWizard(UiContext& context, QWidget* parent = nullptr);
    ~ImportWizard() override;

    Step step() const { return m_step; }
    bool busy() const;
    ImportFilePage& filePage() const { return *m_file; }
    ImportDetectionPage& detectionPage() const { return *m_detection; }
    ColumnMappingPage& mappingPage() const { return *m_mapping; }
    ImportReviewPage& reviewPage() const { return *m_review; }
    QString resultText() const;
    QPushButton* nextButton() const { return m_next; }
    QPushButton* backButton() const { return m_back; }
    QPushButton* cancelButton() const { return m_cancel; }

    void next();
    void back();
    void reject() override;

signals:
    // Records were written (the pages and the analysis snapshot must be refreshed).
    void imported();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void goTo(Step step);
    void updateButtons();
    void pollProgress();
    void startJobFor(const QString& what);
    void finishJob();
    // The options of the next plan: the partner, a column mapping, and on the review step the
    // month and the value choices made there.
    interop::ImportOptions options(const interop::ColumnMapping& mapping) const;
    void detect();
    void showDetection(const Detection& detection);
    void openMapping();
    void planMapped();
    void recheck();
    void showReview(const interop::ImportPlan& plan, ReviewNames names, bool mapped);
    void apply();
    void showResult(const Result<interop::ImportSummary>& result);

    UiContext& m_context;
    Step m_step = FileStep;
    QLabel* m_title;
    QStackedWidget* m_pages;
    ImportFilePage* m_file;
    ImportDetectionPage* m_detection;
    ColumnMappingPage* m_mapping;
    ImportReviewPage* m_review;
    QLabel* m_result;
    QLabel* m_jobText;
    QProgressBar* m_progressBar;
    QPushButton* m_back;
    QPushButton* m_next;
    QPushButton* m_cancel;
    QTimer* m_poll;

    BackgroundJob* m_job;
    QString m_jobWhat;
    QString m_path;
    std::optional<Detection> m_detected;
    std::optional<interop::ImportPlan> m_plan;
    interop::ColumnMapping m_chosenMapping; // what the user mapped in this wizard
    bool m_mapped = false; // the review follows the mapping step
    bool m_applied = false;
};

} // namespace tansiq::ui
