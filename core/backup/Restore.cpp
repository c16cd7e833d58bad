#include "core/backup/Restore.h"

#include "core/backup/BackupCipher.h"
#include "core/backup/BackupErrors.h"
#include "core/backup/BackupStore.h"
#include "core/backup/FileSafety.h"
#include "core/common/FileNames.h"
#include "core/engine/SnapshotCache.h"
#include "core/office/LocalOffice.h"
#include "core/storage/Database.h"
#include "core/sync/Enrolment.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <sqlite3.h>

namespace tansiq::backup {

namespace {

using R = Result<RestoreOutcome>;

// Merges the current database's write-ahead log into the file and backs it up. An unreadable
// file is reported with the code "unreadable".
Result<BackupInfo> backUpCurrent(
    const QString& databasePath, const QString& backupFile, BackupStore& store)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(native::sqliteFileName(databasePath).constData(), &db,
            SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK) {
        sqlite3_close(db);
        return Issue::error(QStringLiteral("unreadable"), QString(), databasePath, QString());
    }
    sqlite3_busy_timeout(db, 5000);
    if (sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr)
        != SQLITE_OK) {
        sqlite3_close(db);
        return Issue::error(QStringLiteral("unreadable"), QString(), databasePath, QString());
    }
    Result<BackupInfo> made = store.backUp(db, databasePath, Reason::BeforeRestore, backupFile);
    sqlite3_close(db); // the last connection: SQLite removes the empty -wal and the -shm
    return made;
}

bool unreadable(const Issues& issues)
{
    for (const Issue& issue : issues) {
        if (issue.code == u"unreadable")
            return true;
    }
    return false;
}

Status moveAside(const QString& databasePath, const QString& aside)
{
    for (const char* suffix : { "", "-wal", "-shm", "-journal" }) {
        const QString from = databasePath + QLatin1String(suffix);
        if (QFile::exists(from) && !QFile::rename(from, aside + QLatin1String(suffix)))
            return errors::replaceFailed(
                databasePath, BackupErrors::tr("the damaged file cannot be moved aside"));
    }
    return success();
}

Status putInPlace(const QString& copy, const QString& databasePath)
{
    // No connection is open: a -wal or -shm left now belongs to the old file and would be
    // replayed over the new one.
    for (const char* suffix : { "-wal", "-shm", "-journal" })
        QFile::remove(databasePath + QLatin1String(suffix));
    // The engine's cache describes the old file (it would be rejected anyway: decision 0090).
    engine::SnapshotCache::discard(databasePath);
    QString why;
    if (!files::replaceFile(copy, databasePath, &why)) {
        files::removeDatabaseFiles(copy);
        return errors::replaceFailed(databasePath, why);
    }
    files::syncFolder(QFileInfo(databasePath).absolutePath());
    return success();
}

} // namespace

Result<RestoreOutcome> restoreBackup(const QString& backupFile, const QString& databasePath,
    BackupStore& store, const QByteArray& passphrase)
{
    const QFileInfo target(databasePath);
    const QString folder = target.absolutePath();
    const bool folderExisted = QFileInfo(folder).isDir();

    // 1. The backup, decrypted beside the database when it is encrypted.
    QString plain = backupFile;
    QString decrypted;
    const auto cleanUp = [&] {
        if (!decrypted.isEmpty())
            files::removeDatabaseFiles(decrypted);
        if (!folderExisted)
            QDir().rmdir(folder); // only when empty: a fresh profile stays fresh
    };
    if (cipher::isEncrypted(backupFile)) {
        if (!QDir().mkpath(folder))
            return errors::folderUnwritable(
                QDir::toNativeSeparators(folder), BackupErrors::tr("the folder cannot be created"));
        decrypted
            = files::temporaryName(folder, QStringLiteral("restore"), QStringLiteral("decrypted"));
        const Status opened = cipher::decryptFile(backupFile, decrypted, passphrase);
        if (!opened.ok()) {
            decrypted.clear();
            cleanUp();
            return opened;
        }
        plain = decrypted;
    }
    const Result<DatabaseFacts> facts = inspectDatabase(plain);
    if (!facts.ok()) {
        Issues issues = facts.issues();
        for (Issue& issue : issues) {
            issue.value = backupFile;
            issue.message.replace(plain, backupFile);
        }
        cleanUp();
        return R::failure(issues);
    }

    // 2. The current database, kept.
    RestoreOutcome outcome;
    outcome.databasePath = databasePath;
    Issues warnings;
    if (target.exists()) {
        Result<BackupInfo> kept = backUpCurrent(databasePath, backupFile, store);
        if (kept.ok()) {
            outcome.previous = kept.value();
        } else if (unreadable(kept.issues())) {
            outcome.keptAside = databasePath + QStringLiteral(".unreadable-")
                + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
            warnings << Issue::warning(QStringLiteral("restore-kept-aside"),
                BackupErrors::tr("database"), outcome.keptAside,
                BackupErrors::tr(
                    "The database being replaced could not be read, so it was not backed up; "
                    "it was kept as “%1”.")
                    .arg(QDir::toNativeSeparators(outcome.keptAside)));
        } else {
            cleanUp();
            return kept;
        }
    }

    // 3. The copy, beside the database, then in its place.
    if (!QDir().mkpath(folder)) {
        cleanUp();
        return errors::folderUnwritable(
            QDir::toNativeSeparators(folder), BackupErrors::tr("the folder cannot be created"));
    }
    const QString copy
        = files::temporaryName(folder, QStringLiteral("restore"), QStringLiteral("partial"));
    sqlite3* source = openReadOnly(plain);
    if (!source) {
        cleanUp();
        return errors::notABackup(backupFile);
    }
    const Result<DatabaseFacts> copied = copyDatabase(source, copy);
    sqlite3_close(source);
    if (!copied.ok()) {
        cleanUp();
        return copied;
    }
    if (!outcome.keptAside.isEmpty()) {
        const Status moved = moveAside(databasePath, outcome.keptAside);
        if (!moved.ok()) {
            files::removeDatabaseFiles(copy);
            cleanUp();
            return moved;
        }
    }
    const Status placed = putInPlace(copy, databasePath);
    if (decrypted.size())
        files::removeDatabaseFiles(decrypted);
    if (!placed.ok())
        return placed;

    // 4. Opened (and upgraded) as the application would, under a new replica id.
    auto db = Database::open(databasePath);
    if (!db.ok())
        return db;
    if (!LocalOffice::setting(*db.value(), QStringLiteral("office_id")).isEmpty()) {
        const Status renewed = sync::enrolment::renewReplica(*db.value());
        if (!renewed.ok())
            return renewed;
        outcome.replicaRenewed = true;
    }
    outcome.restored = readFacts(db.value()->handle());
    outcome.restored.size = QFileInfo(databasePath).size();
    return R(outcome, warnings);
}

} // namespace tansiq::backup
