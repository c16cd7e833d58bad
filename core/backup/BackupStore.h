#pragma once

#include "core/backup/BackupInfo.h"
#include "core/backup/Rotation.h"
#include "core/common/Result.h"
#include "core/storage/Database.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

struct sqlite3;

namespace tansiq {
class Clock;
}

namespace tansiq::backup {

// The backups of this user's databases: <root>/<database stem>-<8 hex digits>/, one folder per
// database file, keyed by the file's absolute path (docs/decisions/0040). Each backup is a
// standalone SQLite file "<UTC time>-<reason>.tansiq-backup" with its facts beside it in
// "<same name>.json". A backup is written under a temporary name, read back and checked, then
// renamed: the folder never holds a partial backup under a backup's name.
class BackupStore {
public:
    BackupStore(QString root, const Clock& clock, RotationPolicy policy = {});

    // <AppDataLocation>/backups (~/.local/share/Tansiq/backups).
    static QString defaultRoot();
    QString root() const { return m_root; }
    QString folderFor(const QString& databasePath) const;

    // A checked backup of an open database (the connection's own view, WAL included), then
    // rotation. `databasePath` names the folder. Rotation never deletes `keep` (the backup a
    // restore is about to copy).
    Result<BackupInfo> backUp(sqlite3* source, const QString& databasePath, Reason reason,
        const QString& keep = QString());
    Result<BackupInfo> backUp(Database& db, Reason reason)
    {
        return backUp(db.handle(), db.path(), reason);
    }
    // Opens the file on a connection of its own (any thread) and backs it up.
    Result<BackupInfo> backUpFile(const QString& databasePath, Reason reason);
    // The daily backup, when the newest backup of this database is from an earlier day
    // (computer's time): the backup made, or nothing when none was due.
    Result<std::optional<BackupInfo>> backUpIfDue(const QString& databasePath);
    bool isDue(const QString& databasePath) const;

    // The backups of a database, newest first.
    QList<BackupInfo> list(const QString& databasePath) const;

    // Test seam: the SQLite VFS that writes the copies (a failing one simulates a full disk).
    void setWriterVfs(QByteArray vfs) { m_vfs = std::move(vfs); }

    // What Database::open / Workspace install: a backup before every risky change, refusing
    // the change when it cannot be made.
    static Database::SafetyBackup safetyHook(std::shared_ptr<BackupStore> store);

private:
    QList<BackupInfo> listFolder(const QString& folder) const;
    void rotate(const QString& folder, const QStringList& keep);

    QString m_root;
    const Clock& m_clock;
    RotationPolicy m_policy;
    QByteArray m_vfs;
};

// The file name suffixes of a backup and of its facts.
inline constexpr char kBackupSuffix[] = ".tansiq-backup";
inline constexpr char kFactsSuffix[] = ".json";

} // namespace tansiq::backup
