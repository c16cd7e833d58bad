#include "Merger.h"

#include "CborIn.h"
#include "CborOut.h"
#include "HybridClock.h"
#include "OpCodec.h"
#include "registry/RecordWriter.h"
#include "registry/TableSpec.h"
#include "storage/Database.h"

#include <QCborStreamWriter>

namespace tansiq::sync {

Merger::Merger(Database& db, RecordWriter& writer, ReplicaDirectory& replicas)
    : m_db(db), m_writer(writer), m_replicas(replicas)
{
}

bool Merger::inPast(const Version& v, quint32 origin, quint64 seq, const Vector& deps) const
{
    if (v.isNull())
        return true;
    if (v.replica == origin)
        return v.seq < seq;
    return deps.value(v.replica) >= v.seq;
}

bool Merger::wins(const Version& a, const Version& b)
{
    if (a.hlc != b.hlc)
        return a.hlc > b.hlc;
    return m_replicas.replicaId(a.replica) > m_replicas.replicaId(b.replica);
}

namespace {

QByteArray encodeHeads(const QList<QByteArray>& replicas, const QList<quint64>& seqs,
                       const QList<quint64>& hlcs, const QVariantList& values)
{
    QByteArray bytes;
    cborout::array(bytes, quint64(replicas.size()));
    for (qsizetype i = 0; i < replicas.size(); ++i) {
        cborout::array(bytes, 4);
        cborout::bytes(bytes, replicas.at(i));
        cborout::uint(bytes, seqs.at(i));
        cborout::uint(bytes, hlcs.at(i));
        opcodec::writeValue(bytes, values.at(i), nullptr);
    }
    return bytes;
}

}  // namespace

QList<Merger::Head> Merger::openHeads(const QUuid& row, int field, qint64* conflictId)
{
    QList<Head> heads;
    *conflictId = -1;
    Statement& select = m_db.cached("SELECT id, heads FROM sync_conflict WHERE row_id = ? AND "
                                    "field = ? AND resolved_at IS NULL");
    select.bind(1, row);
    select.bind(2, qint64(field));
    if (select.step() == Statement::Step::Row) {
        *conflictId = select.int64(0);
        CborIn in(select.blob(1));
        const qsizetype count = in.enterArray(1000);
        for (qsizetype i = 0; i < count && in.ok(); ++i) {
            Head head;
            in.enterArray(4);
            head.replica = in.bytes(16, 16);
            head.seq = in.unsignedInt();
            head.hlc = in.unsignedInt();
            qint64 unused = -1;
            head.value = in.scalar(1 << 20, &unused);
            in.leave();
            heads << head;
        }
    }
    select.reset();
    return heads;
}

Status Merger::recordConflict(const Op& op, int field, const QString& kind, QList<Head> heads,
                              qint64 now)
{
    qint64 id = -1;
    const QList<Head> existing = openHeads(op.row, field, &id);
    for (const Head& head : existing) {
        bool known = false;
        for (const Head& h : heads)
            known = known || (h.replica == head.replica && h.seq == head.seq);
        if (!known)
            heads << head;
    }
    QList<QByteArray> replicas;
    QList<quint64> seqs, hlcs;
    QVariantList values;
    for (const Head& head : heads) {
        replicas << head.replica;
        seqs << head.seq;
        hlcs << head.hlc;
        values << head.value;
    }
    const QByteArray encoded = encodeHeads(replicas, seqs, hlcs, values);
    if (id >= 0) {
        Statement update(m_db.handle(), "UPDATE sync_conflict SET heads = ? WHERE id = ?");
        update.bindBlob(1, encoded);
        update.bind(2, id);
        return update.run();
    }
    Statement insert(m_db.handle(), "INSERT INTO sync_conflict (table_name, row_id, field, kind, "
                                    "heads, detected_at) VALUES (?, ?, ?, ?, ?, ?)");
    insert.bind(1, QString::fromLatin1(op.tableName));
    insert.bind(2, op.row);
    insert.bind(3, qint64(field));
    insert.bind(4, kind);
    insert.bindBlob(5, encoded);
    insert.bind(6, now);
    return insert.run();
}

Status Merger::settleConflict(const Op& op, int field, quint32 origin, const Vector& deps,
                              qint64 now)
{
    qint64 id = -1;
    const QList<Head> heads = openHeads(op.row, field, &id);
    if (id < 0)
        return success();
    for (const Head& head : heads) {
        const qint64 replica = m_replicas.find(head.replica);
        const Version v{quint32(qMax<qint64>(replica, 0)), quint32(head.seq), head.hlc};
        if (replica < 0 || !inPast(v, origin, op.seq, deps))
            return success();  // a competing value the writer had not seen: still open
    }
    Statement resolve(m_db.handle(), "UPDATE sync_conflict SET resolved_at = ? WHERE id = ?");
    resolve.bind(1, now);
    resolve.bind(2, id);
    return resolve.run();
}

int Merger::rowState(const TableSpec& table, const QUuid& id)
{
    // Prepared once per connection: Database::cached keys on the SQL text's address, so the
    // texts live in a constant table built once from the TableSpecs.
    static const QHash<const TableSpec*, QByteArray> sql = [] {
        QHash<const TableSpec*, QByteArray> texts;
        for (const TableSpec* spec : tables::all())
            texts.insert(spec, QByteArray("SELECT deleted FROM ") + spec->name + " WHERE id = ?");
        return texts;
    }();
    const auto it = sql.constFind(&table);
    if (it == sql.constEnd())
        return -1;
    Statement& select = m_db.cached(it.value().constData());
    select.bind(1, id);
    const int state = select.step() == Statement::Step::Row ? int(select.int64(0)) : -1;
    select.reset();
    return state;
}

Status Merger::apply(const Op& op, quint32 origin, const QUuid& originOffice, const Vector& deps,
                     qint64 now, Counts& counts)
{
    if (!op.table) {
        ++counts.unknown;
        return success();
    }
    const TableSpec& table = *op.table;
    const Version incoming{origin, quint32(op.seq), op.hlc};
    const qint64 opMs = HybridClock::millis(op.hlc);
    Statement& readVersions = m_db.cached("SELECT versions FROM sync_row WHERE row_id = ?");
    readVersions.bind(1, op.row);
    const bool tracked = readVersions.step() == Statement::Step::Row;
    FieldVersions versions = tracked ? FieldVersions::decode(readVersions.blob(0)) : FieldVersions();
    readVersions.reset();
    Statement& saveVersions =
        m_db.cached("INSERT OR REPLACE INTO sync_row (row_id, versions) VALUES (?, ?)");

    if (!tracked && rowState(table, op.row) < 0) {
        // A record this office has never seen: created as sent. Its creation is in the past of
        // every later write to it, so it needs versions only once it is edited.
        const Status written = m_writer.applyRemote(table, op.row, true, op.fields, originOffice,
                                                    op.createdAt, opMs);
        if (written.ok())
            ++counts.applied;
        return written;
    }

    const std::optional<QVariantList> current = m_writer.read(table, op.row);
    const bool deletedNow = rowState(table, op.row) != 0;
    const auto replicaOf = [&](quint32 index) { return m_replicas.replicaId(index); };
    QList<FieldValue> changes;
    bool editSeen = false;
    for (const FieldValue& field : op.fields) {
        if (field.field == kDeletedField || field.field > table.columns.size())
            continue;
        editSeen = true;
        const Version held = versions.of(field.field);
        const QVariant heldValue = current ? current->value(field.field - 1) : QVariant();
        if (inPast(held, origin, op.seq, deps)) {
            changes << field;
            versions.set(field.field, incoming);
            const Status settled = settleConflict(op, field.field, origin, deps, now);
            if (!settled.ok())
                return settled;
            continue;
        }
        const bool same = opcodec::canonical(heldValue) == opcodec::canonical(field.value);
        if (wins(incoming, held)) {
            changes << field;
            versions.set(field.field, incoming);
        }
        if (!same) {
            ++counts.conflicts;
            const Status recorded = recordConflict(
                op, field.field, QStringLiteral("value"),
                {{replicaOf(held.replica), held.seq, held.hlc, heldValue},
                 {replicaOf(origin), op.seq, op.hlc, field.value}},
                now);
            if (!recorded.ok())
                return recorded;
        }
    }

    for (const FieldValue& field : op.fields) {
        if (field.field != kDeletedField)
            continue;
        const bool deleting = field.value.toLongLong() != 0;
        if (deleting) {
            bool sawAll = true;
            for (const Version& v : versions.all())
                sawAll = sawAll && inPast(v, origin, op.seq, deps);
            if (sawAll) {
                changes << FieldValue{kDeletedField, qint64(1)};
                versions.set(kDeletedField, incoming);
                const Status settled = settleConflict(op, kDeletedField, origin, deps, now);
                if (!settled.ok())
                    return settled;
            } else {
                ++counts.conflicts;
                const Status recorded = recordConflict(
                    op, kDeletedField, QStringLiteral("edit-delete"),
                    {{replicaOf(origin), op.seq, op.hlc, qint64(1)}}, now);
                if (!recorded.ok())
                    return recorded;
            }
        } else {
            changes << FieldValue{kDeletedField, qint64(0)};
            versions.set(kDeletedField, incoming);
            const Status settled = settleConflict(op, kDeletedField, origin, deps, now);
            if (!settled.ok())
                return settled;
        }
    }

    // An edit the writer made without having seen the delete: keep the record, flag it.
    const Version deletion = versions.of(kDeletedField);
    if (editSeen && deletedNow && !inPast(deletion, origin, op.seq, deps)) {
        changes << FieldValue{kDeletedField, qint64(0)};
        versions.set(kDeletedField, incoming);
        ++counts.conflicts;
        const Status recorded = recordConflict(
            op, kDeletedField, QStringLiteral("edit-delete"),
            {{replicaOf(deletion.replica), deletion.seq, deletion.hlc, qint64(1)}}, now);
        if (!recorded.ok())
            return recorded;
    }

    ++counts.applied;
    if (!changes.isEmpty()) {
        const Status written = m_writer.applyRemote(table, op.row, false, changes, originOffice,
                                                    op.createdAt, opMs);
        if (!written.ok())
            return written;
    }
    saveVersions.bind(1, op.row);
    saveVersions.bindBlob(2, versions.encode());
    return saveVersions.run();
}

}  // namespace tansiq::sync
