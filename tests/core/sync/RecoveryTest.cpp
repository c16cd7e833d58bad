// Issue 12 item 5: a lost or stolen head-office laptop, recovered exactly as docs/recovery.md
// says (docs/decisions/0061): the database restored from a backup on a new laptop, a new
// everyday key certified there with the offline certification key (which retires the old one),
// a bundle to every office. Field offices take the new key and converge; whatever the stolen
// laptop signs afterwards is refused, with an alert.

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

} // namespace

TEST_F(SyncCertified, AStolenHeadOfficeLaptopIsReplacedAndWhatItSignsLaterIsRefused)
{
    // Before the theft: everyone has everything; the last backup is taken.
    addOrganisations(ho(), 2);
    ASSERT_TRUE(ho().import(bundle(f1(), ho())).ok());
    ASSERT_TRUE(f1().import(bundle(ho(), f1())).ok());
    ASSERT_TRUE(f2().import(bundle(ho(), f2())).ok());
    std::unique_ptr<SimOffice> laptop = network().copyOf(ho()); // restored from the backup
    SimOffice& stolen = ho();
    const QByteArray stolenKey = stolen.keys.signPublic;

    // 1. On the new laptop: a new everyday key, certified with the offline certification key.
    auto keys = sync::enrolment::certifyNewEverydayKey(laptop->db(), network().root(),
        "new laptop in damascus 2026", laptop->workspace->clock().nowMs());
    ASSERT_TRUE(keys.ok()) << keys.errorText().toStdString();
    laptop->keys = keys.value();
    laptop->workspace->reopen();
    laptop->context = std::make_unique<sync::SyncContext>(
        (*laptop->workspace)->registry(), laptop->workspace->clock());
    EXPECT_TRUE(sync::Roster(laptop->db()).unlock("new laptop in damascus 2026").ok());
    const sync::Revocations retired = sync::Roster(laptop->db()).revocations();
    ASSERT_EQ(retired.keys.size(), 1);
    EXPECT_EQ(retired.keys.first().signPublic, stolenKey);

    // 2. A bundle to every office: they take the new key and the retired one with it.
    addOrganisations(*laptop, 1);
    for (SimOffice* field : { &f1(), &f2() }) {
        auto imported = field->import(bundle(*laptop, *field));
        ASSERT_TRUE(imported.ok())
            << field->name.toStdString() << ": " << imported.errorText().toStdString();
        EXPECT_EQ(imported->applied, 1);
        sync::Roster roster(field->db());
        EXPECT_EQ(roster.office(ho().id())->signPublic, keys->signPublic);
        EXPECT_NE(roster.revocations().retired(ho().id(), stolenKey), nullptr);
    }

    // 3. Ordinary exchanges go on and every office converges.
    addOrganisations(f2(), 1);
    ASSERT_TRUE(laptop->import(bundle(f1(), *laptop)).ok());
    auto fromF2 = laptop->import(bundle(f2(), *laptop));
    ASSERT_TRUE(fromF2.ok()) << fromF2.errorText().toStdString();
    ASSERT_TRUE(f1().import(bundle(*laptop, f1())).ok());
    ASSERT_TRUE(f2().import(bundle(*laptop, f2())).ok());
    EXPECT_EQ(f1().stateHash(), laptop->stateHash());
    EXPECT_EQ(f2().stateHash(), laptop->stateHash());

    // 4. The thief signs a bundle with the stolen key: refused whole, with an alert, and the
    // field office's data unchanged.
    addOrganisations(stolen, 1);
    const QByteArray forged = bundle(stolen, f1());
    const QString before = logicalDump(f1().db(), QStringLiteral("sync_alert"));
    auto refused = f1().import(forged);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.issues().first().code, QStringLiteral("bundle-retired-key"));
    EXPECT_EQ(logicalDump(f1().db(), QStringLiteral("sync_alert")), before);
    EXPECT_EQ(alerts(f1(), "bundle-retired-key"), 1);

    // 5. Its batch relayed by a field office (one that took it before it knew) is refused
    // alone at the head office, with an alert; the rest of that bundle imports.
    auto content = sync::manifest::parse(open(forged, f1()));
    ASSERT_TRUE(content.ok());
    ASSERT_FALSE(content->batches.isEmpty());
    addOrganisations(f1(), 1);
    auto honest = sync::manifest::parse(open(bundle(f1(), *laptop), *laptop));
    ASSERT_TRUE(honest.ok());
    QList<QByteArray> batches = honest->batches;
    batches.prepend(content->batches.last()); // the thief's new change
    sync::Manifest relayed = manifestFrom(f1(), *laptop, batches);
    auto imported = laptop->import(sealedManifest(relayed, batches, f1(), *laptop));
    ASSERT_TRUE(imported.ok()) << imported.errorText().toStdString();
    EXPECT_EQ(imported->refusedBatches, 1);
    EXPECT_EQ(imported->applied, 1);
    EXPECT_EQ(alerts(*laptop, "batch-retired-key"), 1);
    EXPECT_EQ(laptop->registry().organisations().list().size(),
        f1().registry().organisations().list().size());
    EXPECT_EQ(f1().stateHash(), laptop->stateHash()) << "the thief's organisation reached nobody";
}

// A self-rooted head office (made before certification keys) cannot retire its root this way:
// its everyday key is the root, and the stolen laptop holds it.
TEST(SyncRecovery, ASelfRootedHeadOfficeCannotReplaceItsRootByANewEverydayKey)
{
    SimNetwork network(1);
    SimOffice& ho = network.headOffice();
    const QString before = logicalDump(ho.db());
    auto keys = sync::enrolment::certifyNewEverydayKey(
        ho.db(), network.root(), "new laptop in damascus 2026", 5);
    ASSERT_FALSE(keys.ok());
    EXPECT_EQ(keys.issues().first().code, QStringLiteral("self-rooted"));
    EXPECT_EQ(logicalDump(ho.db()), before);
}

} // namespace tansiq::test
