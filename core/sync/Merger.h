#pragma once

#include "core/common/Result.h"
#include "core/sync/FieldVersions.h"
#include "core/sync/Op.h"
#include "core/sync/ReplicaDirectory.h"
#include "core/sync/SyncStore.h"

namespace tansiq {
class Database;
class Statement;
class RecordWriter;
struct TableSpec;
} // namespace tansiq

namespace tansiq::sync {

// Applies received operations to the materialised rows, field by field:
// - an op supersedes a field's value when that value's version is in the op's causal past;
// - otherwise the two are concurrent: the value with the highest (HLC, replica id) wins on
//   every replica (so all converge), and a conflict is recorded for a person to review
//   (unless both wrote the same value);
// - a delete takes effect only if its writer had seen every version of the record; an edit
//   concurrent with a delete keeps the record (undeleting it if needed) and flags it.
// Must run inside the caller's transaction, with ops in causal order.
class Merger {
public:
    Merger(Database& db, RecordWriter& writer, ReplicaDirectory& replicas);

    struct Counts {
        qint64 applied = 0;
        qint64 conflicts = 0;
        qint64 unknown = 0; // ops for tables this version does not know (kept in the batch)
    };

    // `origin`: the op's replica (local index); `originOffice` stamps new records; `deps`:
    // what the writer had seen (local indexes).
    Status apply(const Op& op, quint32 origin, const QUuid& originOffice, const Vector& deps,
        qint64 now, Counts& counts);

private:
    struct Head {
        QByteArray replica;
        quint64 seq = 0;
        quint64 hlc = 0;
        QVariant value;
    };
    struct Merge; // one op being merged: what it brings and what has been decided so far
    Status mergeValues(Merge& merge);
    Status mergeDeletion(Merge& merge);
    Status keepEditedRecord(Merge& merge);
    void take(Merge& merge, const FieldValue& value);
    Status takeAndSettle(Merge& merge, const FieldValue& value);
    Status conflict(Merge& merge, int field, const QString& kind, QList<Head> heads);
    Status write(const Merge& merge, const QUuid& originOffice);
    // One row: the record's field versions (null when untracked) and its deleted flag (null when
    // the record is missing).
    Statement& stateOf(const TableSpec& table);
    bool inPast(const Version& v, quint32 origin, quint64 seq, const Vector& deps) const;
    bool wins(const Version& a, const Version& b);
    Status recordConflict(
        const Op& op, int field, const QString& kind, QList<Head> heads, qint64 now);
    QList<Head> openHeads(const QUuid& row, int field, qint64* conflictId);
    Status settleConflict(const Op& op, int field, quint32 origin, const Vector& deps, qint64 now);

    Database& m_db;
    RecordWriter& m_writer;
    ReplicaDirectory& m_replicas;
};

} // namespace tansiq::sync
