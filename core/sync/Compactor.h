#pragma once

#include "core/common/Result.h"

namespace tansiq {
class Database;
}

namespace tansiq::sync {

// What one compaction freed (docs/decisions/0093).
struct CompactionSummary {
    qint64 sealedOps = 0; // local operations whose values now live only in their batch
    qint64 recordCreates = 0; // unsealed creates whose values are read from the record
    qint64 relayedBatches
        = 0; // other offices' batches acknowledged by every office they must reach
    qint64 bytesFreed = 0; // payload bytes released inside the database file
};

// Compacts the operation log without losing anything convergence, conflict detection, relaying,
// revocation checks or backups need. Runs inside the caller's transaction when there is one (an
// import, an export), in its own otherwise. Cheap to repeat: it remembers how far it got.
Result<CompactionSummary> compact(Database& db);

// Reclaims the freed pages into the file system (VACUUM); outside any transaction.
Status vacuum(Database& db);

} // namespace tansiq::sync
