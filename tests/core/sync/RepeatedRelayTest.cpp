// Issue 12, repeated relays (docs/decisions/0086): after a stolen head-office laptop is replaced
// (docs/recovery.md), a field office that took the thief's change before it knew may keep
// relaying it. It is refused at every import, but alerted once; and an office that has learned
// of the retirement stops passing such batches on.

#include "core/registry/Registry.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "core/sync/Enrolment.h"
#include "core/sync/Roster.h"
#include "tests/core/sync/AdversarialSupport.h"

namespace tansiq::test {
namespace {

qint64 alerts(SimOffice& at, const char* kind)
{
    Statement count(at.db().handle(), "SELECT count(*) FROM sync_alert WHERE kind = ?");
    count.bind(1, QString::fromLatin1(kind));
    count.step();
    return count.int64(0);
}

// Everyone has everything, the backup is taken; the new laptop restores it and certifies a new
// everyday key with the certification key (the old one, still on the stolen laptop, retired).
std::unique_ptr<SimOffice> replaceTheLaptop(SimNetwork& network, SimOffice& stolen)
{
    std::unique_ptr<SimOffice> laptop = network.copyOf(stolen);
    auto keys = sync::enrolment::certifyNewEverydayKey(laptop->db(), network.root(),
        "new laptop in damascus 2026", laptop->workspace->clock().nowMs());
    EXPECT_TRUE(keys.ok()) << keys.errorText().toStdString();
    laptop->keys = keys.value();
    laptop->workspace->reopen();
    laptop->context = std::make_unique<sync::SyncContext>(
        (*laptop->workspace)->registry(), laptop->workspace->clock());
    return laptop;
}

} // namespace

TEST_F(SyncCertified, AFieldOfficeThatTookTheStolenKeysChangeStopsRelayingItOnceItKnows)
{
    addOrganisations(ho(), 2);
    ASSERT_TRUE(ho().import(bundle(f1(), ho())).ok());
    ASSERT_TRUE(f1().import(bundle(ho(), f1())).ok());
    std::unique_ptr<SimOffice> laptop = network().copyOf(ho()); // the last backup
    SimOffice& stolen = ho();

    // The thief's change reaches F1 before the new laptop speaks: F1 takes it.
    addOrganisations(stolen, 1);
    auto taken = f1().import(bundle(stolen, f1()));
    ASSERT_TRUE(taken.ok()) << taken.errorText().toStdString();
    EXPECT_EQ(taken->applied, 1);

    auto keys = sync::enrolment::certifyNewEverydayKey(laptop->db(), network().root(),
        "new laptop in damascus 2026", laptop->workspace->clock().nowMs());
    ASSERT_TRUE(keys.ok()) << keys.errorText().toStdString();
    laptop->keys = keys.value();
    laptop->workspace->reopen();
    laptop->context = std::make_unique<sync::SyncContext>(
        (*laptop->workspace)->registry(), laptop->workspace->clock());
    auto learned = f1().import(bundle(*laptop, f1()));
    ASSERT_TRUE(learned.ok()) << learned.errorText().toStdString();

    // F1 now knows the key is retired: its bundles no longer carry the thief's batch, so the
    // head office has nothing to refuse and nothing to alert, bundle after bundle.
    for (int round = 0; round < 2; ++round) {
        addOrganisations(f1(), 1);
        auto imported = laptop->import(bundle(f1(), *laptop));
        ASSERT_TRUE(imported.ok()) << imported.errorText().toStdString();
        EXPECT_EQ(imported->refusedBatches, 0) << "round " << round;
        EXPECT_EQ(imported->applied, 1)
            << "round " << round << " waiting " << imported->waiting << " had "
            << imported->alreadyHad << " quarantined " << imported->quarantined << " "
            << imported->warnings.join(u' ').toStdString();
    }
    EXPECT_EQ(alerts(*laptop, "batch-retired-key"), 0);
}

TEST_F(SyncCertified, ARefusedBatchRelayedAgainIsRefusedAgainButAlertedOnce)
{
    addOrganisations(ho(), 2);
    ASSERT_TRUE(ho().import(bundle(f1(), ho())).ok());
    ASSERT_TRUE(f1().import(bundle(ho(), f1())).ok());
    SimOffice& stolen = ho();
    std::unique_ptr<SimOffice> laptop = replaceTheLaptop(network(), stolen);
    ASSERT_TRUE(f1().import(bundle(*laptop, f1())).ok());

    // The thief's batch, relayed by an office (an older Tansiq, or forged) in bundle after
    // bundle, each with honest changes of its own.
    addOrganisations(stolen, 1);
    auto forged = sync::manifest::parse(open(bundle(stolen, f1()), f1()));
    ASSERT_TRUE(forged.ok());
    ASSERT_FALSE(forged->batches.isEmpty());
    const QByteArray thief = forged->batches.last();
    for (int round = 0; round < 3; ++round) {
        addOrganisations(f1(), 1);
        auto honest = sync::manifest::parse(open(bundle(f1(), *laptop), *laptop));
        ASSERT_TRUE(honest.ok());
        QList<QByteArray> batches = honest->batches;
        batches.prepend(thief);
        const sync::Manifest relayed = manifestFrom(f1(), *laptop, batches);
        auto imported = laptop->import(sealedManifest(relayed, batches, f1(), *laptop));
        ASSERT_TRUE(imported.ok()) << imported.errorText().toStdString();
        EXPECT_EQ(imported->refusedBatches, 1) << "round " << round; // still refused
        EXPECT_EQ(imported->refusedAgain, round == 0 ? 0 : 1) << "round " << round;
        EXPECT_EQ(imported->warnings.isEmpty(), round != 0) << "round " << round;
        EXPECT_EQ(alerts(*laptop, "batch-retired-key"), 1) << "round " << round;
    }
    EXPECT_EQ(f1().stateHash(), laptop->stateHash()) << "the thief's organisation reached nobody";
}

} // namespace tansiq::test
