#include "core/backup/DatabaseCopy.h"

#include "core/backup/BackupErrors.h"
#include "core/backup/FileSafety.h"
#include "core/common/FileNames.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/Statement.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

namespace tansiq::backup {

namespace {

qint64 scalar(sqlite3* db, const char* sql)
{
    Statement query(db, QByteArray(sql));
    return query.step() == Statement::Step::Row ? query.int64(0) : 0;
}

bool exec(sqlite3* db, const char* sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

QString folderOf(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absolutePath());
}

bool isFull(int code)
{
    return code == SQLITE_FULL || (code & 0xff) == SQLITE_FULL;
}

} // namespace

DatabaseFacts readFacts(sqlite3* db)
{
    DatabaseFacts facts;
    facts.schemaVersion = int(scalar(db, "PRAGMA user_version"));
    facts.counts.organisations = scalar(db, "SELECT count(*) FROM organisation WHERE deleted = 0");
    facts.counts.projects = scalar(db, "SELECT count(*) FROM project WHERE deleted = 0");
    facts.counts.activities = scalar(db, "SELECT count(*) FROM activity WHERE deleted = 0");
    facts.counts.needs = scalar(db, "SELECT count(*) FROM need WHERE deleted = 0");
    Statement name(db, "SELECT value FROM local_setting WHERE key = 'office_name'");
    if (name.step() == Statement::Step::Row)
        facts.officeName = name.text(0);
    return facts;
}

sqlite3* openReadOnly(const QString& file)
{
    QUrl uri = QUrl::fromLocalFile(QFileInfo(file).absoluteFilePath());
    uri.setQuery(QStringLiteral("immutable=1"));
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(uri.toEncoded().constData(), &db,
        SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_close(db);
        return nullptr;
    }
    return db;
}

Result<DatabaseFacts> copyDatabase(
    sqlite3* source, const QString& destination, const QByteArray& vfs)
{
    const QString folder = folderOf(destination);
    sqlite3* copy = nullptr;
    int rc = sqlite3_open_v2(native::sqliteFileName(destination).constData(), &copy,
        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
        vfs.isEmpty() ? nullptr : vfs.constData());
    const auto fail = [&](int code, const QString& why) -> Result<DatabaseFacts> {
        sqlite3_close(copy);
        files::removeDatabaseFiles(destination);
        if (isFull(code))
            return errors::diskFull(folder, 0, -1);
        if ((code & 0xff) == SQLITE_CORRUPT || (code & 0xff) == SQLITE_NOTADB)
            return Issue::error(
                QStringLiteral("unreadable"), BackupErrors::tr("database"), QString(), why);
        return errors::writeFailed(folder, why);
    };
    if (rc != SQLITE_OK)
        return fail(rc, QString::fromUtf8(sqlite3_errmsg(copy)));

    // One read transaction on the source for the facts and every page: the copy is the
    // database as it was at one instant.
    const bool ownTransaction = sqlite3_get_autocommit(source) != 0;
    if (ownTransaction && !exec(source, "BEGIN"))
        return fail(SQLITE_ERROR, QString::fromUtf8(sqlite3_errmsg(source)));
    const DatabaseFacts facts = readFacts(source);
    sqlite3_backup* backup = sqlite3_backup_init(copy, "main", source, "main");
    if (!backup) {
        if (ownTransaction)
            exec(source, "ROLLBACK");
        return fail(sqlite3_extended_errcode(copy), QString::fromUtf8(sqlite3_errmsg(copy)));
    }
    rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (ownTransaction)
        exec(source, "ROLLBACK"); // read only: ends the snapshot
    if (rc != SQLITE_DONE) {
        const int code = sqlite3_extended_errcode(copy);
        return fail((rc & 0xff) == SQLITE_ERROR ? code : rc, QString::fromUtf8(sqlite3_errstr(rc)));
    }
    // The copy carries the source's WAL flag: make it a single self-contained file.
    bool single = false;
    {
        Statement mode(copy, "PRAGMA journal_mode = DELETE");
        single = mode.step() == Statement::Step::Row && mode.text(0) == u"delete";
    }
    if (!single)
        return fail(sqlite3_extended_errcode(copy), QString::fromUtf8(sqlite3_errmsg(copy)));
    if (sqlite3_close(copy) != SQLITE_OK)
        return fail(SQLITE_ERROR, QString::fromUtf8(sqlite3_errmsg(copy)));
    copy = nullptr;
    if (!files::syncFile(destination)) {
        files::removeDatabaseFiles(destination);
        return errors::writeFailed(folder, BackupErrors::tr("the disk did not confirm the write"));
    }
    return facts;
}

Result<DatabaseFacts> inspectDatabase(const QString& file)
{
    const QFileInfo info(file);
    if (!info.isFile())
        return errors::cannotRead(file, BackupErrors::tr("there is no such file"));
    sqlite3* db = openReadOnly(file);
    if (!db)
        return errors::notABackup(file);
    const auto done = [db](Result<DatabaseFacts> result) {
        sqlite3_close(db);
        return result;
    };
    {
        Statement probe(db, "SELECT count(*) FROM sqlite_schema");
        if (probe.step() != Statement::Step::Row)
            return done(errors::notABackup(file));
    }
    if (scalar(db, "PRAGMA application_id") != Database::kApplicationId)
        return done(errors::notABackup(file));
    QStringList problems;
    {
        Statement check(db, "PRAGMA integrity_check(5)");
        Statement::Step step = check.step();
        for (; step == Statement::Step::Row; step = check.step()) {
            if (check.text(0) != u"ok")
                problems << check.text(0);
        }
        if (step == Statement::Step::Error && problems.isEmpty())
            problems << QString::fromUtf8(sqlite3_errmsg(db));
    }
    if (!problems.isEmpty())
        return done(errors::damaged(file, problems.join(QStringLiteral("; "))));
    DatabaseFacts facts = readFacts(db);
    facts.size = info.size();
    if (facts.schemaVersion > latestSchemaVersion())
        return done(errors::tooNew(file, facts.schemaVersion, latestSchemaVersion()));
    if (facts.schemaVersion < 1)
        return done(errors::notABackup(file));
    return done(facts);
}

} // namespace tansiq::backup
