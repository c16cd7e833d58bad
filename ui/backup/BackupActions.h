#pragma once

#include "core/backup/BackupInfo.h"
#include "core/backup/Restore.h"
#include "core/common/Result.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QTimer;
class QWidget;

namespace tansiq::backup {
class BackupStore;
}

namespace tansiq::ui {

class BackgroundJob;
class RestoreDialog;
class Prompts;
struct UiContext;

// The File-menu actions "Back up now…" and "Restore from backup…", and the daily backup while
// the application runs (an hourly check of the core's "back up if due", on a thread of its
// own). Backups go to the per-user backup folder, or encrypted with the office passphrase to a
// file of the user's choice (a USB stick). Restoring the open database needs every connection
// closed, which only the shell can do: a confirmed restore calls the handler given to
// setRestoreHandler with the path of a plain, checked backup, valid during the call.
class BackupActions : public QObject {
    Q_OBJECT
public:
    using RestoreHandler = std::function<void(const QString& backupPath)>;

    BackupActions(UiContext& context, QWidget* window, Prompts* prompts = nullptr);
    ~BackupActions() override;

    QList<QAction*> actions() const { return { m_backUp, m_restore }; }
    QAction* backUpAction() const { return m_backUp; }
    QAction* restoreAction() const { return m_restore; }

    void setRestoreHandler(RestoreHandler handler) { m_restoreHandler = std::move(handler); }
    void setPrompts(Prompts* prompts);
    // Where backups go (default: backup::BackupStore::defaultRoot()).
    void setBackupRoot(const QString& root);
    backup::BackupStore& store() const { return *m_store; }

    // Starts the daily backup on its thread when one is due (the timer calls it every hour).
    void backUpIfDue();
    RestoreDialog* openRestoreDialog();
    bool busy() const;
    // What the shell calls once it has run backup::restoreBackup and reopened the database:
    // tells the user what happened (or why nothing changed).
    void restoreFinished(const Result<backup::RestoreOutcome>& outcome);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void backupMade(const tansiq::backup::BackupInfo& info);
    void backupFailed(const tansiq::Issues& issues);

private:
    void backUpNow();
    void backUpToFolder(backup::Reason reason, bool quiet);
    void backUpEncrypted();
    void restoreFromFile();
    void restore(const QString& plainBackup);
    void finished(const Result<backup::BackupInfo>& made, bool quiet, const QString& encryptedTo);
    void retranslate();

    UiContext& m_context;
    QWidget* m_window;
    std::unique_ptr<Prompts> m_ownPrompts;
    Prompts* m_prompts;
    std::shared_ptr<backup::BackupStore> m_store;
    QAction* m_backUp;
    QAction* m_restore;
    QTimer* m_daily;
    RestoreHandler m_restoreHandler;
    QPointer<RestoreDialog> m_dialog;
    BackgroundJob* m_job; // the backup running, waited for before this goes
};

} // namespace tansiq::ui
