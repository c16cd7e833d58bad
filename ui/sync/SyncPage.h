#pragma once

#include "core/sync/SyncOverview.h"
#include "ui/common/Page.h"
#include "ui/sync/ConflictList.h"
#include "ui/sync/SyncJobs.h"

#include <memory>

class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;
class QTreeView;

namespace tansiq::ui {

class ConflictModel;
class OfficeListModel;
class SyncProgressPanel;
class Prompts;
struct UiContext;

// Sync: who this office is, where every other office stands, export a bundle for an office,
// import one with a clear summary, and review conflicts. Bundle work runs on a worker thread
// with its own connection; afterwards the other pages are told to re-read (dataChanged).
class SyncPage : public Page {
    Q_OBJECT
public:
    explicit SyncPage(UiContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("sync"); }
    QString title() const override { return tr("Sync"); }
    void refresh() override;
    bool busy() const override { return m_jobs.busy(); }

    // Its jobs and prompts (tests answer the dialogs through jobs().setPrompts).
    SyncJobs& jobs() { return m_jobs; }

    void exportBundle();
    // Asks for one bundle or several (a folder stands for the bundles in it) and imports them.
    void importBundle();
    // Resolves the selected conflict with the selected value (or the one shown now).
    void keepSelectedValue();

    const sync::SyncOverview& overview() const { return m_overview; }
    QTableView* officesView() const { return m_officesView; }
    QTreeView* conflictsView() const { return m_conflictsView; }
    ConflictModel* conflictModel() const { return m_conflictModel; }
    SyncProgressPanel* progressPanel() const { return m_progress; }

signals:
    // Records changed through another connection (an import) or a conflict was resolved.
    void dataChanged();
    // "Set up this office in Settings".
    void settingsRequested();

protected:
    void retranslate() override;

private:
    void showOverview();
    void updateButtons();
    void afterImport();
    void importSeveral(const QStringList& paths, const QByteArray& passphrase);
    QString officeLabel(const sync::OfficeSyncStatus& office) const;

    UiContext& m_context;
    SyncJobs m_jobs;
    sync::SyncOverview m_overview;

    QGroupBox* m_identityBox;
    QLabel* m_identity;
    QLabel* m_fingerprint;
    QPushButton* m_openSettings;
    QGroupBox* m_officesBox;
    QTableView* m_officesView;
    OfficeListModel* m_officeModel;
    QLabel* m_counts;
    QPushButton* m_export;
    QPushButton* m_import;
    SyncProgressPanel* m_progress;
    QGroupBox* m_conflictsBox;
    QLabel* m_conflictsHint;
    QTreeView* m_conflictsView;
    ConflictModel* m_conflictModel;
    QPushButton* m_keep;
};

} // namespace tansiq::ui
