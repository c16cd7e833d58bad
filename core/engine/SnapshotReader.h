#pragma once

#include "core/common/Result.h"
#include "core/engine/Snapshot.h"

#include <memory>
#include <vector>

namespace tansiq {
class Database;
}

namespace tansiq::engine {

// Reads the snapshot from the database: all of it, or the reference tables again, or a few
// activities that changed. The engine's only SQL for activities lives here.
class SnapshotReader {
public:
    explicit SnapshotReader(Database& db) : m_db(db) { }

    Result<std::shared_ptr<Snapshot>> build();
    // Tables with at least this many rows are read by two threads (tests lower it).
    void setParallelFrom(qint64 rows) { m_parallelFrom = rows; }
    // Re-reads organisations, sectors, types, places, funders and needs; known entries keep
    // their indices so the columns stay valid.
    Status reloadReference(Snapshot& snapshot);
    // Re-reads the given activities (16-byte ids). A row that is gone or deleted is marked not
    // live; a new one is appended. `rowOf` maps ids to rows and is kept up to date.
    Status refreshActivities(
        Snapshot& snapshot, KeyIndex& rowOf, const std::vector<KeyIndex::Key>& ids);

private:
    Database& m_db;
    qint64 m_parallelFrom = 100'000; // rows; smaller tables read faster on one thread
};

} // namespace tansiq::engine
