#include "ui/backup/BackupActions.h"

#include "core/backup/BackupCipher.h"
#include "core/backup/BackupExport.h"
#include "core/backup/BackupStore.h"
#include "core/backup/DatabaseCopy.h"
#include "core/backup/FileSafety.h"
#include "core/storage/Database.h"
#include "core/workspace/Workspace.h"
#include "ui/backup/RestoreDialog.h"
#include "ui/common/BackgroundJob.h"
#include "ui/common/DisplaySettings.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/Passphrases.h"
#include "ui/common/Prompts.h"
#include "ui/common/UiContext.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QMainWindow>
#include <QStatusBar>
#include <QTimer>

namespace tansiq::ui {

namespace {

constexpr int kDailyCheckMs = 3600 * 1000;
const QString kFilter = QStringLiteral("*.tansiq-backup");

} // namespace

BackupActions::BackupActions(UiContext& context, QWidget* window, Prompts* prompts)
    : QObject(window)
    , m_context(context)
    , m_window(window)
    , m_prompts(prompts)
    , m_store(std::make_shared<backup::BackupStore>(
          backup::BackupStore::defaultRoot(), context.workspace.clock()))
    , m_backUp(new QAction(this))
    , m_restore(new QAction(this))
    , m_daily(new QTimer(this))
    , m_job(new BackgroundJob(context.workspace.database().path(), context.workspace.clock(), this))
{
    setObjectName(QStringLiteral("backupActions"));
    if (!m_prompts) {
        m_ownPrompts = std::make_unique<WidgetPrompts>();
        m_prompts = m_ownPrompts.get();
    }
    m_backUp->setObjectName(QStringLiteral("backUpNow"));
    m_restore->setObjectName(QStringLiteral("restoreFromBackup"));
    connect(m_backUp, &QAction::triggered, this, &BackupActions::backUpNow);
    connect(m_restore, &QAction::triggered, this, [this] { openRestoreDialog(); });
    connect(m_daily, &QTimer::timeout, this, &BackupActions::backUpIfDue);
    m_daily->start(kDailyCheckMs);
    // The first check once the window is up (a laptop opened each morning backs up then).
    QTimer::singleShot(60 * 1000, this, &BackupActions::backUpIfDue);
    window->installEventFilter(this);
    retranslate();
}

BackupActions::~BackupActions() = default; // m_job, a child, waits for the backup

bool BackupActions::busy() const
{
    return m_job->busy();
}

void BackupActions::setPrompts(Prompts* prompts)
{
    m_prompts = prompts ? prompts : m_ownPrompts.get();
}

void BackupActions::setBackupRoot(const QString& root)
{
    m_store = std::make_shared<backup::BackupStore>(root, m_context.workspace.clock());
}

void BackupActions::retranslate()
{
    m_backUp->setText(tr("&Back up now…"));
    m_backUp->setStatusTip(tr("Back the database up now: to this computer's backup folder, or "
                              "encrypted to a USB stick"));
    m_restore->setText(tr("&Restore from backup…"));
    m_restore->setStatusTip(tr("Replace the database with one of its backups"));
}

void BackupActions::backUpIfDue()
{
    if (busy() || !m_store->isDue(m_context.workspace.database().path()))
        return;
    backUpToFolder(backup::Reason::Daily, true);
}

void BackupActions::backUpNow()
{
    if (busy())
        return;
    const std::optional<int> choice = m_prompts->choose(m_window, tr("Back up now"),
        tr("Where should the backup go?"),
        { tr("To the backup folder on this computer"),
            tr("Encrypted with the office passphrase, to a file (a USB stick for a lost laptop)") },
        0);
    if (!choice)
        return;
    if (*choice == 0)
        backUpToFolder(backup::Reason::Manual, false);
    else
        backUpEncrypted();
}

void BackupActions::backUpToFolder(backup::Reason reason, bool quiet)
{
    const QString path = m_context.workspace.database().path();
    // The store copies the file through a connection of its own.
    m_job->run<backup::BackupInfo>(
        QString(),
        [store = m_store, path, reason](JobControl&) { return store->backUpFile(path, reason); },
        [this, quiet](Result<backup::BackupInfo> made) { finished(made, quiet, QString()); });
}

void BackupActions::backUpEncrypted()
{
    const QString suggested
        = QStringLiteral("%1-%2.tansiq-backup")
              .arg(QFileInfo(m_context.workspace.database().path()).completeBaseName(),
                  QDate::currentDate().toString(Qt::ISODate));
    const std::optional<QString> out = m_prompts->saveFile(
        m_window, tr("Encrypted backup"), suggested, tr("Tansiq backups (%1)").arg(kFilter));
    if (!out)
        return;
    const std::optional<QByteArray> passphrase = m_prompts->passphrase(m_window,
        tr("Encrypted backup"),
        tr("The office passphrase (the one that protects this office's keys). The same passphrase "
           "restores the backup on another computer."));
    if (!passphrase)
        return;
    m_job->runOnWorkspace<backup::BackupInfo>(
        QString(),
        [store = m_store, out = *out, passphrase = passphrases::Held(*passphrase)](
            Workspace& workspace, JobControl&) {
            return backup::exportBackup(workspace.database(), *store, out, passphrase.bytes());
        },
        [this, out = *out](Result<backup::BackupInfo> made) { finished(made, false, out); });
}

void BackupActions::finished(
    const Result<backup::BackupInfo>& made, bool quiet, const QString& encryptedTo)
{
    if (!made.ok()) {
        emit backupFailed(made.issues());
        if (quiet) {
            if (auto* main = qobject_cast<QMainWindow*>(m_window))
                main->statusBar()->showMessage(
                    tr("The daily backup failed: %1").arg(made.errorText()));
        } else {
            m_prompts->refuse(m_window, tr("No backup was made."), made.issues());
        }
        return;
    }
    emit backupMade(made.value());
    if (auto* main = qobject_cast<QMainWindow*>(m_window))
        main->statusBar()->showMessage(
            tr("Backup made: %1").arg(QDir::toNativeSeparators(made->path)), 10000);
    if (quiet)
        return;
    if (!encryptedTo.isEmpty()) {
        m_prompts->inform(m_window, tr("Back up now"),
            tr("The encrypted backup is written to %1 and was read back. Keep it away "
               "from this computer; it restores the office, keys included, with the "
               "office passphrase.")
                .arg(QDir::toNativeSeparators(encryptedTo)));
    } else {
        m_prompts->inform(m_window, tr("Back up now"),
            tr("The backup is made and checked: %1.").arg(QDir::toNativeSeparators(made->path)));
    }
}

RestoreDialog* BackupActions::openRestoreDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        return m_dialog;
    }
    auto* dialog = new RestoreDialog(m_context.display, *m_prompts, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString path = m_context.workspace.database().path();
    dialog->setBackups(m_store->list(path), m_store->folderFor(path));
    connect(
        dialog, &RestoreDialog::restoreConfirmed, this, [this, dialog](const QString& backupPath) {
            dialog->close();
            restore(backupPath);
        });
    connect(dialog, &RestoreDialog::fileRequested, this, &BackupActions::restoreFromFile);
    m_dialog = dialog;
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

void BackupActions::restoreFromFile()
{
    const std::optional<QString> file
        = m_prompts->openFile(m_dialog ? static_cast<QWidget*>(m_dialog) : m_window,
            tr("Restore from a file"), tr("Tansiq backups (%1);;All files (*)").arg(kFilter));
    if (!file)
        return;
    QString plain = *file;
    QString decrypted;
    if (backup::cipher::isEncrypted(*file)) {
        std::optional<QByteArray> passphrase = m_prompts->passphrase(m_window,
            tr("Restore from a file"), tr("The office passphrase this backup was encrypted with:"));
        if (!passphrase)
            return;
        const passphrases::Held held(*passphrase); // wiped when this block is left
        passphrase.reset();
        const QString folder = m_store->folderFor(m_context.workspace.database().path());
        QDir().mkpath(folder);
        decrypted = backup::files::temporaryName(
            folder, QStringLiteral("restore"), QStringLiteral("decrypted"));
        const Status opened = backup::cipher::decryptFile(*file, decrypted, held.bytes());
        if (!opened.ok()) {
            m_prompts->refuse(m_window, tr("Nothing was restored."), opened.issues());
            return;
        }
        plain = decrypted;
    }
    const Result<backup::DatabaseFacts> facts = backup::inspectDatabase(plain);
    if (!facts.ok()) {
        if (!decrypted.isEmpty())
            QFile::remove(decrypted);
        m_prompts->refuse(m_window, tr("Nothing was restored."), facts.issues());
        return;
    }
    backup::BackupInfo info;
    info.path = *file;
    info.createdAt = QFileInfo(*file).lastModified().toMSecsSinceEpoch();
    info.reason = backup::Reason::Manual;
    info.counts = facts->counts;
    if (m_prompts->confirm(m_window, tr("Restore from a file"),
            RestoreDialog::confirmation(m_context.display, info))) {
        if (m_dialog)
            m_dialog->close();
        restore(plain);
    }
    if (!decrypted.isEmpty())
        QFile::remove(decrypted);
}

void BackupActions::restore(const QString& plainBackup)
{
    if (!m_restoreHandler) {
        m_prompts->refuse(m_window, tr("Nothing was restored."),
            { Issue::error(QStringLiteral("restore-unavailable"), QString(), QString(),
                tr("Restoring is not available in this window.")) });
        return;
    }
    m_restoreHandler(plainBackup);
}

void BackupActions::restoreFinished(const Result<backup::RestoreOutcome>& outcome)
{
    if (!outcome.ok()) {
        m_prompts->refuse(m_window, tr("Nothing was restored."), outcome.issues());
        return;
    }
    QString text = tr("The database is restored. Records in it — organisations: %1, projects: %2, "
                      "activities: %3, needs: %4.")
                       .arg(m_context.display.number(outcome->restored.counts.organisations),
                           m_context.display.number(outcome->restored.counts.projects),
                           m_context.display.number(outcome->restored.counts.activities),
                           m_context.display.number(outcome->restored.counts.needs));
    if (outcome->previous)
        text += u'\n' + tr("The database as it was is kept as a backup (“before a restore”).");
    if (outcome->replicaRenewed)
        text += u'\n'
            + tr("Sync stays safe: this database now writes under a new replica id, and "
                 "changes other offices already received from it come back with their "
                 "next bundles.");
    for (const Issue& warning : outcome.issues())
        text += u'\n' + warning.message;
    m_prompts->inform(m_window, tr("Restore from backup"), text);
}

bool BackupActions::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

} // namespace tansiq::ui
