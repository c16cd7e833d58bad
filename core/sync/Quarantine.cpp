#include "core/sync/Quarantine.h"

#include "core/common/Clock.h"
#include "core/storage/Transaction.h"
#include "core/sync/Batch.h"
#include "core/sync/BatchApplier.h"
#include "core/sync/HybridClock.h"
#include "core/sync/SyncContext.h"

#include <QCoreApplication>

namespace tansiq::sync {

namespace {

QString idOf(const Batch& batch)
{
    return QString::fromLatin1(batch.hash.left(4).toHex());
}

} // namespace

Quarantine::Quarantine(SyncContext& context) : m_context(context)
{
}

QList<QuarantinedBatch> Quarantine::list()
{
    QList<QuarantinedBatch> list;
    for (const QString& reason : { QStringLiteral("future-clock"), QStringLiteral("released") }) {
        for (const BacklogEntry& entry : m_context.store().backlogEntries(reason)) {
            const Result<Batch> batch = batch::parse(entry.bytes);
            if (!batch.ok())
                continue;
            const BatchHeader& h = batch->header;
            list.append({ idOf(batch.value()), h.originOffice, m_context.officeName(h.originOffice),
                h.firstSeq, h.lastSeq, h.opCount, HybridClock::millis(h.maxHlc), entry.receivedAt,
                reason == u"released" });
        }
    }
    return list;
}

Result<ImportSummary> Quarantine::release(const QStringList& ids)
{
    Transaction tx(m_context.db());
    if (!tx.begun().ok())
        return tx.begun();
    const Result<quint32> local = m_context.localReplica();
    if (!local.ok())
        return local;
    const qint64 now = m_context.clock().nowMs();
    SyncStore& store = m_context.store();
    QStringList wanted;
    for (const QString& id : ids)
        wanted << id.trimmed().toLower();
    QStringList unknown = wanted;
    Status step = success();
    for (const BacklogEntry& entry : store.backlogEntries(QStringLiteral("future-clock"))) {
        const Result<Batch> batch = batch::parse(entry.bytes);
        if (!batch.ok() || (!wanted.isEmpty() && !wanted.contains(idOf(batch.value()))))
            continue;
        unknown.removeAll(idOf(batch.value()));
        step = store.setBacklogReason(entry.replica, entry.firstSeq, QStringLiteral("released"));
        if (step.ok())
            step = store.alert(now, QStringLiteral("quarantine-released"),
                QStringLiteral("%1, operations %2-%3, clock %4")
                    .arg(m_context.officeName(batch->header.originOffice))
                    .arg(batch->header.firstSeq)
                    .arg(batch->header.lastSeq)
                    .arg(HybridClock::millis(batch->header.maxHlc)));
        if (!step.ok())
            return step;
    }
    if (!unknown.isEmpty()) {
        return Issue::error(QStringLiteral("quarantine-unknown"),
            QCoreApplication::translate("tansiq::sync", "batch"), unknown.first(),
            QCoreApplication::translate("tansiq::sync",
                "No quarantined batch “%1” (see the list); "
                "nothing was released.")
                .arg(unknown.first()));
    }
    ImportSummary summary;
    QList<PendingBatch> none;
    BatchApplier applier(m_context, local.value(), now);
    step = applier.run(none, summary);
    if (step.ok())
        step = tx.commit();
    if (!step.ok())
        return step;
    return summary;
}

} // namespace tansiq::sync
