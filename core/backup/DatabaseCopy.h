#pragma once

#include "core/backup/BackupInfo.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

struct sqlite3;

namespace tansiq::backup {

// What a backup holds, read from the database itself.
struct DatabaseFacts {
    int schemaVersion = 0;
    RecordCounts counts;
    QString officeName;
    qint64 size = 0; // bytes of the file (0 for an open source)
};

// Schema version, record counts and office name, read on an open connection.
DatabaseFacts readFacts(sqlite3* db);

// Copies the open database `source` into the new file `destination` with SQLite's online
// backup API, in one read transaction (a consistent snapshot; writers on other connections
// go on). The copy is a single file (rollback journal, no -wal) flushed to the device. On any
// failure nothing is left at `destination`; a full disk is reported as such, naming the
// folder. `vfs` names the SQLite VFS that writes the copy (empty: the default one; tests
// pass one that fails like a full disk). Returns the source's facts as copied.
Result<DatabaseFacts> copyDatabase(
    sqlite3* source, const QString& destination, const QByteArray& vfs = {});

// Opens `file` read-only (changing nothing beside it) and checks it: an SQLite file with
// Tansiq's application id, `PRAGMA integrity_check` ok, a schema version this build knows.
Result<DatabaseFacts> inspectDatabase(const QString& file);

// Opens `file` read-only and immutable (no lock, no -wal/-shm created); nullptr on failure.
sqlite3* openReadOnly(const QString& file);

} // namespace tansiq::backup
