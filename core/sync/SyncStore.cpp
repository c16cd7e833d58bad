#include "core/sync/SyncStore.h"

#include "core/registry/TableSpec.h"
#include "core/storage/Database.h"
#include "core/sync/OpCodec.h"

#include <QtEndian>

#include <memory>

namespace tansiq::sync {

SyncStore::SyncStore(Database& db) : m_db(db)
{
}

QByteArray SyncStore::encodeVector(const Vector& vector)
{
    QByteArray out;
    for (auto it = vector.cbegin(); it != vector.cend(); ++it) {
        char entry[12];
        qToLittleEndian<quint32>(it.key(), entry);
        qToLittleEndian<quint64>(it.value(), entry + 4);
        out.append(entry, 12);
    }
    return out;
}

Vector SyncStore::decodeVector(const QByteArray& bytes)
{
    Vector vector;
    for (qsizetype at = 0; at + 12 <= bytes.size(); at += 12) {
        vector.insert(qFromLittleEndian<quint32>(bytes.constData() + at),
            qFromLittleEndian<quint64>(bytes.constData() + at + 4));
    }
    return vector;
}

quint64 SyncStore::localMaxSeq(quint32 localReplica)
{
    Statement max(m_db.handle(), "SELECT coalesce(max(seq), 0) FROM sync_op WHERE replica_idx = ?");
    max.bind(1, qint64(localReplica));
    max.step();
    return quint64(max.int64(0));
}

Vector SyncStore::have(quint32 localReplica)
{
    Vector vector;
    Statement list(m_db.handle(), "SELECT replica_idx, seq FROM sync_have");
    while (list.step() == Statement::Step::Row)
        vector.insert(quint32(list.int64(0)), quint64(list.int64(1)));
    // Old replicas of this database (before a replica renewal) are in sync_op too.
    for (const auto& [replica, seq] : loggedReplicas())
        vector.insert(replica, qMax(vector.value(replica), seq));
    Q_UNUSED(localReplica);
    return vector;
}

QList<QPair<quint32, quint64>> SyncStore::loggedReplicas()
{
    // A loose index scan: a GROUP BY or DISTINCT read all of sync_op, seconds at ten million
    // operations (the Sync page's overview at every start, every export).
    Statement nextReplica(
        m_db.handle(), "SELECT min(replica_idx) FROM sync_op WHERE replica_idx > ?");
    Statement lastSeq(m_db.handle(), "SELECT max(seq) FROM sync_op WHERE replica_idx = ?");
    QList<QPair<quint32, quint64>> out;
    for (qint64 after = -1;;) {
        nextReplica.reset();
        nextReplica.bind(1, after);
        if (nextReplica.step() != Statement::Step::Row || nextReplica.isNull(0))
            break;
        after = nextReplica.int64(0);
        lastSeq.reset();
        lastSeq.bind(1, after);
        lastSeq.step();
        out.append({ quint32(after), quint64(lastSeq.int64(0)) });
    }
    return out;
}

Status SyncStore::setHave(quint32 replica, quint64 seq)
{
    Statement& upsert = m_db.cached("INSERT INTO sync_have (replica_idx, seq) VALUES (?, ?) "
                                    "ON CONFLICT (replica_idx) DO UPDATE SET seq = excluded.seq");
    upsert.bind(1, qint64(replica));
    upsert.bind(2, qint64(seq));
    return upsert.run();
}

namespace {

// A create compacted to its record (kind 2, docs/decisions/0093): its values are the record's,
// as OpCapture::created captures them (non-null columns; created_at when it differs from the
// clock's time, added when sealed). A field edited since carries its later value here and in the
// edit's own op.
bool recordFields(Database& db, QHash<const TableSpec*, std::shared_ptr<Statement>>& reads, Op& op)
{
    if (!op.table)
        return false;
    std::shared_ptr<Statement>& read = reads[op.table];
    if (!read) {
        QByteArray columns = "created_at";
        for (const char* column : op.table->columns)
            columns += QByteArray(", ") + column;
        read = std::make_shared<Statement>(
            db.handle(), "SELECT " + columns + " FROM " + op.table->name + " WHERE id = ?");
    }
    read->bind(1, op.row);
    const bool found = read->step() == Statement::Step::Row;
    if (found) {
        for (int i = 0; i < op.table->columns.size(); ++i) {
            if (!read->isNull(i + 1))
                op.fields.append({ i + 1, read->value(i + 1) });
        }
        op.createdAt = read->int64(0); // batch::seal adds it as field 999 when it differs
    }
    read->reset();
    return found;
}

} // namespace

QList<Op> SyncStore::localOps(quint32 replica, quint64 afterSeq, qsizetype limit)
{
    QList<Op> ops;
    QHash<const TableSpec*, std::shared_ptr<Statement>> reads;
    Statement select(m_db.handle(),
        "SELECT seq, hlc, table_name, row_id, kind, fields FROM sync_op "
        "WHERE replica_idx = ? AND seq > ? ORDER BY seq LIMIT ?");
    select.bind(1, qint64(replica));
    select.bind(2, qint64(afterSeq));
    select.bind(3, qint64(limit));
    while (select.step() == Statement::Step::Row) {
        Op op;
        op.seq = quint64(select.int64(0));
        op.hlc = quint64(select.int64(1));
        op.tableName = select.text(2).toLatin1();
        op.table = tables::byName(op.tableName);
        op.row = select.uuid(3);
        op.create = select.int64(4) != 1;
        op.createdAt = qint64(op.hlc >> 16);
        if (select.int64(4) == 2)
            (void)recordFields(m_db, reads, op);
        else
            op.rawFields = select.blob(5); // created_at, if captured, is field 999 in there
        ops << op;
    }
    return ops;
}

quint64 SyncStore::sealedUpTo(quint32 replica)
{
    Statement max(
        m_db.handle(), "SELECT coalesce(max(last_seq), 0) FROM sync_batch WHERE replica_idx = ?");
    max.bind(1, qint64(replica));
    max.step();
    return quint64(max.int64(0));
}

QList<LocalEpoch> SyncStore::epochs(quint32 replica)
{
    QList<LocalEpoch> list;
    Statement select(m_db.handle(),
        "SELECT first_seq, deps FROM sync_epoch WHERE replica_idx = ? "
        "ORDER BY first_seq");
    select.bind(1, qint64(replica));
    while (select.step() == Statement::Step::Row)
        list.append({ quint64(select.int64(0)), decodeVector(select.blob(1)) });
    return list;
}

Status SyncStore::addEpoch(quint32 replica, quint64 firstSeq, const Vector& deps)
{
    Statement insert(m_db.handle(),
        "INSERT OR REPLACE INTO sync_epoch (replica_idx, first_seq, "
        "deps) VALUES (?, ?, ?)");
    insert.bind(1, qint64(replica));
    insert.bind(2, qint64(firstSeq));
    insert.bindBlob(3, encodeVector(deps));
    return insert.run();
}

Status SyncStore::storeBatch(const StoredBatch& batch)
{
    Statement insert(m_db.handle(),
        "INSERT INTO sync_batch (replica_idx, first_seq, last_seq, "
        "hash, bytes) VALUES (?, ?, ?, ?, ?)");
    insert.bind(1, qint64(batch.replica));
    insert.bind(2, qint64(batch.firstSeq));
    insert.bind(3, qint64(batch.lastSeq));
    insert.bindBlob(4, batch.hash);
    insert.bindBlob(5, batch.bytes);
    return insert.run();
}

namespace {
StoredBatch readBatch(Statement& select)
{
    return { quint32(select.int64(0)), quint64(select.int64(1)), quint64(select.int64(2)),
        select.blob(3), select.blob(4) };
}
} // namespace

QList<StoredBatch> SyncStore::batchesBeyond(const Vector& peer)
{
    QList<StoredBatch> list;
    Statement select(m_db.handle(),
        "SELECT replica_idx, first_seq, last_seq, hash, bytes "
        "FROM sync_batch WHERE length(bytes) > 0 "
        "ORDER BY replica_idx, first_seq");
    while (select.step() == Statement::Step::Row) {
        if (quint64(select.int64(2)) > peer.value(quint32(select.int64(0))))
            list << readBatch(select);
    }
    return list;
}

QList<StoredBatch> SyncStore::overlapping(quint32 replica, quint64 first, quint64 last)
{
    QList<StoredBatch> list;
    Statement select(m_db.handle(),
        "SELECT replica_idx, first_seq, last_seq, hash, bytes "
        "FROM sync_batch WHERE replica_idx = ? AND first_seq <= ? "
        "AND last_seq >= ?");
    select.bind(1, qint64(replica));
    select.bind(2, qint64(last));
    select.bind(3, qint64(first));
    while (select.step() == Statement::Step::Row)
        list << readBatch(select);
    return list;
}

QList<StoredBatch> SyncStore::allBatches()
{
    return batchesBeyond({});
}

Status SyncStore::addBacklog(
    quint32 replica, quint64 firstSeq, const QString& reason, qint64 at, const QByteArray& bytes)
{
    Statement insert(m_db.handle(),
        "INSERT OR REPLACE INTO sync_backlog (replica_idx, first_seq, "
        "reason, received_at, bytes) VALUES (?, ?, ?, ?, ?)");
    insert.bind(1, qint64(replica));
    insert.bind(2, qint64(firstSeq));
    insert.bind(3, reason);
    insert.bind(4, at);
    insert.bindBlob(5, bytes);
    return insert.run();
}

QList<QPair<QString, QByteArray>> SyncStore::backlog()
{
    QList<QPair<QString, QByteArray>> list;
    Statement select(m_db.handle(),
        "SELECT reason, bytes FROM sync_backlog "
        "ORDER BY replica_idx, first_seq");
    while (select.step() == Statement::Step::Row)
        list.append({ select.text(0), select.blob(1) });
    return list;
}

Status SyncStore::removeBacklog(quint32 replica, quint64 firstSeq)
{
    Statement remove(
        m_db.handle(), "DELETE FROM sync_backlog WHERE replica_idx = ? AND first_seq = ?");
    remove.bind(1, qint64(replica));
    remove.bind(2, qint64(firstSeq));
    return remove.run();
}

QList<BacklogEntry> SyncStore::backlogEntries(const QString& reason)
{
    QList<BacklogEntry> list;
    Statement select(m_db.handle(),
        "SELECT replica_idx, first_seq, received_at, bytes FROM "
        "sync_backlog WHERE reason = ? ORDER BY received_at, "
        "replica_idx, first_seq");
    select.bind(1, reason);
    while (select.step() == Statement::Step::Row) {
        list.append({ quint32(select.int64(0)), quint64(select.int64(1)), reason, select.int64(2),
            select.blob(3) });
    }
    return list;
}

Status SyncStore::setBacklogReason(quint32 replica, quint64 firstSeq, const QString& reason)
{
    Statement update(m_db.handle(),
        "UPDATE sync_backlog SET reason = ? WHERE replica_idx = ? "
        "AND first_seq = ?");
    update.bind(1, reason);
    update.bind(2, qint64(replica));
    update.bind(3, qint64(firstSeq));
    return update.run();
}

qint64 SyncStore::backlogCount(const QString& reason)
{
    Statement count(m_db.handle(), "SELECT count(*) FROM sync_backlog WHERE reason = ?");
    count.bind(1, reason);
    count.step();
    return count.int64(0);
}

Vector SyncStore::peerHave(const QUuid& office)
{
    Vector vector;
    Statement select(
        m_db.handle(), "SELECT replica_idx, seq FROM sync_peer_have WHERE office_id = ?");
    select.bind(1, office);
    while (select.step() == Statement::Step::Row)
        vector.insert(quint32(select.int64(0)), quint64(select.int64(1)));
    return vector;
}

Status SyncStore::raisePeerHave(const QUuid& office, quint32 replica, quint64 seq)
{
    Statement upsert(m_db.handle(),
        "INSERT INTO sync_peer_have (office_id, replica_idx, seq) VALUES (?, ?, ?) "
        "ON CONFLICT (office_id, replica_idx) DO UPDATE SET "
        "seq = max(seq, excluded.seq)");
    upsert.bind(1, office);
    upsert.bind(2, qint64(replica));
    upsert.bind(3, qint64(seq));
    return upsert.run();
}

Status SyncStore::clearPeerHave(const QUuid& office)
{
    Statement remove(m_db.handle(), "DELETE FROM sync_peer_have WHERE office_id = ?");
    remove.bind(1, office);
    return remove.run();
}

bool SyncStore::bundleSeen(const QByteArray& bundleId)
{
    Statement select(m_db.handle(), "SELECT 1 FROM sync_bundle_log WHERE bundle_id = ?");
    select.bindBlob(1, bundleId);
    return select.step() == Statement::Step::Row;
}

Status SyncStore::logBundle(const QByteArray& bundleId, bool sent, const QUuid& office, qint64 at,
    qint64 batches, const QString& summary)
{
    Statement insert(m_db.handle(),
        "INSERT OR REPLACE INTO sync_bundle_log (bundle_id, direction, "
        "office_id, at, batches, summary) VALUES (?, ?, ?, ?, ?, ?)");
    insert.bindBlob(1, bundleId);
    insert.bind(2, sent ? QStringLiteral("sent") : QStringLiteral("received"));
    insert.bind(3, office);
    insert.bind(4, at);
    insert.bind(5, batches);
    insert.bind(6, summary);
    return insert.run();
}

Status SyncStore::alert(qint64 at, const QString& kind, const QString& detail)
{
    Statement insert(m_db.handle(), "INSERT INTO sync_alert (at, kind, detail) VALUES (?, ?, ?)");
    insert.bind(1, at);
    insert.bind(2, kind);
    insert.bind(3, detail);
    return insert.run();
}

bool SyncStore::alerted(const QString& kind, const QString& marker)
{
    Statement query(
        m_db.handle(), "SELECT 1 FROM sync_alert WHERE kind = ? AND instr(detail, ?) > 0 LIMIT 1");
    query.bind(1, kind);
    query.bind(2, marker);
    return query.step() == Statement::Step::Row;
}

} // namespace tansiq::sync
