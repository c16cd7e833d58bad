#pragma once

#include "ui/setup/SetupJobs.h"

#include <QDialog>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace tansiq {
class Clock;
}

namespace tansiq::ui {
class DisplaySettings;
class Prompts;
} // namespace tansiq::ui

namespace tansiq::ui::setup {

class CertificationKeyStep;
class ChoiceStep;
class LanguageStep;
class OfficeStep;
class ReadyStep;

// The first-launch assistant (docs/decisions/0044): the language, then either this office's
// registry (reference data only; a field office saves its enrolment request right away, a head
// office chooses its passphrase) or a separate sample database. File → New registry… runs the
// office steps alone for another file. Long work runs on worker threads; the dialog stays
// responsive and the sample can be cancelled.
class SetupAssistant : public QDialog {
    Q_OBJECT
public:
    enum class Start { Language, Office, Sample };
    struct Paths {
        QString registry; // where "set up this office" writes (must not exist yet)
        QString sample; // where "explore with sample data" writes
    };

    SetupAssistant(DisplaySettings& display, Prompts& prompts, const Clock& clock, Start start,
        Paths paths, QWidget* parent = nullptr);
    ~SetupAssistant() override;

    // After accept(): the file to open, and whether it is the sample.
    QString chosenPath() const { return m_chosenPath; }
    bool chosenSample() const { return m_chosenSample; }

    // "language", "choice", "office", "certification", "working" or "ready".
    QString stepId() const;
    bool busy() const;
    void setSampleActivities(qint64 activities) { m_sampleActivities = activities; }
    // The Next / Create / Open button, as if clicked.
    void next();
    void back();

    LanguageStep* languageStep() const { return m_language; }
    ChoiceStep* choiceStep() const { return m_choice; }
    OfficeStep* officeStep() const { return m_office; }
    CertificationKeyStep* certificationStep() const { return m_certification; }
    ReadyStep* readyStep() const { return m_ready; }
    QPushButton* nextButton() const { return m_next; }
    QPushButton* cancelButton() const { return m_cancel; }
    QLabel* workingLabel() const { return m_workingText; }

    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void showStep(QWidget* step);
    void startRegistry();
    void startSample();
    void saveRequest();
    void chooseKeyFile();
    void pollProgress();
    void afterSampleStopped();
    void updateButtons();
    void retranslate();

    DisplaySettings& m_display;
    Prompts& m_prompts;
    const Clock& m_clock;
    Start m_start;
    Paths m_paths;
    qint64 m_sampleActivities = 20000;
    QByteArray m_passphrase; // kept for the enrolment request, wiped when the dialog goes
    QByteArray m_keyPassphrase; // the certification key's, wiped once the registry is made
    QString m_englishName;
    QString m_fileName; // the office's name, for the request file's name
    QString m_chosenPath;
    bool m_chosenSample = false;
    BackgroundJob* m_job;

    QStackedWidget* m_stack;
    LanguageStep* m_language;
    ChoiceStep* m_choice;
    OfficeStep* m_office;
    CertificationKeyStep* m_certification;
    QWidget* m_working;
    QLabel* m_workingTitle;
    QLabel* m_workingText;
    QProgressBar* m_bar;
    ReadyStep* m_ready;
    QPushButton* m_back;
    QPushButton* m_next;
    QPushButton* m_cancel;
    QTimer* m_poll;
    enum class Work { None, Registry, Sample } m_work = Work::None;
};

} // namespace tansiq::ui::setup
