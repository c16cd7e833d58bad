#include "core/sync/Compactor.h"

#include "core/office/LocalOffice.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"
#include "core/sync/ReplicaDirectory.h"
#include "core/sync/Roster.h"
#include "core/sync/SyncStore.h"

#include <QSet>

#include <optional>
#include <sqlite3.h>

namespace tansiq::sync {

namespace {

// How far each local replica's log was compacted, so a repeated run only reads what is new.
QString mark(const char* what, quint32 replica)
{
    return QStringLiteral("sync_compacted_%1_%2").arg(QLatin1String(what)).arg(replica);
}

quint64 setting(Database& db, const QString& key)
{
    return LocalOffice::setting(db, key).toULongLong();
}

Result<qint64> payload(
    Database& db, const QByteArray& where, quint32 replica, quint64 from, quint64 to)
{
    Statement sum(db.handle(),
        "SELECT coalesce(sum(length(fields)), 0), count(*) FROM sync_op "
        "WHERE replica_idx = ? AND seq > ? AND seq <= ? AND "
            + where);
    sum.bind(1, qint64(replica)).bind(2, qint64(from)).bind(3, qint64(to));
    if (sum.step() != Statement::Step::Row)
        return Issue::error(QStringLiteral("sync-compact"), QString(), QString(), sum.lastError());
    return sum.int64(0);
}

// Local operations whose values are kept elsewhere lose their copy: sealed ones (their batch
// holds them verbatim) and creates of records not edited since (the record holds them; they are
// read back when the create is sealed). The rows stay: sequence, clock, table and record.
Status compactLocal(Database& db, CompactionSummary& summary)
{
    QList<QPair<quint32, quint64>> replicas;
    {
        // One primary-key probe per replica, not a scan of the whole log: this runs after every
        // import and export.
        Statement list(db.handle(),
            "SELECT r.idx, (SELECT max(seq) FROM sync_op o WHERE o.replica_idx = r.idx) "
            "FROM sync_replica r WHERE EXISTS (SELECT 1 FROM sync_op o WHERE o.replica_idx = "
            "r.idx)");
        while (list.step() == Statement::Step::Row)
            replicas.append({ quint32(list.int64(0)), quint64(list.int64(1)) });
    }
    static const QByteArray sealedWhere = "length(fields) > 0";
    static const QByteArray createWhere
        = "kind = 0 AND length(fields) > 0 AND NOT EXISTS (SELECT 1 FROM sync_row s WHERE "
          "s.row_id = sync_op.row_id)";
    for (const auto& [replica, maxSeq] : replicas) {
        SyncStore store(db);
        const quint64 sealed = store.sealedUpTo(replica);
        const quint64 sealedDone = setting(db, mark("sealed", replica));
        if (sealed > sealedDone) {
            const Result<qint64> bytes = payload(db, sealedWhere, replica, sealedDone, sealed);
            if (!bytes.ok())
                return bytes;
            Statement blank(db.handle(),
                "UPDATE sync_op SET fields = x'' WHERE replica_idx = ? "
                "AND seq > ? AND seq <= ? AND "
                    + sealedWhere);
            blank.bind(1, qint64(replica)).bind(2, qint64(sealedDone)).bind(3, qint64(sealed));
            const Status done = blank.run();
            if (!done.ok())
                return done;
            summary.sealedOps += sqlite3_changes(db.handle());
            summary.bytesFreed += bytes.value();
            const Status marked
                = LocalOffice::setSetting(db, mark("sealed", replica), QString::number(sealed));
            if (!marked.ok())
                return marked;
        }
        const quint64 createsFrom = qMax(sealed, setting(db, mark("created", replica)));
        if (maxSeq > createsFrom) {
            const Result<qint64> bytes = payload(db, createWhere, replica, createsFrom, maxSeq);
            if (!bytes.ok())
                return bytes;
            Statement back(db.handle(),
                "UPDATE sync_op SET kind = 2, fields = x'' WHERE "
                "replica_idx = ? AND seq > ? AND seq <= ? AND "
                    + createWhere);
            back.bind(1, qint64(replica)).bind(2, qint64(createsFrom)).bind(3, qint64(maxSeq));
            const Status done = back.run();
            if (!done.ok())
                return done;
            summary.recordCreates += sqlite3_changes(db.handle());
            summary.bytesFreed += bytes.value();
            const Status marked
                = LocalOffice::setSetting(db, mark("created", replica), QString::number(maxSeq));
            if (!marked.ok())
                return marked;
        }
    }
    return success();
}

// At a field office, another office's batch is only kept to be relayed. Once the head office
// and every office this one exchanges bundles with have acknowledged it, its bytes go; the row
// (range and hash) stays for the have-vector and equivocation checks. The head office keeps
// every batch (offices enrolled later, or restored from a backup, fill from it), and every office
// keeps its own (only it can send them again, say to a head office restored from a backup).
Status compactRelayed(Database& db, CompactionSummary& summary)
{
    Roster roster(db);
    const QUuid self(LocalOffice::setting(db, QStringLiteral("office_id")));
    const QUuid head = roster.headOfficeId();
    if (head.isNull() || self.isNull() || head == self)
        return success();
    QSet<QUuid> revoked;
    for (const OfficeEntry& entry : roster.offices()) {
        if (entry.revoked)
            revoked.insert(entry.office);
    }
    QSet<QUuid> mustReach { head };
    {
        Statement peers(db.handle(), "SELECT DISTINCT office_id FROM sync_peer_have");
        while (peers.step() == Statement::Step::Row)
            mustReach.insert(peers.uuid(0));
    }
    mustReach.remove(self);
    mustReach -= revoked;
    SyncStore store(db);
    QHash<QUuid, Vector> acknowledged;
    for (const QUuid& office : mustReach)
        acknowledged.insert(office, store.peerHave(office));
    ReplicaDirectory replicas(db);
    struct Candidate {
        quint32 replica;
        quint64 firstSeq;
        qint64 bytes;
    };
    QList<Candidate> drop;
    {
        Statement list(db.handle(),
            "SELECT replica_idx, first_seq, last_seq, length(bytes) FROM "
            "sync_batch WHERE length(bytes) > 0");
        while (list.step() == Statement::Step::Row) {
            const quint32 replica = quint32(list.int64(0));
            const QUuid origin = replicas.officeOf(replica);
            if (origin == self || origin.isNull())
                continue;
            const quint64 last = quint64(list.int64(2));
            bool everywhere = true;
            for (auto it = acknowledged.cbegin(); it != acknowledged.cend() && everywhere; ++it)
                everywhere = it.key() == origin || it.value().value(replica) >= last;
            if (everywhere)
                drop.append({ replica, quint64(list.int64(1)), list.int64(3) });
        }
    }
    Statement blank(db.handle(),
        "UPDATE sync_batch SET bytes = x'' WHERE replica_idx = ? AND "
        "first_seq = ?");
    for (const Candidate& candidate : drop) {
        blank.bind(1, qint64(candidate.replica)).bind(2, qint64(candidate.firstSeq));
        const Status done = blank.run();
        if (!done.ok())
            return done;
        ++summary.relayedBatches;
        summary.bytesFreed += candidate.bytes;
    }
    return success();
}

} // namespace

Result<CompactionSummary> compact(Database& db)
{
    std::optional<Transaction> own;
    if (!db.inTransaction()) {
        own.emplace(db);
        if (!own->begun().ok())
            return own->begun();
    }
    CompactionSummary summary;
    Status step = compactLocal(db, summary);
    if (step.ok())
        step = compactRelayed(db, summary);
    if (step.ok() && own)
        step = own->commit();
    if (!step.ok())
        return step;
    return summary;
}

Status vacuum(Database& db)
{
    Statement run(db.handle(), "VACUUM");
    const Status vacuumed = run.run();
    if (!vacuumed.ok())
        return vacuumed;
    // In WAL mode the rewritten file is in the log until a checkpoint moves it back.
    Statement checkpoint(db.handle(), "PRAGMA wal_checkpoint(TRUNCATE)");
    return checkpoint.run();
}

} // namespace tansiq::sync
