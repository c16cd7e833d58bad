// The life of an office's trust: an expired signer (sync.md case 6) and its renewal, batches of
// an office revoked while they waited, and quarantined batches released by a person.

#include "core/registry/Registry.h"
#include "core/storage/Database.h"
#include "core/sync/Batch.h"
#include "core/sync/Enrolment.h"
#include "core/sync/HybridClock.h"
#include "core/sync/Quarantine.h"
#include "core/sync/Roster.h"
#include "core/sync/SyncOverview.h"
#include "tests/core/sync/AdversarialSupport.h"

namespace tansiq::test {
namespace {

constexpr qint64 kDay = qint64(24) * 3600 * 1000;

void deliver(SimOffice& from, SimOffice& to)
{
    auto bundle = from.exportTo(to);
    ASSERT_TRUE(bundle.ok()) << bundle.errorText().toStdString();
    auto imported = to.import(bundle->bytes);
    ASSERT_TRUE(imported.ok()) << imported.errorText().toStdString();
}

qint64 count(SimOffice& office, const char* sql)
{
    Statement select(office.db().handle(), sql);
    select.step();
    return select.int64(0);
}

} // namespace

class SyncLifecycle : public SyncAdversarial {
protected:
    // Gives `office` a certificate ending `validForMs` after the head office's clock, known to
    // every office (as if the head office had enrolled it so).
    sync::OfficeEntry certifyUntil(SimOffice& office, qint64 validForMs)
    {
        std::optional<sync::OfficeEntry> entry = sync::Roster(ho().db()).office(office.id());
        EXPECT_TRUE(entry.has_value());
        entry->issuedAt = 2;
        entry->expiresAt = ho().workspace->clock().nowMs() + validForMs;
        entry->certificate = sync::certs::issue(*entry, ho().keys);
        for (SimOffice* at : { &ho(), &f1(), &f2() })
            EXPECT_TRUE(sync::Roster(at->db()).put(*entry).ok());
        return *entry;
    }
    void advanceAll(qint64 ms)
    {
        for (SimOffice* at : { &ho(), &f1(), &f2() })
            at->workspace->clock().advance(ms);
    }
};

// Case 6: an expired signer.
TEST_F(SyncLifecycle, Case06_AnExpiredSignerIsRefusedUntilTheHeadOfficeRenewsIt)
{
    certifyUntil(f1(), 10 * kDay);
    const QByteArray late = bundle(f1(), ho()); // written in time, delivered too late
    advanceAll(11 * kDay);
    expectRefused(ho(), late, QStringLiteral("bundle-expired-sender"));
    auto refused = ho().import(late);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.issues().first().message.contains(QStringLiteral("F1")));
    EXPECT_TRUE(refused.issues().first().message.contains(QStringLiteral("office renew")));
    // Setting the sender's clock back does not help: the receiver's time counts.
    f1().workspace->clock().advance(-11 * kDay);
    expectRefused(ho(), bundle(f1(), ho()), QStringLiteral("bundle-expired-sender"));
    f1().workspace->clock().advance(11 * kDay);

    // The head office renews; the bundle refused a moment ago now imports.
    const QByteArray oldFromHo = bundle(ho(), f2()); // still with the expired certificate
    auto renewed = sync::enrolment::renew(
        ho().db(), ho().keys, f1().id(), ho().workspace->clock().nowMs(), 365 * kDay);
    ASSERT_TRUE(renewed.ok()) << renewed.errorText().toStdString();
    auto imported = ho().import(late);
    ASSERT_TRUE(imported.ok()) << imported.errorText().toStdString();
    EXPECT_EQ(imported->applied, 3);

    // The renewal travels with the head office's next bundle, to F1 itself and to F2, which
    // then accepts F1's bundles again.
    deliver(ho(), f1());
    deliver(ho(), f2());
    EXPECT_EQ(sync::Roster(f1().db()).office(f1().id())->expiresAt, renewed->expiresAt);
    EXPECT_EQ(sync::Roster(f2().db()).office(f1().id())->expiresAt, renewed->expiresAt);
    addOrganisations(f1(), 1);
    auto direct = f2().import(bundle(f1(), f2()));
    ASSERT_TRUE(direct.ok()) << direct.errorText().toStdString();
    EXPECT_EQ(f2().stateHash().toHex(), f1().stateHash().toHex());
    // A replayed older certificate does not shorten the renewed one.
    auto replayed = f2().import(oldFromHo);
    ASSERT_TRUE(replayed.ok());
    EXPECT_EQ(sync::Roster(f2().db()).office(f1().id())->expiresAt, renewed->expiresAt);
}

// Case 6: a relayed batch whose origin has expired since is still good (the relay accepted it
// from a then-valid signer); only the signer of the bundle in hand must be valid.
TEST_F(SyncLifecycle, Case06_BatchesRelayedAfterTheirOriginExpiredAreAccepted)
{
    certifyUntil(f1(), 10 * kDay);
    deliver(f1(), ho());
    advanceAll(11 * kDay);
    auto relayed = f2().import(bundle(ho(), f2()));
    ASSERT_TRUE(relayed.ok()) << relayed.errorText().toStdString();
    EXPECT_EQ(relayed->applied, 3);
    EXPECT_EQ(f2().stateHash().toHex(), ho().stateHash().toHex());
}

TEST_F(SyncLifecycle, OnlyTheHeadOfficeRenewsAndNeverARevokedOffice)
{
    auto notHo = sync::enrolment::renew(f1().db(), f1().keys, f2().id(), 1, kDay);
    ASSERT_FALSE(notHo.ok());
    EXPECT_EQ(notHo.issues().first().code, QStringLiteral("not-head-office"));
    ASSERT_TRUE(sync::enrolment::revoke(ho().db(), ho().keys, f2().id(), 5).ok());
    const QString before = logicalDump(ho().db());
    auto revoked = sync::enrolment::renew(ho().db(), ho().keys, f2().id(), 6, kDay);
    ASSERT_FALSE(revoked.ok());
    EXPECT_EQ(revoked.issues().first().code, QStringLiteral("renew-revoked"));
    EXPECT_EQ(logicalDump(ho().db()), before);
}

// Batches that waited for a predecessor when their office was revoked are dropped on arrival
// of the revocation (they would otherwise be applied once the gap is filled).
TEST_F(SyncLifecycle, BatchesWaitingFromAnOfficeRevokedSinceAreDroppedWhenTheRevocationArrives)
{
    addOrganisations(f2(), 2);
    (void)bundle(f2(), f1()); // lost on the way
    auto local = f2().context->localReplica();
    ASSERT_TRUE(local.ok());
    ASSERT_TRUE(f2().context->store().raisePeerHave(f1().id(), local.value(), 2).ok());
    addOrganisations(f2(), 1);
    auto waiting = f1().import(bundle(f2(), f1()));
    ASSERT_TRUE(waiting.ok());
    EXPECT_EQ(waiting->waiting, 1);

    ASSERT_TRUE(sync::enrolment::revoke(ho().db(), ho().keys, f2().id(), 5).ok());
    auto revocation = f1().import(bundle(ho(), f1()));
    ASSERT_TRUE(revocation.ok()) << revocation.errorText().toStdString();
    EXPECT_EQ(revocation->revokedBatches, 1);
    EXPECT_FALSE(revocation->warnings.isEmpty());
    EXPECT_EQ(revocation->waiting, 0);
    EXPECT_EQ(count(f1(), "SELECT count(*) FROM sync_backlog"), 0);
    EXPECT_EQ(
        count(f1(), "SELECT count(*) FROM sync_alert WHERE kind = 'revoked-batch-dropped'"), 1);
    EXPECT_EQ(f1().registry().organisations().list().size(), 3); // its own only
    expectRefused(f1(), bundle(f2(), f1()), QStringLiteral("bundle-revoked-sender"));
}

// A head office that applied an office's batches before revoking it no longer relays them, and
// an office that still relays them only has those batches refused, not its whole bundle.
TEST_F(SyncLifecycle, ARevokedOfficesBatchesAreNotRelayedAndRefusedAloneWhenTheyAre)
{
    addOrganisations(f2(), 1);
    const QByteArray fromF2 = bundle(f2(), ho());
    ASSERT_TRUE(ho().import(fromF2).ok());
    auto content = sync::manifest::parse(open(fromF2, ho()));
    ASSERT_TRUE(content.ok());
    const QByteArray f2Batch = content->batches.value(0);
    ASSERT_TRUE(sync::enrolment::revoke(ho().db(), ho().keys, f2().id(), 5).ok());
    deliver(f1(), ho());
    auto toF1 = f1().import(bundle(ho(), f1()));
    ASSERT_TRUE(toF1.ok()) << toF1.errorText().toStdString();
    EXPECT_EQ(toF1->revokedBatches, 0); // not even sent
    EXPECT_EQ(f1().registry().organisations().list().size(), 3);

    // F1 knows of the revocation; a bundle from HO still carrying F2's batch (as an office that
    // had not yet heard of it would send) imports without it.
    addOrganisations(ho(), 1);
    auto hoContent = sync::manifest::parse(open(bundle(ho(), f1()), f1()));
    ASSERT_TRUE(hoContent.ok());
    QList<QByteArray> batches = hoContent->batches;
    batches.prepend(f2Batch);
    auto mixed
        = f1().import(sealedManifest(manifestFrom(ho(), f1(), batches), batches, ho(), f1()));
    ASSERT_TRUE(mixed.ok()) << mixed.errorText().toStdString();
    EXPECT_EQ(mixed->revokedBatches, 1);
    EXPECT_EQ(mixed->applied, 1);
    EXPECT_EQ(f1().registry().organisations().list().size(), 4);
}

// Quarantined batches (a clock ten years ahead, case 13) released by a person: applied, the
// receiver's clock does not jump ahead, and every office converges.
TEST_F(SyncLifecycle, AQuarantinedBatchReleasedByAPersonIsAppliedAndOfficesConverge)
{
    constexpr qint64 kTenYears = qint64(3653) * kDay;
    deliver(f1(), ho());
    deliver(ho(), f2());
    f2().workspace->clock().advance(kTenYears);
    addOrganisations(f2(), 2);
    auto held = ho().import(bundle(f2(), ho()));
    ASSERT_TRUE(held.ok());
    EXPECT_EQ(held->quarantined, 1);

    sync::Quarantine quarantine(*ho().context);
    const QList<sync::QuarantinedBatch> list = quarantine.list();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.first().originName, QStringLiteral("F2"));
    EXPECT_EQ(list.first().ops, 2u);
    EXPECT_GT(list.first().clockMs, ho().workspace->clock().nowMs() + 365 * kDay);
    // The Sync page and `sync-status` (one reading) count what the quarantine list shows.
    EXPECT_EQ(sync::SyncOverview::read(ho().db()).heldBack, 1);

    const QString before = logicalDump(ho().db());
    auto unknown = quarantine.release({ QStringLiteral("00000000") });
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.issues().first().code, QStringLiteral("quarantine-unknown"));
    EXPECT_EQ(logicalDump(ho().db()), before);

    auto released = quarantine.release({ list.first().id.toUpper() });
    ASSERT_TRUE(released.ok()) << released.errorText().toStdString();
    EXPECT_EQ(released->released, 1);
    EXPECT_EQ(released->applied, 2);
    EXPECT_TRUE(quarantine.list().isEmpty());
    EXPECT_EQ(sync::SyncOverview::read(ho().db()).heldBack, 0);
    EXPECT_EQ(ho().registry().organisations().list().size(), 5);
    // The head office's own clock stayed in the present.
    addOrganisations(ho(), 1);
    Statement last(ho().db().handle(), "SELECT max(hlc) FROM sync_op");
    last.step();
    EXPECT_LT(
        sync::HybridClock::millis(quint64(last.int64(0))), ho().workspace->clock().nowMs() + kDay);

    // Relayed to F1, the batch is held there too until someone releases it there.
    auto atF1 = f1().import(bundle(ho(), f1()));
    ASSERT_TRUE(atF1.ok());
    EXPECT_EQ(atF1->quarantined, 1);
    sync::Quarantine atF1Quarantine(*f1().context);
    ASSERT_TRUE(atF1Quarantine.release({}).ok());
    deliver(ho(), f2());
    deliver(f1(), ho());
    deliver(ho(), f2());
    EXPECT_EQ(f1().stateHash().toHex(), ho().stateHash().toHex());
    EXPECT_EQ(f2().stateHash().toHex(), ho().stateHash().toHex());
}

} // namespace tansiq::test
