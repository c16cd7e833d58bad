#include "core/sync/Merger.h"

#include "core/registry/RecordWriter.h"
#include "core/registry/TableSpec.h"
#include "core/storage/Database.h"
#include "core/sync/CborIn.h"
#include "core/sync/CborOut.h"
#include "core/sync/HybridClock.h"
#include "core/sync/OpCodec.h"

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

} // namespace

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

Status Merger::recordConflict(
    const Op& op, int field, const QString& kind, QList<Head> heads, qint64 now)
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
    Statement insert(m_db.handle(),
        "INSERT INTO sync_conflict (table_name, row_id, field, kind, "
        "heads, detected_at) VALUES (?, ?, ?, ?, ?, ?)");
    insert.bind(1, QString::fromLatin1(op.tableName));
    insert.bind(2, op.row);
    insert.bind(3, qint64(field));
    insert.bind(4, kind);
    insert.bindBlob(5, encoded);
    insert.bind(6, now);
    return insert.run();
}

Status Merger::settleConflict(
    const Op& op, int field, quint32 origin, const Vector& deps, qint64 now)
{
    qint64 id = -1;
    const QList<Head> heads = openHeads(op.row, field, &id);
    if (id < 0)
        return success();
    for (const Head& head : heads) {
        const qint64 replica = m_replicas.find(head.replica);
        const Version v { quint32(qMax<qint64>(replica, 0)), quint32(head.seq), head.hlc };
        if (replica < 0 || !inPast(v, origin, op.seq, deps))
            return success(); // a competing value the writer had not seen: still open
    }
    Statement resolve(m_db.handle(), "UPDATE sync_conflict SET resolved_at = ? WHERE id = ?");
    resolve.bind(1, now);
    resolve.bind(2, id);
    return resolve.run();
}

Statement& Merger::stateOf(const TableSpec& table)
{
    // The texts are built once from the TableSpecs, not per op (Database::cached finds the
    // prepared statement by its text): one statement, stepped once per op, where the versions
    // and the row were two.
    static const QHash<const TableSpec*, QByteArray> sql = [] {
        QHash<const TableSpec*, QByteArray> texts;
        for (const TableSpec* spec : tables::all())
            texts.insert(spec,
                QByteArray("SELECT (SELECT versions FROM sync_row WHERE row_id = ?1), "
                           "(SELECT deleted FROM ")
                    + spec->name + " WHERE id = ?1)");
        return texts;
    }();
    return m_db.cached(sql.constFind(&table).value().constData());
}

// What apply() has learnt and decided about one op, passed between its steps.
struct Merger::Merge {
    const Op& op;
    const TableSpec& table;
    quint32 origin;
    const Vector& deps;
    qint64 now;
    Counts& counts;
    Version incoming;
    FieldVersions versions; // the record's field versions, updated as fields merge
    std::optional<QVariantList> current; // the record's values before the op
    bool deletedNow; // whether the record is a tombstone before the op
    bool editSeen; // whether the op edits a field this version knows
    QList<FieldValue> changes; // what the op changes, once merged

    bool inPast(const Merger& merger, const Version& v) const
    {
        return merger.inPast(v, origin, op.seq, deps);
    }
};

Status Merger::apply(const Op& op, quint32 origin, const QUuid& originOffice, const Vector& deps,
    qint64 now, Counts& counts)
{
    if (!op.table) {
        ++counts.unknown;
        return success();
    }
    const TableSpec& table = *op.table;
    // The record's field versions and whether it exists (and is deleted), in one lookup.
    Statement& lookup = stateOf(table);
    lookup.bind(1, op.row);
    bool tracked = false;
    int state = -1; // -1 missing, 0 live, 1 deleted
    FieldVersions versions;
    if (lookup.step() == Statement::Step::Row) {
        tracked = !lookup.isNull(0);
        if (tracked)
            versions = FieldVersions::decode(lookup.blob(0));
        if (!lookup.isNull(1))
            state = int(lookup.int64(1));
    }
    lookup.reset();

    if (!tracked && state < 0) {
        // A record this office has never seen: created as sent. Its creation is in the past of
        // every later write to it, so it needs versions only once it is edited.
        const Status written = m_writer.applyRemote(table, op.row, true, op.fields, originOffice,
            op.createdAt, HybridClock::millis(op.hlc));
        if (written.ok())
            ++counts.applied;
        return written;
    }

    Merge merge { op, table, origin, deps, now, counts, Version { origin, quint32(op.seq), op.hlc },
        std::move(versions), m_writer.read(table, op.row), state != 0, false, {} };
    Status step = mergeValues(merge);
    if (step.ok())
        step = mergeDeletion(merge);
    if (step.ok())
        step = keepEditedRecord(merge);
    if (!step.ok())
        return step;
    ++counts.applied;
    return write(merge, originOffice);
}

// The op's value supersedes the field's: it becomes the row's, under the op's version.
void Merger::take(Merge& merge, const FieldValue& value)
{
    merge.changes << value;
    merge.versions.set(value.field, merge.incoming);
}

// The same, when the writer had seen every competing value: an open conflict on the field is
// settled by it.
Status Merger::takeAndSettle(Merge& merge, const FieldValue& value)
{
    take(merge, value);
    return settleConflict(merge.op, value.field, merge.origin, merge.deps, merge.now);
}

Status Merger::conflict(Merge& merge, int field, const QString& kind, QList<Head> heads)
{
    ++merge.counts.conflicts;
    return recordConflict(merge.op, field, kind, std::move(heads), merge.now);
}

// Field values: superseded when the held version is in the op's past; otherwise concurrent,
// the higher (HLC, replica id) wins and a differing value is a conflict.
Status Merger::mergeValues(Merge& merge)
{
    const Op& op = merge.op;
    for (const FieldValue& field : op.fields) {
        if (field.field == kDeletedField || field.field > merge.table.columns.size())
            continue;
        merge.editSeen = true;
        const Version held = merge.versions.of(field.field);
        if (merge.inPast(*this, held)) {
            if (const Status settled = takeAndSettle(merge, field); !settled.ok())
                return settled;
            continue;
        }
        const QVariant heldValue
            = merge.current ? merge.current->value(field.field - 1) : QVariant();
        const bool same = opcodec::canonical(heldValue) == opcodec::canonical(field.value);
        if (wins(merge.incoming, held))
            take(merge, field);
        if (same)
            continue;
        const Status recorded = conflict(merge, field.field, QStringLiteral("value"),
            { { m_replicas.replicaId(held.replica), held.seq, held.hlc, heldValue },
                { m_replicas.replicaId(merge.origin), op.seq, op.hlc, field.value } });
        if (!recorded.ok())
            return recorded;
    }
    return success();
}

// The deleted flag: a delete takes effect only if its writer had seen every version of the
// record, otherwise it is an edit-delete conflict; an undelete always takes effect.
Status Merger::mergeDeletion(Merge& merge)
{
    const Op& op = merge.op;
    for (const FieldValue& field : op.fields) {
        if (field.field != kDeletedField)
            continue;
        if (field.value.toLongLong() == 0) {
            if (const Status settled = takeAndSettle(merge, { kDeletedField, qint64(0) });
                !settled.ok())
                return settled;
            continue;
        }
        bool sawAll = true;
        for (const Version& v : merge.versions.all())
            sawAll = sawAll && merge.inPast(*this, v);
        const Status step = sawAll
            ? takeAndSettle(merge, { kDeletedField, qint64(1) })
            : conflict(merge, kDeletedField, QStringLiteral("edit-delete"),
                { { m_replicas.replicaId(merge.origin), op.seq, op.hlc, qint64(1) } });
        if (!step.ok())
            return step;
    }
    return success();
}

// An edit the writer made without having seen the delete: keep the record, flag it.
Status Merger::keepEditedRecord(Merge& merge)
{
    const Version deletion = merge.versions.of(kDeletedField);
    if (!merge.editSeen || !merge.deletedNow || merge.inPast(*this, deletion))
        return success();
    take(merge, { kDeletedField, qint64(0) });
    return conflict(merge, kDeletedField, QStringLiteral("edit-delete"),
        { { m_replicas.replicaId(deletion.replica), deletion.seq, deletion.hlc, qint64(1) } });
}

// The merged changes into the row, and the record's field versions.
Status Merger::write(const Merge& merge, const QUuid& originOffice)
{
    const Op& op = merge.op;
    if (!merge.changes.isEmpty()) {
        const Status written = m_writer.applyRemote(merge.table, op.row, false, merge.changes,
            originOffice, op.createdAt, HybridClock::millis(op.hlc));
        if (!written.ok())
            return written;
    }
    Statement& saveVersions
        = m_db.cached("INSERT OR REPLACE INTO sync_row (row_id, versions) VALUES (?, ?)");
    saveVersions.bind(1, op.row);
    saveVersions.bindBlob(2, merge.versions.encode());
    return saveVersions.run();
}

} // namespace tansiq::sync
