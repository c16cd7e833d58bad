#include "core/sync/Exporter.h"

#include "core/common/Clock.h"
#include "core/office/SampleData.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"
#include "core/sync/Batch.h"
#include "core/sync/Compactor.h"
#include "core/sync/Envelope.h"
#include "core/sync/Manifest.h"
#include "core/sync/OfficeKeys.h"
#include "core/sync/RetiredKeys.h"
#include "core/sync/SyncContext.h"
#include "core/sync/SyncErrors.h"
#include "core/sync/SyncLimits.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace tansiq::sync {

Exporter::Exporter(SyncContext& context) : m_context(context)
{
}

Status Exporter::sealPending(const OfficeKeys& keys)
{
    const Result<quint32> current = m_context.localReplica();
    if (!current.ok())
        return current;
    // Every replica this database has written under (an older one survives a renewal).
    QList<quint32> own;
    for (const auto& logged : m_context.store().loggedReplicas())
        own << logged.first;
    for (quint32 replica : own) {
        const Status sealed = sealReplica(replica, keys);
        if (!sealed.ok())
            return sealed;
    }
    // Sealed operations live in their batches now (docs/decisions/0093).
    const Result<CompactionSummary> compacted = compact(m_context.db());
    return compacted.status();
}

Status Exporter::sealReplica(quint32 replica, const OfficeKeys& keys)
{
    SyncStore& store = m_context.store();
    const QList<LocalEpoch> epochs = store.epochs(replica);
    quint64 sealed = store.sealedUpTo(replica);
    for (;;) {
        QList<Op> ops = store.localOps(replica, sealed, limits::kOpsPerSealedBatch);
        if (ops.isEmpty())
            return success();
        // One batch never spans a change of causal context (an import in between).
        Vector deps;
        quint64 boundary = ~quint64(0);
        for (const LocalEpoch& epoch : epochs) {
            if (epoch.firstSeq <= ops.first().seq)
                deps = epoch.deps;
            else {
                boundary = epoch.firstSeq;
                break;
            }
        }
        while (!ops.isEmpty() && ops.last().seq >= boundary)
            ops.removeLast();
        BatchHeader header;
        header.originOffice = m_context.replicas().officeOf(replica);
        header.originReplica = m_context.replicas().replicaId(replica);
        header.firstSeq = sealed + 1;
        header.lastSeq = ops.last().seq;
        for (auto it = deps.cbegin(); it != deps.cend(); ++it) {
            if (it.key() != replica && it.value() > 0)
                header.deps.append({ m_context.replicas().replicaId(it.key()), it.value() });
        }
        const Result<Batch> batch = batch::seal(header, ops, keys);
        if (!batch.ok())
            return batch;
        const Status stored = store.storeBatch(
            { replica, header.firstSeq, header.lastSeq, batch->hash, batch->bytes() });
        if (!stored.ok())
            return stored;
        sealed = header.lastSeq;
    }
}

bool Exporter::beyondRetiredCut(
    const QUuid& origin, const QByteArray& bytes, const Revocations& list)
{
    const bool retiredAny = std::any_of(list.keys.cbegin(), list.keys.cend(),
        [&](const RetiredKey& key) { return key.office == origin; });
    if (!retiredAny)
        return false;
    const std::optional<OfficeEntry> entry = m_context.roster().office(origin);
    const Result<Batch> batch = batch::parse(bytes);
    if (!entry || !batch.ok())
        return false;
    const retired::Signer signer = retired::ofBatch(batch.value(), *entry, list);
    return signer == retired::Signer::BeyondCut;
}

Result<ExportedBundle> Exporter::build(const QUuid& recipient, const OfficeKeys& keys)
{
    // Invented activities never leave a sample database (docs/decisions/0045).
    if (sampledata::isSample(m_context.db()))
        return sampledata::exportRefused(m_context.db().path());
    const std::optional<OfficeEntry> to = m_context.roster().office(recipient);
    if (!to)
        return errors::unknownSender(recipient.toString(QUuid::WithoutBraces));
    if (to->revoked)
        return errors::revokedSender(to->name);
    Transaction tx(m_context.db());
    if (!tx.begun().ok())
        return tx.begun();
    const Status sealed = sealPending(keys);
    if (!sealed.ok())
        return sealed;

    const Result<quint32> local = m_context.localReplica();
    if (!local.ok())
        return local;

    Manifest manifest;
    manifest.bundleId = crypto::randomBytes(16);
    manifest.sender = m_context.officeId();
    manifest.recipients = { recipient, manifest.sender };
    manifest.createdAt = m_context.clock().nowMs();
    const Vector have = m_context.store().have(local.value());
    for (auto it = have.cbegin(); it != have.cend(); ++it) {
        manifest.have.append({ m_context.replicas().replicaId(it.key()),
            m_context.replicas().officeOf(it.key()), it.value() });
    }
    const Vector peer = m_context.store().peerHave(recipient);
    QList<QByteArray> batches;
    ExportedBundle result;
    QHash<QUuid, bool> revoked; // per origin office
    const Revocations revocations = m_context.roster().revocations();
    for (const StoredBatch& stored : m_context.store().batchesBeyond(peer)) {
        const QUuid origin = m_context.replicas().officeOf(stored.replica);
        // Its own changes: it has them — unless its acknowledgement names this replica with less
        // (a restored backup, decision 0042): then batchesBeyond already chose what it lacks.
        if (origin == recipient && !peer.contains(stored.replica))
            continue;
        // A revoked office's batches are refused everywhere: relaying them would only get this
        // whole bundle refused by offices that know of the revocation.
        auto known = revoked.constFind(origin);
        if (known == revoked.cend()) {
            const std::optional<OfficeEntry> entry = m_context.roster().office(origin);
            known = revoked.insert(origin, entry && entry->revoked);
        }
        if (known.value())
            continue;
        // A batch of a retired key past its cut (a stolen laptop's change this office took
        // before it knew) is refused everywhere: it is no longer passed on (docs/decisions/0086).
        if (beyondRetiredCut(origin, stored.bytes, revocations))
            continue;
        batches << stored.bytes;
        manifest.batches.append({ quint64(stored.bytes.size()), crypto::hash(stored.bytes) });
        result.ops += qint64(stored.lastSeq - stored.firstSeq + 1);
    }
    if (m_context.roster().headOfficeId() == manifest.sender) {
        for (const OfficeEntry& entry : m_context.roster().offices())
            manifest.certificates << entry.certificate;
    }
    // Every office passes on the newest head-office-signed revocation list it holds, so a
    // revocation also spreads between field offices (docs/decisions/0052).
    manifest.revocations = m_context.roster().revocations().bytes;
    const QByteArray plaintext = manifest::build(manifest, batches, keys);
    const Result<QByteArray> sealedFile
        = envelope::seal(plaintext, { to->boxPublic, keys.boxPublic });
    if (!sealedFile.ok())
        return sealedFile;
    const Status committed = tx.commit();
    if (!committed.ok())
        return committed;
    result.bytes = sealedFile.value();
    result.bundleId = manifest.bundleId;
    result.recipient = recipient;
    result.batches = batches.size();
    return result;
}

Result<ExportedBundle> Exporter::writeTo(const QUuid& recipient, const OfficeKeys& keys,
    const QString& path, const bundlefile::DeviceFactory& open)
{
    Result<ExportedBundle> bundle = build(recipient, keys);
    if (!bundle.ok())
        return bundle;
    Status step = bundlefile::write(path, bundle->bytes, open);
    if (step.ok())
        step = bundlefile::verifyWritten(path, bundle->bytes, keys);
    if (step.ok())
        step = recordSent(bundle.value());
    if (!step.ok())
        return step;
    return bundle;
}

Status Exporter::recordSent(const ExportedBundle& bundle)
{
    return m_context.store().logBundle(bundle.bundleId, true, bundle.recipient,
        m_context.clock().nowMs(), bundle.batches, QStringLiteral("%1 operations").arg(bundle.ops));
}

} // namespace tansiq::sync
