#pragma once

#include "core/common/Issue.h"
#include "core/sync/SyncOverview.h"
#include "ui/sync/SyncJobs.h"

#include <QGroupBox>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace tansiq {
class Workspace;
}

namespace tansiq::ui {

class OfficeSetupForm;
class OfficeListModel;
class SyncProgressPanel;
class Prompts;
struct UiContext;

// Settings → Office and keys: create this office; a field office makes its enrolment request
// and accepts the signed answer; the head office signs requests (after confirming the
// fingerprint by phone), lists the roster and revokes offices. Key work (Argon2id) runs on a
// worker thread. The enrolment steps are in OfficeEnrolment.cpp, the head office's roster
// and key steps in OfficeRosterActions.cpp.
class OfficeKeysWidget : public QGroupBox {
    Q_OBJECT
public:
    explicit OfficeKeysWidget(UiContext& context, QWidget* parent = nullptr);

    void refresh();
    // Its jobs and prompts (busy while one runs; tests answer the dialogs through setPrompts).
    SyncJobs& jobs() { return m_jobs; }
    const SyncJobs& jobs() const { return m_jobs; }

    void createOffice(const QString& name, bool headOffice, const QByteArray& passphrase);
    void makeRequest();
    void acceptAnswer();
    void signRequest();
    void revokeSelected();
    // Head office: a new certificate for the office chosen in the roster.
    void renewSelected();
    // Head office rooted in a certification key: a new everyday key, the old one retired (a
    // new laptop after a loss or theft, docs/recovery.md, or a routine change).
    void certifyNewKey();

    const sync::SyncOverview& overview() const { return m_overview; }
    OfficeSetupForm* setupForm() const { return m_setup; }
    QTableView* rosterView() const { return m_rosterView; }
    QLabel* fingerprintLabel() const { return m_fingerprint; }
    QLabel* rootNote() const { return m_rootNote; }
    QPushButton* newKeyButton() const { return m_newKey; }
    QPushButton* renewButton() const { return m_renew; }

signals:
    // This office or its roster changed (the Sync page re-reads).
    void officeChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showOverview();
    // The office chosen in the roster (a field office, not revoked), or nothing (said).
    std::optional<sync::OfficeSyncStatus> chosenOffice(const QString& title);
    // Runs `work` on the worker; `done` gets its issues (empty on success).
    void run(const QString& step, std::function<Issues(Workspace&)> work,
        std::function<void(const Issues&)> done);

    Prompts& prompts() { return m_jobs.prompts(); }

    UiContext& m_context;
    SyncJobs m_jobs;
    sync::SyncOverview m_overview;

    OfficeSetupForm* m_setup;
    QWidget* m_identityPanel;
    QLabel* m_identity;
    QLabel* m_fingerprintCaption;
    QLabel* m_fingerprint;
    QLabel* m_enrolmentHint;
    QLabel* m_rootNote;
    QPushButton* m_makeRequest;
    QPushButton* m_accept;
    QPushButton* m_sign;
    QLabel* m_rosterCaption;
    QTableView* m_rosterView;
    OfficeListModel* m_roster;
    QPushButton* m_revoke;
    QPushButton* m_renew;
    QPushButton* m_newKey;
    SyncProgressPanel* m_progress;
};

} // namespace tansiq::ui
