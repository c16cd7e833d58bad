#pragma once

#include "core/common/Result.h"
#include "core/sync/Op.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QUuid>

namespace tansiq {
class Database;
}

namespace tansiq::sync {

// A version vector over local replica indexes: replica -> highest contiguous seq.
using Vector = QHash<quint32, quint64>;

struct StoredBatch {
    quint32 replica = 0;
    quint64 firstSeq = 0;
    quint64 lastSeq = 0;
    QByteArray hash;
    QByteArray bytes;
};

// A batch in the backlog ('missing', 'future-clock', 'released', 'equivocation').
struct BacklogEntry {
    quint32 replica = 0;
    quint64 firstSeq = 0;
    QString reason;
    qint64 receivedAt = 0;
    QByteArray bytes;
};

struct LocalEpoch {
    quint64 firstSeq = 0;
    Vector deps;
};

// All SQL over the sync bookkeeping tables (0002_sync.sql), except capture and merge.
class SyncStore {
public:
    explicit SyncStore(Database& db);

    // What this database has: remote replicas from sync_have, the local one from sync_op.
    Vector have(quint32 localReplica);
    // The replicas with operations in this database's log (an older one of this office
    // survives a renewal), each with its highest sequence number: two seeks in the log's key
    // per replica, never a read of the whole log.
    QList<QPair<quint32, quint64>> loggedReplicas();
    quint64 localMaxSeq(quint32 localReplica);
    Status setHave(quint32 replica, quint64 seq);

    // Local ops not yet sealed into a batch, in sequence order.
    QList<Op> localOps(quint32 replica, quint64 afterSeq, qsizetype limit);
    quint64 sealedUpTo(quint32 replica);
    QList<LocalEpoch> epochs(quint32 replica);
    Status addEpoch(quint32 replica, quint64 firstSeq, const Vector& deps);

    Status storeBatch(const StoredBatch& batch);
    // Batches (own and received) that an office with vector `peer` does not have; compacted
    // batches (bytes dropped, decision 0093) are left out.
    QList<StoredBatch> batchesBeyond(const Vector& peer);
    // Stored batches of `replica` overlapping [first, last].
    QList<StoredBatch> overlapping(quint32 replica, quint64 first, quint64 last);
    QList<StoredBatch> allBatches();

    Status addBacklog(quint32 replica, quint64 firstSeq, const QString& reason, qint64 at,
        const QByteArray& bytes);
    QList<QPair<QString, QByteArray>> backlog(); // (reason, bytes)
    Status removeBacklog(quint32 replica, quint64 firstSeq);
    QList<BacklogEntry> backlogEntries(const QString& reason);
    Status setBacklogReason(quint32 replica, quint64 firstSeq, const QString& reason);
    qint64 backlogCount(const QString& reason);

    Vector peerHave(const QUuid& office);
    Status raisePeerHave(const QUuid& office, quint32 replica, quint64 seq);
    // An office's own acknowledgement replaces what we believed it had (it may have lost
    // data, e.g. restored a backup: then it simply gets everything again).
    Status clearPeerHave(const QUuid& office);

    bool bundleSeen(const QByteArray& bundleId);
    Status logBundle(const QByteArray& bundleId, bool sent, const QUuid& office, qint64 at,
        qint64 batches, const QString& summary);
    Status alert(qint64 at, const QString& kind, const QString& detail);
    // Whether an alert of `kind` whose detail contains `marker` was already raised (a refused
    // batch relayed again is not alerted twice: its marker is its hash, docs/decisions/0086).
    bool alerted(const QString& kind, const QString& marker);

    static QByteArray encodeVector(const Vector& vector);
    static Vector decodeVector(const QByteArray& bytes);

private:
    Database& m_db;
};

} // namespace tansiq::sync
