// Backups a coordinator can count on: checked copies in the per-user folder, listed with their
// counts, rotated 7/4/12, none left half-written by a full disk, and restored atomically.

#include "core/backup/BackupStore.h"

#include "core/backup/DatabaseCopy.h"
#include "core/backup/Restore.h"
#include "core/office/LocalOffice.h"
#include "core/registry/Registry.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/Migrator.h"
#include "tests/core/backup/FullDiskVfs.h"
#include "tests/support/DatabaseDump.h"
#include "tests/support/TestWorkspace.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace tansiq::test {
namespace {

// What renewing the replica after a restore changes, by design (decision 0042).
const QString kReplicaBookkeeping = QStringLiteral("local_setting sync_replica sync_epoch");

Workspace::Options noGazetteer()
{
    Workspace::Options options;
    options.seedGazetteer = false;
    return options;
}

void addOrganisations(Workspace& workspace, int count, const QString& prefix)
{
    for (int i = 0; i < count; ++i) {
        Organisation org;
        org.acronym = QStringLiteral("%1%2").arg(prefix).arg(i);
        org.nameEn = QStringLiteral("Organisation %1 %2").arg(prefix).arg(i);
        org.nameAr = QStringLiteral("منظمة %1 %2").arg(prefix).arg(i);
        auto created = workspace.registry().organisations().create(org);
        ASSERT_TRUE(created.ok()) << created.errorText().toStdString();
    }
}

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class BackupStoreTest : public ::testing::Test {
protected:
    BackupStoreTest() : m_store(m_root.path(), m_workspace.clock()) { }

    TestWorkspace m_workspace { noGazetteer() };
    QTemporaryDir m_root;
    backup::BackupStore m_store;
};

TEST_F(BackupStoreTest, ABackupIsACheckedCopyListedWithItsCounts)
{
    addOrganisations(*m_workspace, 3, QStringLiteral("A"));
    auto made = m_store.backUp(m_workspace->database(), backup::Reason::Manual);
    ASSERT_TRUE(made.ok()) << made.errorText().toStdString();
    EXPECT_EQ(made->counts.organisations, 3);
    EXPECT_EQ(made->schemaVersion, latestSchemaVersion());
    EXPECT_GT(made->size, 0);
    EXPECT_TRUE(made->path.startsWith(m_store.folderFor(m_workspace.path())));

    // The copy holds exactly what the database held, and is one file (no -wal beside it).
    auto copy = Database::openRaw(made->path);
    ASSERT_TRUE(copy.ok());
    EXPECT_EQ(logicalDump(*copy.value()), logicalDump(m_workspace->database()));
    copy.value().reset();
    QFile::remove(made->path + QStringLiteral("-wal"));
    QFile::remove(made->path + QStringLiteral("-shm"));

    const QList<backup::BackupInfo> listed = m_store.list(m_workspace.path());
    ASSERT_EQ(listed.size(), 1);
    EXPECT_EQ(listed.first().reason, backup::Reason::Manual);
    EXPECT_EQ(listed.first().counts.organisations, 3);
    EXPECT_EQ(listed.first().createdAt, m_workspace.clock().nowMs());
    // Only the backup and its facts: no temporary file left.
    EXPECT_EQ(filesIn(m_store.folderFor(m_workspace.path())).size(), 2);
}

TEST_F(BackupStoreTest, BackupThenRestoreGivesAnEqualLogicalDump)
{
    addOrganisations(*m_workspace, 4, QStringLiteral("B"));
    const QString atBackup = logicalDump(m_workspace->database(), kReplicaBookkeeping);
    const QString replicaBefore
        = LocalOffice::setting(m_workspace->database(), QStringLiteral("replica_id"));
    auto made = m_store.backUp(m_workspace->database(), backup::Reason::Manual);
    ASSERT_TRUE(made.ok()) << made.errorText().toStdString();
    addOrganisations(*m_workspace, 2, QStringLiteral("later"));
    const QString beforeRestore = logicalDump(m_workspace->database());

    m_workspace.close();
    auto restored = backup::restoreBackup(made->path, m_workspace.path(), m_store);
    ASSERT_TRUE(restored.ok()) << restored.errorText().toStdString();
    EXPECT_EQ(restored->restored.counts.organisations, 4);
    EXPECT_TRUE(restored->replicaRenewed);
    ASSERT_TRUE(restored->previous.has_value());
    EXPECT_EQ(restored->previous->reason, backup::Reason::BeforeRestore);
    EXPECT_EQ(restored->previous->counts.organisations, 6);

    m_workspace.reopen();
    EXPECT_EQ(logicalDump(m_workspace->database(), kReplicaBookkeeping), atBackup);
    EXPECT_NE(
        LocalOffice::setting(m_workspace->database(), QStringLiteral("replica_id")), replicaBefore);
    // The database as it was before the restore is kept, whole.
    auto previous = Database::openRaw(restored->previous->path);
    ASSERT_TRUE(previous.ok());
    EXPECT_EQ(logicalDump(*previous.value()), beforeRestore);
    // Nothing temporary left beside the database.
    EXPECT_EQ(QDir(m_workspace.dir())
                  .entryList({ QStringLiteral(".*partial*"), QStringLiteral(".*decrypted*") },
                      QDir::Files | QDir::Hidden),
        QStringList());
}

TEST_F(BackupStoreTest, AFullDiskLeavesNoPartialBackupAndNamesTheFolder)
{
    addOrganisations(*m_workspace, 20, QStringLiteral("F"));
    const QString before = logicalDump(m_workspace->database());
    for (const qint64 budget : { qint64(0), qint64(8192), qint64(40000) }) {
        FullDiskVfs::install(budget);
        m_store.setWriterVfs(FullDiskVfs::kName);
        auto made = m_store.backUp(m_workspace->database(), backup::Reason::Daily);
        ASSERT_FALSE(made.ok()) << "budget " << budget;
        ASSERT_EQ(made.issues().size(), 1);
        EXPECT_EQ(made.issues().first().code, QStringLiteral("backup-disk-full"));
        EXPECT_TRUE(made.errorText().contains(
            QDir::toNativeSeparators(m_store.folderFor(m_workspace.path()))))
            << made.errorText().toStdString();
        EXPECT_EQ(filesIn(m_store.folderFor(m_workspace.path())), QStringList())
            << "budget " << budget;
        EXPECT_TRUE(m_store.list(m_workspace.path()).isEmpty());
    }
    EXPECT_EQ(logicalDump(m_workspace->database()), before);
    // With room again, the next backup works.
    m_store.setWriterVfs({});
    EXPECT_TRUE(m_store.backUp(m_workspace->database(), backup::Reason::Daily).ok());
}

TEST_F(BackupStoreTest, AFullDiskRefusesTheImportItShouldHaveProtected)
{
    FullDiskVfs::install(0);
    auto store = std::make_shared<backup::BackupStore>(m_root.path(), m_workspace.clock());
    store->setWriterVfs(FullDiskVfs::kName);
    m_workspace->database().setSafetyBackup(backup::BackupStore::safetyHook(store));
    const Status refused = m_workspace->database().beforeRiskyChange(RiskyChange::FourWImport);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.issues().first().code, QStringLiteral("backup-safety-failed"));
    EXPECT_TRUE(refused.errorText().contains(m_root.path())) << refused.errorText().toStdString();
}

TEST_F(BackupStoreTest, ADamagedBackupIsRefusedAndNothingChanges)
{
    addOrganisations(*m_workspace, 50, QStringLiteral("D"));
    auto made = m_store.backUp(m_workspace->database(), backup::Reason::Manual);
    ASSERT_TRUE(made.ok());
    QByteArray bytes = fileBytes(made->path);
    // Garbage over the middle pages: b-tree pages no longer parse.
    for (qsizetype i = bytes.size() / 3; i < bytes.size() * 2 / 3; ++i)
        bytes[i] = char(0x5a);
    const QString damaged = QDir(m_root.path()).filePath(QStringLiteral("damaged.tansiq-backup"));
    {
        QFile out(damaged);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(bytes);
    }
    ASSERT_TRUE(m_workspace->database().execScript("PRAGMA wal_checkpoint(TRUNCATE)").ok());
    const QString before = logicalDump(m_workspace->database());
    m_workspace.close();
    const QByteArray fileBefore = fileBytes(m_workspace.path());
    const QStringList folderBefore = filesIn(m_workspace.dir());
    const int backupsBefore = int(m_store.list(m_workspace.path()).size());

    for (const QString& bad : { damaged, QStringLiteral("/nonexistent/x.tansiq-backup") }) {
        auto restored = backup::restoreBackup(bad, m_workspace.path(), m_store);
        ASSERT_FALSE(restored.ok());
        EXPECT_TRUE(restored.errorText().contains(QStringLiteral("Nothing was changed")))
            << restored.errorText().toStdString();
    }
    // A text file is not a backup either.
    const QString text = QDir(m_root.path()).filePath(QStringLiteral("notes.txt"));
    {
        QFile out(text);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write("not a database\n");
    }
    auto notBackup = backup::restoreBackup(text, m_workspace.path(), m_store);
    ASSERT_FALSE(notBackup.ok());
    EXPECT_EQ(notBackup.issues().first().code, QStringLiteral("backup-not-a-backup"));

    EXPECT_EQ(fileBytes(m_workspace.path()), fileBefore);
    EXPECT_EQ(filesIn(m_workspace.dir()), folderBefore);
    EXPECT_EQ(m_store.list(m_workspace.path()).size(), backupsBefore);
    m_workspace.reopen();
    EXPECT_EQ(logicalDump(m_workspace->database()), before);
}

TEST_F(BackupStoreTest, ABackupFromANewerTansiqIsRefused)
{
    auto made = m_store.backUp(m_workspace->database(), backup::Reason::Manual);
    ASSERT_TRUE(made.ok());
    const QString newer = QDir(m_root.path()).filePath(QStringLiteral("newer.tansiq-backup"));
    ASSERT_TRUE(QFile::copy(made->path, newer));
    {
        auto raw = Database::openRaw(newer);
        ASSERT_TRUE(raw.ok());
        ASSERT_TRUE(raw.value()
                        ->execScript("PRAGMA journal_mode = DELETE; PRAGMA user_version = 999;")
                        .ok());
    }
    m_workspace.close();
    const QByteArray fileBefore = fileBytes(m_workspace.path());
    auto restored = backup::restoreBackup(newer, m_workspace.path(), m_store);
    ASSERT_FALSE(restored.ok());
    EXPECT_EQ(restored.issues().first().code, QStringLiteral("backup-too-new"));
    EXPECT_EQ(fileBytes(m_workspace.path()), fileBefore);
}

TEST(BackupBeforeMigration, AnExistingDatabaseIsBackedUpBeforeItsUpgradeAndOnlyThen)
{
    QTemporaryDir dir;
    QTemporaryDir root;
    FixedClock clock(1793491200000);
    const QString path = QDir(dir.path()).filePath(QStringLiteral("old.db"));
    // The version before the latest (not latest - 1: a branch may leave a number to another).
    const int older = migrations().at(migrations().size() - 2).version;
    {
        auto raw = Database::openRaw(path);
        ASSERT_TRUE(raw.ok());
        ASSERT_TRUE(Migrator(*raw.value()).migrateTo(older).ok());
        ASSERT_TRUE(raw.value()
                        ->execScript("INSERT INTO organisation (id, acronym, name_en, name_ar, "
                                     "org_type, origin_office, "
                                     "created_at, updated_at) VALUES (randomblob(16), 'OLD', 'Old "
                                     "NGO', 'منظمة قديمة', "
                                     "'nngo', randomblob(16), 1, 1);")
                        .ok());
    }
    Workspace::Options options;
    options.seedGazetteer = false;
    options.backupRoot = root.path();
    backup::BackupStore store(root.path(), clock);
    {
        auto opened = Workspace::open(path, clock, options);
        ASSERT_TRUE(opened.ok()) << opened.errorText().toStdString();
        EXPECT_EQ(opened.value()->database().schemaVersion(), latestSchemaVersion());
    }
    QList<backup::BackupInfo> backups = store.list(path);
    ASSERT_EQ(backups.size(), 1);
    EXPECT_EQ(backups.first().reason, backup::Reason::BeforeMigration);
    EXPECT_EQ(backups.first().schemaVersion, older);
    EXPECT_EQ(backups.first().counts.organisations, 1);

    // Opening it again upgrades nothing and copies nothing; nor does creating a new database.
    clock.advance(1000);
    ASSERT_TRUE(Workspace::open(path, clock, options).ok());
    const QString fresh = QDir(dir.path()).filePath(QStringLiteral("new.db"));
    ASSERT_TRUE(Workspace::open(fresh, clock, options).ok());
    EXPECT_EQ(store.list(path).size(), 1);
    EXPECT_TRUE(store.list(fresh).isEmpty());
}

TEST(BackupFolders, EachDatabaseHasItsOwnFolder)
{
    FixedClock clock(1);
    backup::BackupStore store(QStringLiteral("/tmp/root"), clock);
    const QString a = store.folderFor(QStringLiteral("/home/amal/tansiq.db"));
    EXPECT_EQ(a, store.folderFor(QStringLiteral("/home/amal/./tansiq.db")));
    EXPECT_NE(a, store.folderFor(QStringLiteral("/media/usb/tansiq.db")));
    EXPECT_TRUE(QDir(a).dirName().startsWith(QStringLiteral("tansiq-")));
}

} // namespace
} // namespace tansiq::test
