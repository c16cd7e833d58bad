#include "core/publish/ChangeFeed.h"

#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "core/sync/Batch.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace tansiq::publish {

namespace {

Issue readFailure(const QString& detail)
{
    return Issue::error(QStringLiteral("publish-read"), QString(), QString(),
        QCoreApplication::translate(
            "tansiq::publish::ChangeFeed", "The registry's operation log could not be read: %1")
            .arg(detail));
}

} // namespace

qsizetype Changes::count() const
{
    qsizetype n = 0;
    for (const QSet<QByteArray>& ids : rows)
        n += ids.size();
    return n;
}

QString frontierToText(const Frontier& frontier)
{
    QJsonObject object;
    for (auto it = frontier.begin(); it != frontier.end(); ++it)
        object.insert(it.key(), QString::number(it.value()));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Frontier frontierFromText(const QString& text)
{
    Frontier frontier;
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        frontier.insert(it.key(), it.value().toString().toULongLong());
    return frontier;
}

Result<Frontier> ChangeFeed::heads()
{
    Statement replicas(m_db.handle(),
        "SELECT r.replica_id, max(coalesce((SELECT max(seq) FROM sync_op o WHERE "
        "o.replica_idx = r.idx), 0), coalesce((SELECT seq FROM sync_have h WHERE "
        "h.replica_idx = r.idx), 0)) FROM sync_replica r");
    Frontier heads;
    Statement::Step step;
    while ((step = replicas.step()) == Statement::Step::Row) {
        const quint64 head = quint64(replicas.int64(1));
        if (head > 0)
            heads.insert(QString::fromLatin1(replicas.blob(0).toHex()), head);
    }
    if (step == Statement::Step::Error)
        return readFailure(replicas.lastError());
    return heads;
}

Result<Changes> ChangeFeed::since(const Frontier& since, const Frontier& heads)
{
    Changes changes;
    changes.complete = true;
    Statement index(m_db.handle(), "SELECT idx FROM sync_replica WHERE replica_id = ?");
    Statement local(m_db.handle(),
        "SELECT seq, table_name, row_id FROM sync_op WHERE replica_idx = ? AND seq > ? "
        "AND seq <= ?");
    // A batch compacted away (empty bytes, decision 0093) names nothing: its span counts as
    // missing, so the run compares every record instead.
    Statement batches(m_db.handle(),
        "SELECT bytes FROM sync_batch WHERE replica_idx = ? AND last_seq > ? AND "
        "first_seq <= ? AND length(bytes) > 0");
    for (auto it = heads.begin(); it != heads.end(); ++it) {
        const quint64 from = since.value(it.key(), 0);
        const quint64 to = it.value();
        if (to == from)
            continue;
        if (to < from) {
            changes.complete = false;
            changes.incompleteReason = QCoreApplication::translate(
                "tansiq::publish::ChangeFeed", "the registry is behind the last publication");
            return changes;
        }
        index.bindBlob(1, QByteArray::fromHex(it.key().toLatin1()));
        if (index.step() != Statement::Step::Row) {
            index.reset();
            return readFailure(index.lastError());
        }
        const qint64 idx = index.int64(0);
        index.reset();
        QSet<quint64> seen;
        local.bind(1, idx).bind(2, qint64(from)).bind(3, qint64(to));
        Statement::Step step;
        while ((step = local.step()) == Statement::Step::Row) {
            seen.insert(quint64(local.int64(0)));
            changes.rows[local.text(1).toLatin1()].insert(local.blob(2));
        }
        local.reset();
        if (step == Statement::Step::Error)
            return readFailure(local.lastError());
        batches.bind(1, idx).bind(2, qint64(from)).bind(3, qint64(to));
        while ((step = batches.step()) == Statement::Step::Row) {
            const Result<sync::Batch> batch = sync::batch::parse(batches.blob(0));
            if (!batch.ok())
                return batch;
            const Result<QList<sync::Op>> ops = sync::batch::decodeOps(batch.value());
            if (!ops.ok())
                return ops;
            for (const sync::Op& op : ops.value()) {
                if (op.seq <= from || op.seq > to || seen.contains(op.seq))
                    continue;
                seen.insert(op.seq);
                changes.rows[op.tableName].insert(op.row.toRfc4122());
            }
        }
        batches.reset();
        if (step == Statement::Step::Error)
            return readFailure(batches.lastError());
        if (quint64(seen.size()) != to - from) {
            changes.complete = false;
            changes.incompleteReason = QCoreApplication::translate("tansiq::publish::ChangeFeed",
                "operations since the last publication were compacted");
            return changes;
        }
    }
    return changes;
}

} // namespace tansiq::publish
