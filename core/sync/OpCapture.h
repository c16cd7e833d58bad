#pragma once

#include "core/common/Result.h"
#include "core/sync/HybridClock.h"
#include "core/sync/Op.h"
#include "core/sync/ReplicaDirectory.h"

#include <QUuid>

namespace tansiq {
class Clock;
class Database;
struct TableSpec;
} // namespace tansiq

namespace tansiq::sync {

// Records what sync needs about every local write, called by RecordWriter inside the same
// transaction as the row write: one sync_op row per written record (changed fields as CBOR,
// HLC, per-replica sequence) and the record's field versions in sync_row.
class OpCapture {
public:
    OpCapture(Database& db, const Clock& clock);

    // The clock value for the next local write.
    quint64 stamp();
    Status created(const TableSpec& table, const QUuid& id, const QVariantList& stored,
        qint64 createdAt, quint64 hlc);
    Status changed(
        const TableSpec& table, const QUuid& id, const QList<FieldValue>& fields, quint64 hlc);
    // Moves the clock past a time seen in an imported batch.
    void observe(quint64 remote) { m_clock.observe(remote); }
    // Forgets cached identity (after the replica id was renewed).
    void reset() { m_ready = false; }
    quint64 last() const { return m_clock.last(); }

private:
    Status ensureReady();
    // Writes the sync_op row; `seq`, when given, receives its sequence number.
    Status append(const TableSpec& table, const QUuid& id, bool create,
        const QList<FieldValue>& fields, quint64 hlc, quint32* seq);

    Database& m_db;
    const Clock& m_physical;
    HybridClock m_clock;
    ReplicaDirectory m_replicas;
    bool m_ready = false;
    quint32 m_replica = 0;
};

} // namespace tansiq::sync
