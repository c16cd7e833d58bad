#include "core/sync/Importer.h"

#include "core/common/Clock.h"
#include "core/office/LocalOffice.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"
#include "core/sync/Batch.h"
#include "core/sync/BatchApplier.h"
#include "core/sync/BatchDecoding.h"
#include "core/sync/Compactor.h"
#include "core/sync/Envelope.h"
#include "core/sync/Manifest.h"
#include "core/sync/OfficeKeys.h"
#include "core/sync/RetiredKeys.h"
#include "core/sync/SyncContext.h"
#include "core/sync/SyncErrors.h"
#include "core/sync/SyncLimits.h"
#include "core/sync/TrustedTime.h"

#include <QCoreApplication>
#include <QDateTime>

namespace tansiq::sync {

namespace {

Issue interrupted()
{
    return Issue::error(QStringLiteral("import-interrupted"), QString(), QString(),
        QCoreApplication::translate("tansiq::sync",
            "The import was interrupted; nothing was "
            "changed. Import the bundle again."));
}

struct RefusedBatch {
    QString code;
    QString origin; // the office (or offices) it names
    BatchHeader header;
    QByteArray hash; // of the batch as it arrived: the same batch relayed again is alerted once
};

// What names one refused batch in its alert: its hash, shortened (96 bits).
QString batchMarker(const QByteArray& hash)
{
    return QStringLiteral("batch %1").arg(QString::fromLatin1(hash.left(12).toHex()));
}

QString refusedWarning(const RefusedBatch& r)
{
    const char* text = nullptr;
    if (r.code == u"batch-unknown-origin")
        text = QT_TRANSLATE_NOOP("tansiq::sync",
            "A batch from an office this office does not know (%1) was "
            "refused; the rest of the bundle was imported.");
    else if (r.code == u"batch-bad-signature")
        text = QT_TRANSLATE_NOOP("tansiq::sync",
            "A batch said to come from “%1” does not carry its signature; "
            "it was refused, the rest of the bundle was imported. Tell the "
            "head office.");
    else if (r.code == u"batch-retired-key")
        text = QT_TRANSLATE_NOOP("tansiq::sync",
            "A batch signed with a retired key of “%1” claims changes made "
            "after the key was retired; it was refused, the rest of the "
            "bundle was imported. Tell the head office.");
    else if (r.code == u"batch-replica-of-another-office")
        text = QT_TRANSLATE_NOOP("tansiq::sync",
            "A batch signed by one office claimed another office's changes "
            "(%1); it was refused, the rest of the bundle was imported. "
            "Tell the head office.");
    else
        text = QT_TRANSLATE_NOOP("tansiq::sync",
            "A damaged batch from “%1” was refused; the rest of the bundle "
            "was imported.");
    return QCoreApplication::translate("tansiq::sync", text).arg(r.origin);
}

} // namespace

Importer::Importer(SyncContext& context) : m_context(context)
{
}

Result<ImportSummary> Importer::run(const QByteArray& file, const OfficeKeys& keys)
{
    using R = Result<ImportSummary>;
    if (file.size() > limits::kMaxBundleBytes)
        return errors::damaged(QStringLiteral("file too large"));
    const Result<QByteArray> plaintext = envelope::open(file, keys, nullptr);
    if (!plaintext.ok())
        return plaintext;
    const Result<BundleContent> content = manifest::parse(plaintext.value());
    if (!content.ok())
        return content;
    const Manifest& manifest = content->manifest;
    Roster& roster = m_context.roster();
    // What an abandoned earlier import registered was rolled back: read the replicas afresh, or
    // a stale index would make a replica look like another office's.
    m_context.replicas().reload();
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
    // The newest certificate wins: a renewal travelling in this bundle counts at once.
    const auto lookup = [&](const QUuid& office) -> std::optional<OfficeEntry> {
        std::optional<OfficeEntry> entry = roster.office(office);
        for (const OfficeEntry& candidate : certified) {
            if (candidate.office == office && (!entry || candidate.issuedAt > entry->issuedAt))
                entry = OfficeEntry { candidate.office, candidate.name, candidate.headOffice,
                    candidate.signPublic, candidate.boxPublic, candidate.issuedAt,
                    candidate.certificate, entry && entry->revoked, candidate.expiresAt };
        }
        return entry;
    };
    const auto isRevoked = [&](const OfficeEntry& entry) {
        return entry.revoked
            || (revocations && revocations->offices.contains(entry.office)
                && revocations->version > roster.revocations().version);
    };
    // Retired keys: from the newest list, the one in this bundle if it is newer than the one held.
    const Revocations held = roster.revocations();
    const Revocations& retiredKeys
        = revocations && revocations->version > held.version ? *revocations : held;
    const qint64 now = m_context.clock().nowMs();
    const std::optional<OfficeEntry> sender = lookup(manifest.sender);
    if (!sender)
        return errors::unknownSender(manifest.sender.toString(QUuid::WithoutBraces));
    if (isRevoked(*sender))
        return errors::revokedSender(sender->name);
    // A bundle signed with a retired key (a stolen laptop's) is refused whole, and the alert
    // stays although nothing else changes (docs/decisions/0061).
    if (const RetiredKey* key = retired::ofBundle(content.value(), *sender, retiredKeys)) {
        const QString fingerprint = crypto::fingerprint(key->signPublic, QByteArray()).left(9);
        const Status alerted = m_context.store().alert(now, QStringLiteral("bundle-retired-key"),
            QStringLiteral("%1, retired key %2, bundle dated %3")
                .arg(sender->name, fingerprint,
                    QDateTime::fromMSecsSinceEpoch(manifest.createdAt, Qt::UTC)
                        .toString(Qt::ISODate)));
        if (!alerted.ok())
            return alerted;
        return errors::retiredKey(sender->name);
    }
    if (!manifest::verify(content.value(), sender->signPublic))
        return errors::damaged(QStringLiteral("sender signature"));
    // Expiry is judged at this office's trusted time (its clock, never earlier than the last
    // time the head office signed): the bundle's own date is the sender's claim.
    const qint64 trustedNow = trustedtime::now(m_context.db(), now);
    if (sender->expiredAt(trustedNow))
        return errors::expiredSender(sender->name,
            QDateTime::fromMSecsSinceEpoch(sender->expiresAt, Qt::UTC).toString(Qt::ISODate));

    ImportSummary summary;
    summary.sender = manifest.sender;
    if (m_context.store().bundleSeen(manifest.bundleId)) {
        summary.alreadyImported = true;
        return summary;
    }

    // Every batch, before it is applied or waits in the backlog: well formed, signed by its
    // origin office (which must be known), owner of its replica, its operations decodable
    // within the limits. A bad batch relayed from another office is refused alone, with an
    // alert naming its origin; a bad batch of the sender's own makes the bundle damaged
    // (docs/decisions/0050). The declared sizes count against one budget per import.
    QList<PendingBatch> pending;
    QList<RefusedBatch> refused;
    qint64 revokedInBundle = 0;
    qint64 budget = limits::kMaxImportPayloadBytes;
    QList<Batch> parsed;
    parsed.reserve(content->batches.size());
    for (const QByteArray& bytes : content->batches) {
        Result<Batch> batch = batch::parse(bytes);
        if (!batch.ok())
            return batch;
        if (batch->header.major > batch::kMajor)
            return errors::needsNewer(QStringLiteral("batch version %1").arg(batch->header.major));
        budget -= qint64(batch->header.payloadSize);
        if (budget < 0)
            return errors::damaged(QStringLiteral("more than %1 MiB of changes")
                                       .arg(limits::kMaxImportPayloadBytes >> 20));
        parsed << std::move(batch.value());
    }
    // What each batch came to, in the bundle's order: refused alone, to apply (its operations
    // still to be decoded), or, at the first batch that makes the whole bundle refused, that.
    struct Checked {
        std::optional<RefusedBatch> refused;
        bool decode = false;
        bool relayed = false;
        QString originName;
    };
    QList<Checked> checked;
    std::optional<Result<ImportSummary>> fatal;
    const QByteArray myReplica = m_context.replicaId();
    for (const Batch& batch : std::as_const(parsed)) {
        const BatchHeader& h = batch.header;
        const bool relayed = h.originOffice != manifest.sender;
        const QString originId = h.originOffice.toString(QUuid::WithoutBraces);
        Checked& result = checked.emplaceBack();
        result.relayed = relayed;
        const std::optional<OfficeEntry> origin = lookup(h.originOffice);
        if (!origin) {
            if (!relayed) {
                fatal = errors::unknownSender(originId);
                break;
            }
            result.refused
                = RefusedBatch { QStringLiteral("batch-unknown-origin"), originId, h, batch.hash };
            continue;
        }
        result.originName = origin->name;
        // Signed by the origin's current key, or by a key it retired, within what stays valid.
        const retired::Signer signer = retired::ofBatch(batch, *origin, retiredKeys);
        if (signer == retired::Signer::Nobody) {
            if (!relayed) {
                fatal = errors::damaged(
                    QStringLiteral("signature of a batch from %1").arg(origin->name));
                break;
            }
            result.refused = RefusedBatch { QStringLiteral("batch-bad-signature"), origin->name, h,
                batch.hash };
            continue;
        }
        if (signer == retired::Signer::BeyondCut) {
            result.refused
                = RefusedBatch { QStringLiteral("batch-retired-key"), origin->name, h, batch.hash };
            continue;
        }
        // A relayed batch of a revoked office is refused alone (the sender may not know of the
        // revocation yet). An expired origin is fine: the office relaying it accepted it from a
        // then-valid signer, and that office's own certificate was just checked.
        if (isRevoked(*origin)) {
            ++revokedInBundle;
            continue;
        }
        // A replica belongs to one office: another office's replica (this one's included)
        // claimed under a signer's own key is refused alone, whoever sent it.
        const QUuid owner = m_context.replicas().ownerOf(h.originReplica);
        const bool mine = h.originReplica == myReplica && h.originOffice != me;
        if (mine || (!owner.isNull() && owner != h.originOffice)) {
            result.refused = RefusedBatch { QStringLiteral("batch-replica-of-another-office"),
                QStringLiteral("%1 / %2").arg(
                    origin->name, m_context.officeName(mine ? me : owner)),
                h, batch.hash };
            continue;
        }
        result.decode = true;
    }
    // The operations of every batch still in, decoded once (on two threads where there are)
    // and kept for the applier within a memory budget.
    QList<const Batch*> toDecode;
    for (qsizetype i = 0; i < checked.size(); ++i) {
        if (checked.at(i).decode)
            toDecode << &parsed.at(i);
    }
    std::vector<DecodedBatch> decoded = decodeBatches(toDecode);
    size_t next = 0;
    for (qsizetype i = 0; i < checked.size(); ++i) {
        Checked& result = checked[i];
        if (result.refused) {
            refused.append(*result.refused);
            continue;
        }
        if (!result.decode)
            continue;
        DecodedBatch& ops = decoded[next++];
        const Batch& batch = parsed.at(i);
        if (!ops.issues.isEmpty()) {
            if (!result.relayed)
                return R::failure(ops.issues);
            refused.append(
                { QStringLiteral("batch-damaged"), result.originName, batch.header, batch.hash });
            continue;
        }
        pending.append({ batch, content->batches.at(i), false, false, false, std::move(ops.ops) });
    }
    if (fatal)
        return *fatal;

    // The bundle is valid and new: keep a copy of the database before it changes.
    const Status kept = m_safetyBackup
        ? m_safetyBackup()
        : m_context.db().beforeRiskyChange(RiskyChange::BundleImport);
    if (!kept.ok())
        return kept;
    Transaction tx(m_context.db());
    if (!tx.begun().ok())
        return R::failure(tx.begun().issues());
    const Result<quint32> localIndex = m_context.localReplica();
    if (!localIndex.ok())
        return localIndex;
    const quint32 local = localIndex.value();
    SyncStore& store = m_context.store();
    const quint64 localMax = store.localMaxSeq(local);

    // A peer that has more of this replica's sequence than this database: restored or copied.
    for (const Manifest::Have& have : manifest.have) {
        if (have.replica == myReplica && have.seq > localMax)
            return errors::restoredDatabase();
    }
    for (const PendingBatch& p : pending) {
        if (p.batch.header.originReplica == myReplica && p.batch.header.lastSeq > localMax)
            return errors::restoredDatabase();
    }

    Status step = success();
    // Every refused batch is refused again each time it comes, but alerted once: an office
    // that keeps relaying it (it took it before it knew better) does not repeat the alarm
    // (docs/decisions/0086).
    for (const RefusedBatch& r : refused) {
        if (!step.ok())
            break;
        const QString marker = batchMarker(r.hash);
        if (store.alerted(r.code, marker)) {
            ++summary.refusedAgain;
            continue;
        }
        step = store.alert(now, r.code,
            QStringLiteral("%1, replica %2, operations %3-%4, %5, relayed by %6")
                .arg(r.origin, QString::fromLatin1(r.header.originReplica.toHex()))
                .arg(r.header.firstSeq)
                .arg(r.header.lastSeq)
                .arg(marker, sender->name));
        summary.warnings << refusedWarning(r);
    }
    summary.refusedBatches = refused.size();
    for (const OfficeEntry& entry : certified) {
        // This office's own entry only changes by a renewal of its own keys.
        const bool renewalOfMine
            = entry.signPublic == keys.signPublic && entry.boxPublic == keys.boxPublic;
        if (step.ok() && (entry.office != me || renewalOfMine))
            step = roster.put(entry);
    }
    if (step.ok() && revocations) {
        const Result<bool> applied = roster.applyRevocations(*revocations);
        if (!applied.ok())
            step = applied.status();
        else if (!applied.value() && revocations->version < roster.revocations().version
            && manifest.sender == roster.headOfficeId()) {
            summary.warnings << QCoreApplication::translate(
                "tansiq::sync", "The bundle carried an older revocation list; it was ignored.");
            step = store.alert(now, QStringLiteral("old-revocations"),
                QStringLiteral("version %1").arg(revocations->version));
        }
    }
    if (!step.ok())
        return step;

    // The head office's signed time moves this office's trusted time, unless it is dated more
    // than a few days ahead of this computer's clock: then it is held for a person to confirm
    // (docs/decisions/0052). A local clock behind it is wrong, so say so.
    if (step.ok() && manifest.sender == roster.headOfficeId()) {
        const Result<trustedtime::Observed> observed
            = trustedtime::observeHeadOffice(m_context.db(), manifest.createdAt, now);
        if (!observed.ok())
            return observed;
        if (observed->held) {
            const QString date
                = QDateTime::fromMSecsSinceEpoch(manifest.createdAt, Qt::UTC).toString(Qt::ISODate);
            step = store.alert(now, QStringLiteral("head-office-date-held"), date);
            summary.warnings << QCoreApplication::translate("tansiq::sync",
                "The head office's bundle is dated %1, days ahead of this "
                "computer's clock. Its changes were imported, but certificates "
                "are still judged by this computer's clock. If this computer's "
                "clock is wrong, correct it; if the head office's date is "
                "right, confirm it (tansiq-cli office confirm-time).")
                                    .arg(date);
        } else if (observed->behindMs > 0) {
            summary.warnings << QCoreApplication::translate("tansiq::sync",
                "This computer's clock is %1 hours behind the head office's. "
                "Please correct the date and time.")
                                    .arg(double(observed->behindMs) / 3600000.0, 0, 'f', 1);
        }
    }
    if (!step.ok())
        return step;

    if (m_hook && !m_hook("verified"))
        return interrupted();

    // The sender's acknowledgement: what it has, so later bundles to it can leave that out
    // (recorded first: it also introduces replicas that dependencies may name).
    if (step.ok())
        step = store.clearPeerHave(manifest.sender);
    for (const Manifest::Have& entry : manifest.have) {
        if (!step.ok())
            break;
        // What the sender says it has of a replica it wrongly ascribes to another office is
        // left out (its batches would be refused the same way).
        const QUuid owner = m_context.replicas().ownerOf(entry.replica);
        if (!owner.isNull() && owner != entry.office)
            continue;
        const Result<quint32> index = m_context.replicas().indexOf(entry.replica, entry.office);
        step = index.ok() ? store.raisePeerHave(manifest.sender, index.value(), entry.seq)
                          : Status::failure(index.issues());
    }
    summary.revokedBatches = revokedInBundle;
    BatchApplier applier(m_context, local, now);
    if (step.ok())
        step = applier.run(pending, summary);
    if (summary.revokedBatches > 0) {
        summary.warnings << QCoreApplication::translate("tansiq::sync",
            "%1 batches made by revoked offices were refused (in this bundle "
            "or waiting from earlier ones); they will not be applied.")
                                .arg(summary.revokedBatches);
    }
    if (step.ok())
        step = store.logBundle(manifest.bundleId, false, manifest.sender, now,
            content->batches.size(),
            QStringLiteral("applied %1, already had %2, conflicts %3, waiting %4")
                .arg(summary.applied)
                .arg(summary.alreadyHad)
                .arg(summary.conflicts)
                .arg(summary.waiting));
    // What this bundle acknowledged may let relayed batches go, and the op log keeps only what
    // sync needs (docs/decisions/0093): in the same transaction, so a crash keeps both or neither.
    if (step.ok() && m_compact) {
        const Result<CompactionSummary> compacted = compact(m_context.db());
        if (!compacted.ok())
            step = compacted.status();
    }
    if (step.ok() && m_hook && !m_hook("applied"))
        return interrupted();
    if (step.ok())
        step = tx.commit();
    if (!step.ok())
        return step;
    return summary;
}

ImportSession::ImportSession(SyncContext& context) : m_context(context)
{
}

Result<ImportSummary> ImportSession::import(const QByteArray& file, const OfficeKeys& keys)
{
    Importer importer(m_context);
    importer.setStepHook(m_hook);
    // The copy is of the database as it was before the session: a later bundle's changes
    // rest on the earlier ones, which were checked and committed like any import.
    importer.setSafetyBackup([this]() -> Status {
        if (m_backedUp)
            return success();
        const Status kept = m_context.db().beforeRiskyChange(RiskyChange::BundleImport);
        m_backedUp = kept.ok();
        return kept;
    });
    importer.setCompaction(false);
    Result<ImportSummary> summary = importer.run(file, keys);
    if (summary.ok() && !summary->alreadyImported)
        m_changed = true;
    return summary;
}

Status ImportSession::finish()
{
    if (!m_changed)
        return success();
    const Result<CompactionSummary> compacted = compact(m_context.db());
    if (!compacted.ok())
        return compacted;
    m_changed = false;
    return success();
}

} // namespace tansiq::sync
