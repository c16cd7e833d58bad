// File › Back up now… and Restore from backup…, answered through the prompts seam (no modal
// window): a checked backup in the folder or an encrypted file on a "stick", and the restore
// dialog listing the backups with their date, reason, size and counts.

#include "ui/backup/BackupActions.h"

#include "core/backup/BackupCipher.h"
#include "core/backup/BackupStore.h"
#include "core/storage/Database.h"
#include "tests/ui/GuiFixture.h"
#include "tests/ui/SyncTestSupport.h"
#include "ui/backup/BackupListModel.h"
#include "ui/backup/RestoreDialog.h"
#include "ui/shell/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>

namespace tansiq::test {
namespace {

class BackupActionsTest : public GuiFixture {
protected:
    void SetUp() override
    {
        GuiFixture::SetUp();
        m_actions = named<ui::BackupActions>(window(), "backupActions");
        ASSERT_NE(m_actions, nullptr);
        m_actions->setPrompts(&m_prompts);
        m_actions->setBackupRoot(m_root.path());
    }

    void waitForBackup()
    {
        QDeadlineTimer deadline(120000);
        while (m_actions->busy() && !deadline.hasExpired()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            QThread::msleep(5);
        }
        ASSERT_FALSE(m_actions->busy());
    }

    QList<backup::BackupInfo> backups()
    {
        return m_actions->store().list(workspace().database().path());
    }

    ui::BackupActions* m_actions = nullptr;
    ScriptedPrompts m_prompts;
    QTemporaryDir m_root;
};

TEST_F(BackupActionsTest, TheFileMenuOffersBackUpAndRestore)
{
    const QList<QAction*> menu = window().menuBar()->actions().first()->menu()->actions();
    EXPECT_TRUE(menu.contains(m_actions->backUpAction()));
    EXPECT_TRUE(menu.contains(m_actions->restoreAction()));
    EXPECT_EQ(m_actions->backUpAction()->text(), QStringLiteral("&Back up now…"));
}

TEST_F(BackupActionsTest, BackUpNowMakesACheckedBackupInTheFolder)
{
    m_prompts.chooseAnswer = 0;
    m_actions->backUpAction()->trigger();
    waitForBackup();
    const QList<backup::BackupInfo> made = backups();
    ASSERT_EQ(made.size(), 1);
    EXPECT_EQ(made.first().reason, backup::Reason::Manual);
    EXPECT_EQ(made.first().counts.activities, 600);
    ASSERT_EQ(m_prompts.informed.size(), 1);
    EXPECT_TRUE(m_prompts.informed.first().contains(QDir::toNativeSeparators(made.first().path)));
    EXPECT_TRUE(m_prompts.refusals.isEmpty());

    // The daily check then finds nothing due today.
    m_actions->backUpIfDue();
    waitForBackup();
    EXPECT_EQ(backups().size(), 1);
}

TEST_F(BackupActionsTest, BackUpNowEncryptedWritesAFileOnTheStick)
{
    QTemporaryDir stick;
    m_prompts.chooseAnswer = 1;
    m_prompts.savePath = QDir(stick.path()).filePath(QStringLiteral("office.tansiq-backup"));
    m_prompts.passphraseAnswer = "field office passphrase";
    m_actions->backUpAction()->trigger();
    waitForBackup();
    ASSERT_TRUE(m_prompts.refusals.isEmpty()) << m_prompts.refusals.join(u'\n').toStdString();
    ASSERT_TRUE(QFile::exists(m_prompts.savePath));
    EXPECT_TRUE(backup::cipher::isEncrypted(m_prompts.savePath));
    const QString back = QDir(stick.path()).filePath(QStringLiteral("back.db"));
    EXPECT_TRUE(
        backup::cipher::decryptFile(m_prompts.savePath, back, m_prompts.passphraseAnswer).ok());
    EXPECT_FALSE(
        backup::cipher::decryptFile(m_prompts.savePath, back + QStringLiteral("2"), "wrong").ok());
}

TEST_F(BackupActionsTest, TheRestoreDialogListsBackupsAndHandsTheConfirmedOneToTheShell)
{
    backup::BackupStore& store = m_actions->store();
    ASSERT_TRUE(store.backUp(workspace().database(), backup::Reason::Daily).ok());
    ASSERT_TRUE(store.backUp(workspace().database(), backup::Reason::BeforeBundleImport).ok());
    QString handed;
    m_actions->setRestoreHandler([&handed](const QString& path) { handed = path; });

    m_actions->restoreAction()->trigger();
    ui::RestoreDialog* dialog = named<ui::RestoreDialog>(window(), "restoreDialog");
    ASSERT_NE(dialog, nullptr);
    QAbstractItemModelTester tester(
        dialog->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_EQ(dialog->model()->rowCount(), 2);
    const auto cell = [&](int row, int column) {
        return dialog->model()->index(row, column).data().toString();
    };
    const QStringList reasons
        = { cell(0, ui::BackupListModel::Reason), cell(1, ui::BackupListModel::Reason) };
    EXPECT_TRUE(reasons.contains(QStringLiteral("before a sync bundle import")));
    EXPECT_TRUE(reasons.contains(QStringLiteral("daily")));
    EXPECT_EQ(cell(0, ui::BackupListModel::Activities), QStringLiteral("600"));
    EXPECT_FALSE(cell(0, ui::BackupListModel::Size).isEmpty());
    EXPECT_FALSE(cell(0, ui::BackupListModel::When).isEmpty());
    EXPECT_TRUE(dialog->restoreButton()->isEnabled());

    // Declining changes nothing; confirming hands the selected backup over.
    m_prompts.confirmAnswer = false;
    dialog->restoreButton()->click();
    EXPECT_TRUE(handed.isEmpty());
    m_prompts.confirmAnswer = true;
    dialog->table()->selectRow(1);
    const QString chosen = dialog->model()->backupFromIndex(dialog->model()->index(1, 0))->path;
    dialog->restoreButton()->click();
    EXPECT_EQ(handed, chosen);
    ASSERT_FALSE(m_prompts.confirmations.isEmpty());
    EXPECT_TRUE(m_prompts.confirmations.last().contains(QStringLiteral("600")));

    const QString shots = qEnvironmentVariable("TANSIQ_BACKUP_SHOTS");
    if (!shots.isEmpty()) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        m_actions->openRestoreDialog()->grab().save(
            QDir(shots).filePath(QStringLiteral("restore-en.png")));
        language().apply(QStringLiteral("ar"));
        display().setLanguage(QStringLiteral("ar"));
        auto* arabic = m_actions->openRestoreDialog();
        arabic->setBackups(backups(), store.folderFor(workspace().database().path()));
        arabic->setLayoutDirection(Qt::RightToLeft);
        QCoreApplication::processEvents();
        arabic->grab().save(QDir(shots).filePath(QStringLiteral("restore-ar.png")));
    }
}

} // namespace
} // namespace tansiq::test
