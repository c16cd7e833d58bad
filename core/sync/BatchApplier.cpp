#include "core/sync/BatchApplier.h"

#include "core/office/LocalOffice.h"
#include "core/registry/RecordWriter.h"
#include "core/sync/HybridClock.h"
#include "core/sync/Importer.h"
#include "core/sync/Merger.h"
#include "core/sync/OpCapture.h"
#include "core/sync/RetiredKeys.h"
#include "core/sync/SyncContext.h"
#include "core/sync/SyncLimits.h"

#include <QHash>

namespace tansiq::sync {

BatchApplier::BatchApplier(SyncContext& context, quint32 localReplica, qint64 now)
    : m_context(context), m_local(localReplica), m_now(now)
{
}

Status BatchApplier::loadBacklog(QList<PendingBatch>& pending, ImportSummary& summary)
{
    SyncStore& store = m_context.store();
    QHash<QUuid, bool> revoked; // per origin office
    const Revocations list = m_context.roster().revocations();
    for (const auto& [reason, bytes] : store.backlog()) {
        if (reason == u"equivocation")
            continue;
        const Result<Batch> batch = batch::parse(bytes);
        if (!batch.ok())
            continue;
        const BatchHeader& h = batch->header;
        auto known = revoked.constFind(h.originOffice);
        if (known == revoked.cend()) {
            const std::optional<OfficeEntry> entry = m_context.roster().office(h.originOffice);
            known = revoked.insert(h.originOffice, entry && entry->revoked);
        }
        if (known.value()) {
            // Accepted while its office was still trusted; the revocation came since.
            const Result<quint32> origin
                = m_context.replicas().indexOf(h.originReplica, h.originOffice);
            Status step = origin.ok() ? store.removeBacklog(origin.value(), h.firstSeq)
                                      : Status::failure(origin.issues());
            if (step.ok())
                step = store.alert(m_now, QStringLiteral("revoked-batch-dropped"),
                    QStringLiteral("%1, operations %2-%3")
                        .arg(m_context.officeName(h.originOffice))
                        .arg(h.firstSeq)
                        .arg(h.lastSeq));
            if (!step.ok())
                return step;
            ++summary.revokedBatches;
            continue;
        }
        // Accepted before the key that signed it was retired, and past what stays valid of it.
        const std::optional<OfficeEntry> origin
            = list.keys.isEmpty() ? std::nullopt : m_context.roster().office(h.originOffice);
        if (origin
            && retired::ofBatch(batch.value(), *origin, list) == retired::Signer::BeyondCut) {
            const Result<quint32> index
                = m_context.replicas().indexOf(h.originReplica, h.originOffice);
            Status step = index.ok() ? store.removeBacklog(index.value(), h.firstSeq)
                                     : Status::failure(index.issues());
            if (step.ok())
                step = store.alert(m_now, QStringLiteral("retired-key-batch-dropped"),
                    QStringLiteral("%1, operations %2-%3")
                        .arg(m_context.officeName(h.originOffice))
                        .arg(h.firstSeq)
                        .arg(h.lastSeq));
            if (!step.ok())
                return step;
            ++summary.refusedBatches;
            continue;
        }
        pending.append({ batch.value(), bytes, true, reason == u"released", false, {} });
    }
    return success();
}

bool BatchApplier::revokedReplica(quint32 replica)
{
    // A dependency on a revoked office's operations is never filled here (they are refused), so
    // it must not hold back the batches that followed them.
    auto known = m_revoked.constFind(replica);
    if (known == m_revoked.cend()) {
        const std::optional<OfficeEntry> entry
            = m_context.roster().office(m_context.replicas().officeOf(replica));
        known = m_revoked.insert(replica, entry && entry->revoked);
    }
    return known.value();
}

quint64 BatchApplier::fillableUpTo(const QByteArray& replica, quint64 seq)
{
    // An office that took a retired key's batch past its cut (before it knew) writes later
    // batches that depend on it; that dependency is never filled where the batch is refused,
    // so it counts only up to the cut (docs/decisions/0086).
    if (!m_retired)
        m_retired = m_context.roster().revocations().keys;
    for (const RetiredKey& key : *m_retired) {
        for (const auto& [id, cut] : key.validUpTo) {
            if (id == replica)
                return qMin(seq, cut);
        }
    }
    return seq;
}

Status BatchApplier::settleAlreadyHad(PendingBatch& p, quint32 origin, ImportSummary& summary)
{
    // Already had (or overlapping): the same range must carry the same content.
    SyncStore& store = m_context.store();
    const BatchHeader& h = p.batch.header;
    bool same = true;
    for (const StoredBatch& stored : store.overlapping(origin, h.firstSeq, h.lastSeq))
        same = same && stored.hash == p.batch.hash;
    Status step = success();
    if (!same) {
        ++summary.equivocations;
        step = store.alert(m_now, QStringLiteral("equivocation"),
            QStringLiteral("replica %1, operations %2-%3")
                .arg(QString::fromLatin1(h.originReplica.toHex()))
                .arg(h.firstSeq)
                .arg(h.lastSeq));
        if (step.ok())
            step = store.addBacklog(
                origin, h.firstSeq, QStringLiteral("equivocation"), m_now, p.bytes);
    } else if (!p.fromBacklog) {
        summary.alreadyHad += qint64(h.opCount);
    }
    if (step.ok() && p.fromBacklog && same)
        step = store.removeBacklog(origin, h.firstSeq);
    p.done = true;
    return step;
}

Status BatchApplier::dropDamaged(PendingBatch& p, quint32 origin)
{
    const BatchHeader& h = p.batch.header;
    p.done = true;
    Status step = m_context.store().alert(m_now, QStringLiteral("batch-damaged"),
        QStringLiteral("%1, operations %2-%3")
            .arg(m_context.officeName(h.originOffice))
            .arg(h.firstSeq)
            .arg(h.lastSeq));
    if (step.ok() && p.fromBacklog)
        step = m_context.store().removeBacklog(origin, h.firstSeq);
    return step;
}

Status BatchApplier::run(QList<PendingBatch>& pending, ImportSummary& summary)
{
    // Earlier batches still waiting get another chance with what this bundle brings.
    m_context.replicas().reload(); // the caller's transaction is the truth, not a stale cache
    Status step = loadBacklog(pending, summary);
    SyncStore& store = m_context.store();
    Merger merger(m_context.db(), m_context.writer(), m_context.replicas());
    Vector have = store.have(m_local);
    quint64 maxSeen = 0;
    bool appliedForeign = false;
    bool progress = true;
    while (progress && step.ok()) {
        progress = false;
        for (PendingBatch& p : pending) {
            if (p.done || !step.ok())
                continue;
            const BatchHeader& h = p.batch.header;
            const Result<quint32> originIndex
                = m_context.replicas().indexOf(h.originReplica, h.originOffice);
            if (!originIndex.ok()) {
                // Another office's replica (only a batch kept from before the check on arrival).
                const qint64 owner = m_context.replicas().find(h.originReplica);
                step = owner >= 0 ? dropDamaged(p, quint32(owner))
                                  : Status::failure(originIndex.issues());
                continue;
            }
            const quint32 origin = originIndex.value();
            const quint64 held = have.value(origin);
            if (h.firstSeq <= held) {
                step = settleAlreadyHad(p, origin, summary);
                continue;
            }
            if (h.firstSeq > held + 1)
                continue; // a predecessor is missing
            bool ready = true;
            Vector deps;
            for (const auto& [replica, named] : h.deps) {
                const qint64 index = m_context.replicas().find(replica);
                const quint64 seq = fillableUpTo(replica, named);
                if (index < 0
                    || (have.value(quint32(index)) < seq && !revokedReplica(quint32(index)))) {
                    ready = false;
                    break;
                }
                deps.insert(quint32(index), seq);
            }
            if (!ready)
                continue;
            if (!p.released && HybridClock::millis(h.maxHlc) > m_now + limits::kFutureClockMs) {
                ++summary.quarantined;
                step = store.addBacklog(
                    origin, h.firstSeq, QStringLiteral("future-clock"), m_now, p.bytes);
                p.done = true;
                continue;
            }
            // Decoded on arrival when the bundle was checked (within a memory budget), else now.
            Result<QList<Op>> ops
                = p.ops ? Result<QList<Op>>(std::move(*p.ops)) : batch::decodeOps(p.batch);
            p.ops.reset();
            if (!ops.ok()) {
                // Checked on arrival since docs/decisions/0050; one kept from before that
                // is dropped alone rather than blocking every later import.
                step = dropDamaged(p, origin);
                continue;
            }
            Merger::Counts counts;
            for (const Op& op : ops.value()) {
                step = merger.apply(op, origin, h.originOffice, deps, m_now, counts);
                if (!step.ok())
                    break;
            }
            summary.applied += counts.applied;
            summary.conflicts += counts.conflicts;
            summary.unknownOps += counts.unknown;
            if (step.ok())
                step = store.setHave(origin, h.lastSeq);
            if (step.ok())
                step = store.storeBatch({ origin, h.firstSeq, h.lastSeq, p.batch.hash, p.bytes });
            if (step.ok() && p.fromBacklog)
                step = store.removeBacklog(origin, h.firstSeq);
            have.insert(origin, h.lastSeq);
            // A released batch's clock stays out of ours: it was far ahead, and local writes
            // dated years ahead would spread to every office. Causality still orders them.
            if (!p.released)
                maxSeen = qMax(maxSeen, h.maxHlc);
            else
                ++summary.released;
            appliedForeign = true;
            p.done = true;
            progress = true;
        }
    }
    for (const PendingBatch& p : pending) {
        if (!step.ok())
            break;
        if (p.done || p.fromBacklog)
            continue;
        const Result<quint32> origin = m_context.replicas().indexOf(
            p.batch.header.originReplica, p.batch.header.originOffice);
        step = origin.ok() ? store.addBacklog(origin.value(), p.batch.header.firstSeq,
                   QStringLiteral("missing"), m_now, p.bytes)
                           : Status::failure(origin.issues());
    }
    if (step.ok())
        summary.waiting = store.backlogCount(QStringLiteral("missing"));
    if (step.ok() && appliedForeign) {
        m_context.writer().capture().observe(maxSeen);
        step = LocalOffice::setSetting(m_context.db(), QStringLiteral("sync_hlc"),
            QString::number(m_context.writer().capture().last()));
        // Local writes from now on have seen everything applied so far.
        Vector context = have;
        context.remove(m_local);
        if (step.ok())
            step = store.addEpoch(m_local, store.localMaxSeq(m_local) + 1, context);
    }
    return step;
}

} // namespace tansiq::sync
