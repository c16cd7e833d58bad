#include "core/backup/BackupStore.h"

#include "core/backup/BackupErrors.h"
#include "core/backup/DatabaseCopy.h"
#include "core/backup/FileSafety.h"
#include "core/common/Clock.h"
#include "core/common/FileNames.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <cerrno>
#include <sqlite3.h>

namespace tansiq::backup {

namespace {

// Room for the file system's own bookkeeping and the copy's rollback journal.
constexpr qint64 kSlackBytes = 256 * 1024;
// A temporary file older than this was left by a crash or a power cut.
constexpr qint64 kStaleTemporaryMs = 3600 * 1000;

qint64 databaseBytes(sqlite3* db)
{
    sqlite3_stmt* statement = nullptr;
    qint64 bytes = 0;
    if (sqlite3_prepare_v2(db,
            "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()", -1,
            &statement, nullptr)
            == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW)
        bytes = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return bytes;
}

QString canonicalDatabasePath(const QString& databasePath)
{
    const QFileInfo info(databasePath);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return QDir(folder.isEmpty() ? info.absolutePath() : folder).filePath(info.fileName());
}

void removeStaleTemporaries(const QString& folder, qint64 now)
{
    const QDir dir(folder);
    const QFileInfoList stale
        = dir.entryInfoList({ QStringLiteral(".backup-*") }, QDir::Files | QDir::Hidden);
    for (const QFileInfo& file : stale) {
        if (now - file.lastModified().toMSecsSinceEpoch() > kStaleTemporaryMs)
            QFile::remove(file.absoluteFilePath());
    }
}

Reason reasonFor(RiskyChange change)
{
    switch (change) {
    case RiskyChange::Migration:
        return Reason::BeforeMigration;
    case RiskyChange::BundleImport:
        return Reason::BeforeBundleImport;
    case RiskyChange::FourWImport:
        return Reason::BeforeFourWImport;
    }
    return Reason::Manual;
}

} // namespace

BackupStore::BackupStore(QString root, const Clock& clock, RotationPolicy policy)
    : m_root(std::move(root)), m_clock(clock), m_policy(policy)
{
}

QString BackupStore::defaultRoot()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("backups"));
}

QString BackupStore::folderFor(const QString& databasePath) const
{
    const QString canonical = canonicalDatabasePath(databasePath);
    const QByteArray digest
        = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(8);
    QString stem = QFileInfo(canonical).completeBaseName();
    if (stem.isEmpty())
        stem = QStringLiteral("database");
    return QDir(m_root).filePath(stem + u'-' + QString::fromLatin1(digest));
}

Result<BackupInfo> BackupStore::backUp(
    sqlite3* source, const QString& databasePath, Reason reason, const QString& keep)
{
    const QString folder = folderFor(databasePath);
    const QString shownFolder = QDir::toNativeSeparators(folder);
    if (!QDir().mkpath(folder))
        return errors::folderUnwritable(
            shownFolder, BackupErrors::tr("the folder cannot be created"));
    const qint64 now = m_clock.nowMs();
    removeStaleTemporaries(folder, now);
    const qint64 needed = databaseBytes(source);
    const qint64 available = files::freeBytes(folder);
    if (available >= 0 && available < needed + kSlackBytes)
        return errors::diskFull(shownFolder, needed, available);

    const QString temporary
        = files::temporaryName(folder, QStringLiteral("backup"), QStringLiteral("partial"));
    const Result<DatabaseFacts> copied = copyDatabase(source, temporary, m_vfs);
    if (!copied.ok())
        return copied;
    const Result<DatabaseFacts> check = inspectDatabase(temporary);
    QString mismatch;
    if (!check.ok())
        mismatch = check.errorText();
    else if (check->schemaVersion != copied->schemaVersion || !(check->counts == copied->counts))
        mismatch = BackupErrors::tr("its record counts differ from the database's");
    if (!mismatch.isEmpty()) {
        files::removeDatabaseFiles(temporary);
        return errors::readBackFailed(shownFolder, mismatch);
    }

    BackupInfo info;
    info.createdAt = now;
    info.reason = reason;
    info.size = check->size;
    info.schemaVersion = check->schemaVersion;
    info.counts = check->counts;
    info.databasePath = canonicalDatabasePath(databasePath);
    info.officeName = check->officeName;
    const QString stamp
        = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString name = stamp + u'-' + reasonKey(reason);
    for (int n = 2; QFile::exists(QDir(folder).filePath(name + QLatin1String(kBackupSuffix))); ++n)
        name = stamp + u'-' + reasonKey(reason) + u'-' + QString::number(n);
    info.path = QDir(folder).filePath(name + QLatin1String(kBackupSuffix));

    QSaveFile facts(info.path + QLatin1String(kFactsSuffix));
    errno = 0;
    bool written = facts.open(QIODevice::WriteOnly)
        && facts.write(QJsonDocument(info.toJson()).toJson()) >= 0 && facts.commit();
    if (!written) {
        const int error = errno;
        facts.cancelWriting();
        files::removeDatabaseFiles(temporary);
        if (error == ENOSPC || facts.error() == QFileDevice::ResourceError)
            return errors::diskFull(shownFolder, needed, -1);
        return errors::writeFailed(shownFolder, facts.errorString());
    }
    if (!QFile::rename(temporary, info.path)) {
        QFile::remove(info.path + QLatin1String(kFactsSuffix));
        files::removeDatabaseFiles(temporary);
        return errors::writeFailed(
            shownFolder, BackupErrors::tr("the finished backup could not be renamed"));
    }
    files::syncFolder(folder);
    rotate(folder, { info.path, keep });
    return info;
}

Result<BackupInfo> BackupStore::backUpFile(const QString& databasePath, Reason reason)
{
    if (!QFileInfo(databasePath).isFile())
        return errors::cannotRead(databasePath, BackupErrors::tr("there is no such file"));
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(native::sqliteFileName(databasePath).constData(), &db,
            SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return errors::cannotRead(databasePath, why);
    }
    sqlite3_busy_timeout(db, 5000);
    Result<BackupInfo> made = backUp(db, databasePath, reason);
    sqlite3_close(db);
    return made;
}

bool BackupStore::isDue(const QString& databasePath) const
{
    const QList<BackupInfo> backups = list(databasePath);
    if (backups.isEmpty())
        return true;
    const QDate newest = QDateTime::fromMSecsSinceEpoch(backups.first().createdAt).date();
    return newest < QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).date();
}

Result<std::optional<BackupInfo>> BackupStore::backUpIfDue(const QString& databasePath)
{
    using R = Result<std::optional<BackupInfo>>;
    if (!isDue(databasePath))
        return R(std::nullopt);
    Result<BackupInfo> made = backUpFile(databasePath, Reason::Daily);
    if (!made.ok())
        return made;
    return R(std::optional<BackupInfo>(made.value()));
}

QList<BackupInfo> BackupStore::list(const QString& databasePath) const
{
    return listFolder(folderFor(databasePath));
}

QList<BackupInfo> BackupStore::listFolder(const QString& folder) const
{
    QList<BackupInfo> backups;
    const QDir dir(folder);
    for (const QFileInfo& file :
        dir.entryInfoList({ u'*' + QLatin1String(kBackupSuffix) }, QDir::Files, QDir::Name)) {
        QFile factsFile(file.absoluteFilePath() + QLatin1String(kFactsSuffix));
        std::optional<BackupInfo> info;
        if (factsFile.open(QIODevice::ReadOnly))
            info = BackupInfo::fromJson(QJsonDocument::fromJson(factsFile.read(64 * 1024)).object(),
                file.absoluteFilePath());
        if (!info)
            continue; // not made by Tansiq, or its facts were lost: never rotated away
        info->size = file.size();
        backups << *info;
    }
    std::sort(backups.begin(), backups.end(), [](const BackupInfo& a, const BackupInfo& b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.path > b.path;
    });
    return backups;
}

void BackupStore::rotate(const QString& folder, const QStringList& keep)
{
    QStringList kept;
    for (const QString& path : keep) {
        if (!path.isEmpty())
            kept << QFileInfo(path).absoluteFilePath();
    }
    for (const BackupInfo& old : backupsToDelete(listFolder(folder), m_policy)) {
        if (kept.contains(QFileInfo(old.path).absoluteFilePath()))
            continue;
        QFile::remove(old.path);
        QFile::remove(old.path + QLatin1String(kFactsSuffix));
    }
}

Database::SafetyBackup BackupStore::safetyHook(std::shared_ptr<BackupStore> store)
{
    return [store](Database& db, RiskyChange change) -> Status {
        const Reason reason = reasonFor(change);
        const Result<BackupInfo> made = store->backUp(db, reason);
        if (!made.ok())
            return errors::safetyBackupFailed(reason, made.errorText());
        return success();
    };
}

} // namespace tansiq::backup
