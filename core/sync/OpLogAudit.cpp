#include "OpLogAudit.h"

#include "Batch.h"
#include "FieldVersions.h"
#include "OpCodec.h"
#include "registry/TableSpec.h"
#include "storage/Database.h"

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
    QHash<int, QByteArray> values;  // canonical
};

}  // namespace

QStringList auditOpLog(Database& db, int maxProblems)
{
    QHash<OpKey, OpFields> ops;
    {
        Statement local(db.handle(), "SELECT replica_idx, seq, kind, fields FROM sync_op");
        while (local.step() == Statement::Step::Row) {
            QList<FieldValue> fields;
            opcodec::decodeFields(local.blob(3), fields);
            OpFields& entry = ops[{quint32(local.int64(0)), quint32(local.int64(1))}];
            entry.create = local.int64(2) == 0;
            for (const FieldValue& field : fields)
                entry.values.insert(field.field, opcodec::canonical(field.value));
        }
        Statement batches(db.handle(), "SELECT replica_idx, bytes FROM sync_batch");
        while (batches.step() == Statement::Step::Row) {
            const Result<Batch> batch = batch::parse(batches.blob(1));
            const Result<QList<Op>> decoded =
                batch.ok() ? batch::decodeOps(batch.value()) : Result<QList<Op>>::failure({});
            if (!decoded.ok())
                continue;
            for (const Op& op : decoded.value()) {
                OpFields& entry = ops[{quint32(batches.int64(0)), quint32(op.seq)}];
                entry.create = op.create;
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
        Statement rows(db.handle(), "SELECT t.id, t.origin_office, s.versions" + columns
                                        + " FROM " + spec->name
                                        + " t LEFT JOIN sync_row s ON s.row_id = t.id");
        while (rows.step() == Statement::Step::Row && problems.size() < maxProblems) {
            const QString where = QStringLiteral("%1 %2").arg(
                QString::fromLatin1(spec->name), rows.uuid(0).toString(QUuid::WithoutBraces));
            if (rows.isNull(2)) {
                // Seed rows (origin office all zeros) are identical everywhere: no ops.
                if (rows.uuid(1) != QUuid())
                    problems << where + QStringLiteral(": no operation recorded");
                continue;
            }
            const FieldVersions versions = FieldVersions::decode(rows.blob(2));
            for (int f = 1; f <= spec->columns.size(); ++f) {
                const Version v = versions.of(f);
                if (v.isNull())
                    continue;
                const auto op = ops.constFind({v.replica, v.seq});
                if (op == ops.constEnd()) {
                    problems << where + QStringLiteral(": operation %1/%2 missing").arg(v.replica).arg(v.seq);
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

}  // namespace tansiq::sync
