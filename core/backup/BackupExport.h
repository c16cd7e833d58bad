#pragma once

#include "core/backup/BackupInfo.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace tansiq {
class Database;
}

namespace tansiq::backup {

class BackupStore;

// A backup to a file of the user's choice (a USB stick for a lost laptop): a checked backup is
// made in `store` (reason "asked for"), then written to `out` atomically and read back —
// encrypted with `passphrase` when one is given (docs/formats/backup.md), else as a plain
// SQLite copy. An office's database is encrypted only with its own office passphrase (the one
// that unlocks its keys), so whoever restores it can unlock the keys with the same one.
// Returns the backup's facts, its path being `out`.
Result<BackupInfo> exportBackup(Database& db, BackupStore& store, const QString& out,
    const std::optional<QByteArray>& passphrase);

} // namespace tansiq::backup
