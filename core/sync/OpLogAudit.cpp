#include "core/sync/OpLogAudit.h"

#include "core/registry/TableSpec.h"
#include "core/storage/Database.h"
#include "core/sync/Batch.h"
#include "core/sync/FieldVersions.h"
#include "core/sync/OpCodec.h"

#include <QHash>

namespace tansiq::sync {

namespace {

struct OpKey {
    quint32 replica;
    quint32 seq;
    bool operator==(const OpKey&) const = default;
};
size_t qHash(const OpKey& key, size_t seed = 0)
{
    return ::qHash((quint64(key.replica) << 32) | key.seq, seed);
}

struct OpFields {
    bool create = false;
    bool fromRecord = false; // a create compacted to its record (decision 0093)
    QHash<int, QByteArray> values; // canonical
};

} // namespace

QStringList auditOpLog(Database& db, int maxProblems)
{
    struct Range {
        quint32 replica, first, last;
    };
    QList<Range> compacted;
    const auto inCompacted = [&compacted](const OpKey& key) {
        for (const Range& range : compacted) {
            if (range.replica == key.replica && key.seq >= range.first && key.seq <= range.last)
                return true;
        }
        return false;
    };
    QHash<OpKey, OpFields> ops;
    QHash<QByteArray, OpKey> creations; // record id -> its create op
    {
        Statement local(db.handle(), "SELECT replica_idx, seq, kind, fields, row_id FROM sync_op");
        while (local.step() == Statement::Step::Row) {
            QList<FieldValue> fields;
            opcodec::decodeFields(local.blob(3), fields);
            const OpKey key { quint32(local.int64(0)), quint32(local.int64(1)) };
            OpFields& entry = ops[key];
            entry.create = local.int64(2) != 1;
            entry.fromRecord = local.int64(2) == 2;
            if (entry.create)
                creations.insert(local.blob(4), key);
            for (const FieldValue& field : fields)
                entry.values.insert(field.field, opcodec::canonical(field.value));
        }
        Statement batches(
            db.handle(), "SELECT replica_idx, bytes, first_seq, last_seq FROM sync_batch");
        while (batches.step() == Statement::Step::Row) {
            if (batches.blob(1).isEmpty()) {
                // Compacted (decision 0093): its operations can no longer be compared.
                compacted.append({ quint32(batches.int64(0)), quint32(batches.int64(2)),
                    quint32(batches.int64(3)) });
                continue;
            }
            const Result<Batch> batch = batch::parse(batches.blob(1));
            const Result<QList<Op>> decoded
                = batch.ok() ? batch::decodeOps(batch.value()) : Result<QList<Op>>::failure({});
            if (!decoded.ok())
                continue;
            for (const Op& op : decoded.value()) {
                const OpKey key { quint32(batches.int64(0)), quint32(op.seq) };
                OpFields& entry = ops[key];
                entry.create = op.create;
                if (op.create)
                    creations.insert(op.row.toRfc4122(), key);
                for (const FieldValue& field : op.fields)
                    entry.values.insert(field.field, opcodec::canonical(field.value));
            }
        }
    }
    QStringList problems;
    const QByteArray null = opcodec::canonical(QVariant());
    for (const TableSpec* spec : tables::all()) {
        QByteArray columns;
        for (const char* column : spec->columns)
            columns += QByteArray(", t.") + column;
        Statement rows(db.handle(),
            "SELECT t.id, t.origin_office, s.versions" + columns + " FROM " + spec->name
                + " t LEFT JOIN sync_row s ON s.row_id = t.id");
        while (rows.step() == Statement::Step::Row && problems.size() < maxProblems) {
            const QString where = QStringLiteral("%1 %2").arg(
                QString::fromLatin1(spec->name), rows.uuid(0).toString(QUuid::WithoutBraces));
            const auto created = creations.constFind(rows.blob(0));
            if (created == creations.constEnd() && rows.uuid(1) != QUuid()) {
                if (!compacted.isEmpty())
                    continue; // possibly created by a compacted batch
                problems << where + QStringLiteral(": no operation recorded");
                continue;
            }
            // Seed rows (origin office all zeros) are identical everywhere: checked only where
            // an operation changed them.
            const FieldVersions versions
                = rows.isNull(2) ? FieldVersions() : FieldVersions::decode(rows.blob(2));
            for (int f = 1; f <= spec->columns.size(); ++f) {
                const Version v = versions.of(f);
                if (v.isNull() && created == creations.constEnd())
                    continue;
                const OpKey key = v.isNull() ? created.value() : OpKey { v.replica, v.seq };
                const auto op = ops.constFind(key);
                if (inCompacted(key) || (op != ops.constEnd() && op->fromRecord && v.isNull()))
                    continue;
                if (op == ops.constEnd()) {
                    problems << where
                            + QStringLiteral(": operation %1/%2 missing").arg(v.replica).arg(v.seq);
                    break;
                }
                const QByteArray expected = op->values.value(f, op->create ? null : QByteArray());
                const QByteArray actual = opcodec::canonical(rows.value(2 + f));
                if (expected != actual) {
                    problems << where
                            + QStringLiteral(": %1 differs from its operation")
                                  .arg(QString::fromLatin1(spec->columns.at(f - 1)));
                }
            }
        }
    }
    return problems;
}

} // namespace tansiq::sync
