#pragma once

#include "core/backup/BackupInfo.h"
#include "core/backup/DatabaseCopy.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace tansiq::backup {

class BackupStore;

struct RestoreOutcome {
    QString databasePath;
    DatabaseFacts restored; // what the database holds now
    std::optional<BackupInfo> previous; // the backup of the database as it was, if there was one
    bool replicaRenewed = false; // a new replica id: sync stays safe (decision 0042)
    QString keptAside; // an unreadable database moved aside, if any
};

// Replaces the database at `databasePath` — closed: no connection may be open on it, in any
// thread or process — with the backup `backupFile` (a plain backup or an encrypted one, then
// `passphrase` is needed):
//  1. the backup is checked (integrity, a schema version this build knows) — and, encrypted,
//     decrypted beside the database (the passphrase checked before anything is written);
//  2. the current database, if any, is backed up into `store` ("before restore"); an
//     unreadable one is kept aside under a new name instead;
//  3. the backup is copied beside the database, flushed, and renamed over it (stale -wal and
//     -shm removed first, after the old file was checkpointed);
//  4. the restored database is opened (upgraded if older) and its replica renewed, since other
//     offices may already hold newer changes from it.
// On failure before step 3 nothing is changed: no file created, replaced or removed.
Result<RestoreOutcome> restoreBackup(const QString& backupFile, const QString& databasePath,
    BackupStore& store, const QByteArray& passphrase = {});

} // namespace tansiq::backup
