#include "core/sync/OpCapture.h"

#include "core/common/Clock.h"
#include "core/office/LocalOffice.h"
#include "core/registry/TableSpec.h"
#include "core/storage/Database.h"
#include "core/sync/FieldVersions.h"
#include "core/sync/OpCodec.h"

namespace tansiq::sync {

OpCapture::OpCapture(Database& db, const Clock& clock) : m_db(db), m_physical(clock), m_replicas(db)
{
}

Status OpCapture::ensureReady()
{
    if (m_ready)
        return success();
    const QUuid replica(LocalOffice::setting(m_db, QStringLiteral("replica_id")));
    const QUuid office(LocalOffice::setting(m_db, QStringLiteral("office_id")));
    if (replica.isNull() || office.isNull()) {
        return Issue::error(QStringLiteral("sync-no-identity"), QString(), QString(),
            QStringLiteral("This database has no office identity yet."));
    }
    m_replicas.reload();
    const Result<quint32> index = m_replicas.indexOf(replica.toRfc4122(), office);
    if (!index.ok())
        return index;
    m_replica = index.value();
    Statement last(m_db.handle(), "SELECT max(hlc) FROM sync_op");
    if (last.step() == Statement::Step::Row && !last.isNull(0))
        m_clock.observe(quint64(last.int64(0)));
    const QString seen = LocalOffice::setting(m_db, QStringLiteral("sync_hlc"));
    if (!seen.isEmpty())
        m_clock.observe(seen.toULongLong());
    m_ready = true;
    return success();
}

quint64 OpCapture::stamp()
{
    (void)ensureReady();
    return m_clock.tick(m_physical.nowMs());
}

Status OpCapture::append(const TableSpec& table, const QUuid& id, bool create,
    const QList<FieldValue>& fields, quint64 hlc, quint32* seq)
{
    const Status ready = ensureReady();
    if (!ready.ok())
        return ready;
    // The next sequence is computed in SQL, so a rolled-back transaction leaves no gap and a
    // second writer on the same database cannot reuse a number. RETURNING only when the caller
    // needs the number: SQLite gathers its rows apart, which cost a creation (every activity of
    // a bulk fill) about a fifth of its capture.
    Statement& insert = seq
        ? m_db.cached("INSERT INTO sync_op (replica_idx, seq, hlc, table_name, row_id, kind, "
                      "fields) VALUES (?1, (SELECT coalesce(max(seq), 0) + 1 FROM sync_op WHERE "
                      "replica_idx = ?1), ?2, ?3, ?4, ?5, ?6) RETURNING seq")
        : m_db.cached("INSERT INTO sync_op (replica_idx, seq, hlc, table_name, row_id, kind, "
                      "fields) VALUES (?1, (SELECT coalesce(max(seq), 0) + 1 FROM sync_op WHERE "
                      "replica_idx = ?1), ?2, ?3, ?4, ?5, ?6)");
    insert.bind(1, qint64(m_replica));
    insert.bind(2, qint64(hlc));
    insert.bind(3, QString::fromLatin1(table.name));
    insert.bind(4, id);
    insert.bind(5, qint64(create ? 0 : 1));
    insert.bindBlob(6, opcodec::encodeFields(fields));
    const Statement::Step step = insert.step();
    if (step == Statement::Step::Error || (seq && step != Statement::Step::Row)) {
        const QString error = insert.lastError();
        insert.reset();
        return Issue::error(QStringLiteral("sync-capture"), QString::fromLatin1(table.name),
            id.toString(QUuid::WithoutBraces), error);
    }
    if (seq)
        *seq = quint32(insert.int64(0));
    insert.reset();
    return success();
}

Status OpCapture::created(const TableSpec& table, const QUuid& id, const QVariantList& stored,
    qint64 createdAt, quint64 hlc)
{
    QList<FieldValue> fields;
    fields.reserve(stored.size());
    for (int i = 0; i < stored.size(); ++i) {
        if (!stored.at(i).isNull())
            fields.append({ i + 1, stored.at(i) });
    }
    // createdAt travels as a field of its own only when it differs from the clock's time.
    if (createdAt != HybridClock::millis(hlc))
        fields.append({ kCreatedAtField, createdAt });
    // No sync_row yet: a record's creation is in the causal past of every later write to it,
    // so a record never edited since needs no versions (docs/decisions: record-level capture).
    return append(table, id, true, fields, hlc, nullptr);
}

Status OpCapture::changed(
    const TableSpec& table, const QUuid& id, const QList<FieldValue>& fields, quint64 hlc)
{
    quint32 seq = 0;
    const Status appended = append(table, id, false, fields, hlc, &seq);
    if (!appended.ok())
        return appended;
    Statement& read = m_db.cached("SELECT versions FROM sync_row WHERE row_id = ?");
    read.bind(1, id);
    FieldVersions versions;
    if (read.step() == Statement::Step::Row)
        versions = FieldVersions::decode(read.blob(0));
    read.reset();
    const Version version { m_replica, seq, hlc };
    Statement& resolve
        = m_db.cached("UPDATE sync_conflict SET resolved_at = ? WHERE row_id = ? AND field = ? "
                      "AND resolved_at IS NULL");
    for (const FieldValue& field : fields) {
        versions.set(field.field, version);
        // A local write has seen every competing value: it resolves an open conflict.
        resolve.bind(1, HybridClock::millis(hlc));
        resolve.bind(2, id);
        resolve.bind(3, qint64(field.field));
        const Status resolved = resolve.run();
        if (!resolved.ok())
            return resolved;
    }
    Statement& upsert
        = m_db.cached("INSERT OR REPLACE INTO sync_row (row_id, versions) VALUES (?, ?)");
    upsert.bind(1, id);
    upsert.bindBlob(2, versions.encode());
    return upsert.run();
}

} // namespace tansiq::sync
