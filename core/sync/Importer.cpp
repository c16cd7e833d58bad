#include "Importer.h"

#include "Batch.h"
#include "Envelope.h"
#include "HybridClock.h"
#include "Manifest.h"
#include "Merger.h"
#include "OfficeKeys.h"
#include "OpCapture.h"
#include "SyncContext.h"
#include "SyncErrors.h"
#include "SyncLimits.h"
#include "common/Clock.h"
#include "office/LocalOffice.h"
#include "registry/RecordWriter.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace tansiq::sync {

namespace {

struct Pending {
    Batch batch;
    QByteArray bytes;
    bool fromBacklog = false;
    bool done = false;
};


Issue interrupted()
{
    return Issue::error(QStringLiteral("import-interrupted"), QString(), QString(),
                        QCoreApplication::translate("tansiq::sync",
                                                    "The import was interrupted; nothing was "
                                                    "changed. Import the bundle again."));
}

}  // namespace

Importer::Importer(SyncContext& context) : m_context(context) {}

Result<ImportSummary> Importer::run(const QByteArray& file, const OfficeKeys& keys)
{
    using R = Result<ImportSummary>;
    if (file.size() > limits::kMaxBundleBytes)
        return errors::damaged(QStringLiteral("file too large"));
    const Result<QByteArray> plaintext = envelope::open(file, keys, nullptr);
    if (!plaintext.ok())
        return R::failure(plaintext.issues());
    const Result<BundleContent> content = manifest::parse(plaintext.value());
    if (!content.ok())
        return R::failure(content.issues());
    const Manifest& manifest = content->manifest;
    Roster& roster = m_context.roster();
    const QUuid me = m_context.officeId();
    if (!manifest.recipients.contains(me))
        return errors::notForThisOffice();

    // Certificates from the head office may introduce the sender; verify them first.
    const QByteArray root = roster.rootPublic();
    QList<OfficeEntry> certified;
    for (const QByteArray& certificate : manifest.certificates) {
        const Result<OfficeEntry> entry = certs::verify(certificate, root);
        if (!entry.ok())
            return errors::damaged(QStringLiteral("roster certificate"));
        certified << entry.value();
    }
    std::optional<Revocations> revocations;
    if (!manifest.revocations.isEmpty()) {
        const Result<Revocations> list = certs::verifyRevocations(manifest.revocations, root);
        if (!list.ok())
            return errors::damaged(QStringLiteral("revocation list"));
        revocations = list.value();
    }
    const auto lookup = [&](const QUuid& office) -> std::optional<OfficeEntry> {
        std::optional<OfficeEntry> entry = roster.office(office);
        for (const OfficeEntry& candidate : certified) {
            if (!entry && candidate.office == office)
                entry = candidate;
        }
        return entry;
    };
    const auto isRevoked = [&](const OfficeEntry& entry) {
        return entry.revoked || (revocations && revocations->offices.contains(entry.office)
                                 && revocations->version > roster.revocations().version);
    };
    const std::optional<OfficeEntry> sender = lookup(manifest.sender);
    if (!sender)
        return errors::unknownSender(manifest.sender.toString(QUuid::WithoutBraces));
    if (isRevoked(*sender))
        return errors::revokedSender(sender->name);
    if (!manifest::verify(content.value(), sender->signPublic))
        return errors::damaged(QStringLiteral("sender signature"));

    ImportSummary summary;
    summary.sender = manifest.sender;
    if (m_context.store().bundleSeen(manifest.bundleId)) {
        summary.alreadyImported = true;
        return summary;
    }

    // Every batch: well formed, signed by its origin office, which must be known and valid.
    QList<Pending> pending;
    for (const QByteArray& bytes : content->batches) {
        const Result<Batch> batch = batch::parse(bytes);
        if (!batch.ok())
            return R::failure(batch.issues());
        if (batch->header.major > batch::kMajor)
            return errors::needsNewer(QStringLiteral("batch version %1").arg(batch->header.major));
        const std::optional<OfficeEntry> origin = lookup(batch->header.originOffice);
        if (!origin)
            return errors::unknownSender(
                batch->header.originOffice.toString(QUuid::WithoutBraces));
        if (isRevoked(*origin))
            return errors::revokedSender(origin->name);
        if (!batch::verify(batch.value(), origin->signPublic))
            return errors::damaged(QStringLiteral("signature of a batch from %1").arg(origin->name));
        pending.append({batch.value(), bytes, false, false});
    }

    Transaction tx(m_context.db());
    if (!tx.begun().ok())
        return R::failure(tx.begun().issues());
    const Result<quint32> localIndex = m_context.localReplica();
    if (!localIndex.ok())
        return R::failure(localIndex.issues());
    const quint32 local = localIndex.value();
    const QByteArray myReplica = m_context.replicaId();
    SyncStore& store = m_context.store();
    const quint64 localMax = store.localMaxSeq(local);

    // A peer that has more of this replica's sequence than this database: restored or copied.
    for (const Manifest::Have& have : manifest.have) {
        if (have.replica == myReplica && have.seq > localMax)
            return errors::restoredDatabase();
    }
    for (const Pending& p : pending) {
        if (p.batch.header.originReplica == myReplica && p.batch.header.lastSeq > localMax)
            return errors::restoredDatabase();
    }

    const qint64 now = m_context.clock().nowMs();
    Status step = success();
    for (const OfficeEntry& entry : certified) {
        if (step.ok() && entry.office != me)
            step = roster.put(entry);
    }
    if (step.ok() && revocations) {
        const Result<bool> applied = roster.applyRevocations(*revocations);
        if (!applied.ok())
            step = Status::failure(applied.issues());
        else if (!applied.value() && revocations->version < roster.revocations().version) {
            summary.warnings << QCoreApplication::translate(
                "tansiq::sync", "The bundle carried an older revocation list; it was ignored.");
            step = store.alert(now, QStringLiteral("old-revocations"),
                               QStringLiteral("version %1").arg(revocations->version));
        }
    }
    if (!step.ok())
        return R::failure(step.issues());

    // The head office's signed time: a local clock behind it is wrong (and would date new
    // records in the past), so say so.
    if (step.ok() && manifest.sender == roster.headOfficeId()) {
        const qint64 seen = LocalOffice::setting(m_context.db(), QStringLiteral("sync_ho_time")).toLongLong();
        if (manifest.createdAt > seen)
            step = LocalOffice::setSetting(m_context.db(), QStringLiteral("sync_ho_time"),
                                           QString::number(manifest.createdAt));
        if (now + 10 * 60 * 1000 < qMax(seen, manifest.createdAt)) {
            summary.warnings << QCoreApplication::translate(
                                    "tansiq::sync",
                                    "This computer's clock is %1 hours behind the head office's. "
                                    "Please correct the date and time.")
                                    .arg(double(qMax(seen, manifest.createdAt) - now) / 3600000.0,
                                         0, 'f', 1);
        }
    }
    if (!step.ok())
        return R::failure(step.issues());

    // Earlier batches still waiting get another chance with what this bundle brings.
    for (const auto& [reason, bytes] : store.backlog()) {
        if (reason == u"equivocation")
            continue;
        const Result<Batch> batch = batch::parse(bytes);
        if (batch.ok())
            pending.append({batch.value(), bytes, true, false});
    }
    if (m_hook && !m_hook("verified"))
        return interrupted();

    Merger merger(m_context.db(), m_context.writer(), m_context.replicas());
    Vector have = store.have(local);
    quint64 maxSeen = 0;
    bool appliedForeign = false;
    bool progress = true;
    while (progress && step.ok()) {
        progress = false;
        for (Pending& p : pending) {
            if (p.done || !step.ok())
                continue;
            const BatchHeader& h = p.batch.header;
            const Result<quint32> originIndex =
                m_context.replicas().indexOf(h.originReplica, h.originOffice);
            if (!originIndex.ok()) {
                step = Status::failure(originIndex.issues());
                break;
            }
            const quint32 origin = originIndex.value();
            const quint64 held = have.value(origin);
            if (h.firstSeq <= held) {
                // Already had (or overlapping): the same range must carry the same content.
                bool same = true;
                for (const StoredBatch& stored : store.overlapping(origin, h.firstSeq, h.lastSeq))
                    same = same && stored.hash == p.batch.hash;
                if (!same) {
                    ++summary.equivocations;
                    step = store.alert(now, QStringLiteral("equivocation"),
                                       QStringLiteral("replica %1, operations %2-%3")
                                           .arg(QString::fromLatin1(h.originReplica.toHex()))
                                           .arg(h.firstSeq)
                                           .arg(h.lastSeq));
                    if (step.ok())
                        step = store.addBacklog(origin, h.firstSeq, QStringLiteral("equivocation"),
                                                now, p.bytes);
                } else if (!p.fromBacklog) {
                    summary.alreadyHad += qint64(h.opCount);
                }
                if (step.ok() && p.fromBacklog && same)
                    step = store.removeBacklog(origin, h.firstSeq);
                p.done = true;
                continue;
            }
            if (h.firstSeq > held + 1)
                continue;  // a predecessor is missing
            bool ready = true;
            Vector deps;
            for (const auto& [replica, seq] : h.deps) {
                const qint64 index = m_context.replicas().find(replica);
                if (index < 0 || have.value(quint32(index)) < seq) {
                    ready = false;
                    break;
                }
                deps.insert(quint32(index), seq);
            }
            if (!ready)
                continue;
            if (HybridClock::millis(h.maxHlc) > now + limits::kFutureClockMs) {
                ++summary.quarantined;
                step = store.addBacklog(origin, h.firstSeq, QStringLiteral("future-clock"), now,
                                        p.bytes);
                p.done = true;
                continue;
            }
            const Result<QList<Op>> ops = batch::decodeOps(p.batch);
            if (!ops.ok()) {
                step = Status::failure(ops.issues());
                break;
            }
            Merger::Counts counts;
            for (const Op& op : ops.value()) {
                step = merger.apply(op, origin, h.originOffice, deps, now, counts);
                if (!step.ok())
                    break;
            }
            summary.applied += counts.applied;
            summary.conflicts += counts.conflicts;
            summary.unknownOps += counts.unknown;
            if (step.ok())
                step = store.setHave(origin, h.lastSeq);
            if (step.ok())
                step = store.storeBatch({origin, h.firstSeq, h.lastSeq, p.batch.hash, p.bytes});
            if (step.ok() && p.fromBacklog)
                step = store.removeBacklog(origin, h.firstSeq);
            have.insert(origin, h.lastSeq);
            maxSeen = qMax(maxSeen, h.maxHlc);
            appliedForeign = true;
            p.done = true;
            progress = true;
        }
    }
    for (const Pending& p : pending) {
        if (!step.ok())
            break;
        if (p.done || p.fromBacklog)
            continue;
        const Result<quint32> origin =
            m_context.replicas().indexOf(p.batch.header.originReplica, p.batch.header.originOffice);
        step = origin.ok() ? store.addBacklog(origin.value(), p.batch.header.firstSeq,
                                              QStringLiteral("missing"), now, p.bytes)
                           : Status::failure(origin.issues());
    }
    if (step.ok())
        summary.waiting = store.backlogCount(QStringLiteral("missing"));
    // The sender's acknowledgement: what it has, so later bundles to it can leave that out.
    if (step.ok())
        step = store.clearPeerHave(manifest.sender);
    for (const Manifest::Have& entry : manifest.have) {
        if (!step.ok())
            break;
        const Result<quint32> index = m_context.replicas().indexOf(entry.replica, entry.office);
        step = index.ok() ? store.raisePeerHave(manifest.sender, index.value(), entry.seq)
                          : Status::failure(index.issues());
    }
    if (step.ok() && appliedForeign) {
        m_context.writer().capture().observe(maxSeen);
        step = LocalOffice::setSetting(m_context.db(), QStringLiteral("sync_hlc"),
                                       QString::number(m_context.writer().capture().last()));
        // Local writes from now on have seen everything applied so far.
        Vector context = have;
        context.remove(local);
        if (step.ok())
            step = store.addEpoch(local, store.localMaxSeq(local) + 1, context);
    }
    if (step.ok())
        step = store.logBundle(manifest.bundleId, false, manifest.sender, now,
                               content->batches.size(),
                               QStringLiteral("applied %1, already had %2, conflicts %3, waiting %4")
                                   .arg(summary.applied)
                                   .arg(summary.alreadyHad)
                                   .arg(summary.conflicts)
                                   .arg(summary.waiting));
    if (step.ok() && m_hook && !m_hook("applied"))
        return interrupted();
    if (step.ok())
        step = tx.commit();
    if (!step.ok())
        return R::failure(step.issues());
    return summary;
}

}  // namespace tansiq::sync
