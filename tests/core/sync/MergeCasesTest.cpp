// sync.md adversarial cases 9-17, 19 and 24: ordering, gaps, copies, clocks, conflicts.

#include "core/registry/Registry.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"
#include "core/sync/Conflicts.h"
#include "core/sync/Enrolment.h"
#include "core/sync/Importer.h"
#include "core/sync/Roster.h"
#include "core/sync/StateHash.h"
#include "tests/core/sync/AdversarialSupport.h"

#include <algorithm>

namespace tansiq::test {
namespace {

Organisation orgAt(SimOffice& office, const QUuid& id)
{
    auto org = office.registry().organisations().get(id);
    EXPECT_TRUE(org.has_value());
    return org.value_or(Organisation {});
}

void rename(SimOffice& office, const QUuid& id, const QString& name)
{
    Organisation org = orgAt(office, id);
    org.nameEn = name;
    ASSERT_TRUE(office.registry().organisations().update(org).ok());
}

QList<QUuid> organisations(SimOffice& office)
{
    QList<QUuid> ids;
    for (const Organisation& org : office.registry().organisations().list())
        ids << org.meta.id;
    return ids;
}

void deliver(SimOffice& from, SimOffice& to)
{
    auto bundle = from.exportTo(to);
    ASSERT_TRUE(bundle.ok()) << bundle.errorText().toStdString();
    auto imported = to.import(bundle->bytes);
    ASSERT_TRUE(imported.ok()) << imported.errorText().toStdString();
}

// Everyone sends to HO, HO sends to everyone.
void fullRound(SimNetwork& network)
{
    for (int i = 1; i < network.size(); ++i)
        deliver(network.office(i), network.headOffice());
    for (int i = 1; i < network.size(); ++i)
        deliver(network.headOffice(), network.office(i));
}

} // namespace

// Case 9.
TEST_F(SyncAdversarial, Case09_FiveBundlesInEveryOrderGiveTheSameState)
{
    const QList<QUuid> shared = organisations(f1());
    deliver(f1(), ho());
    deliver(ho(), f2());
    QList<QByteArray> bundles;
    rename(f1(), shared.at(0), QStringLiteral("F1 first"));
    bundles << bundle(f1(), ho());
    rename(f2(), shared.at(0), QStringLiteral("F2 concurrently"));
    addOrganisations(f2(), 2);
    bundles << bundle(f2(), ho());
    rename(f1(), shared.at(1), QStringLiteral("F1 second"));
    addOrganisations(f1(), 1);
    bundles << bundle(f1(), ho());
    ASSERT_TRUE(f2().registry().organisations().remove(shared.at(1)).ok());
    bundles << bundle(f2(), ho());
    rename(f1(), shared.at(2), QStringLiteral("F1 third"));
    bundles << bundle(f1(), ho());

    QList<int> order = { 0, 1, 2, 3, 4 };
    QByteArray reference;
    int orders = 0;
    do {
        // Each order runs inside a transaction that is rolled back afterwards.
        Transaction outer(ho().db());
        ASSERT_TRUE(outer.begun().ok());
        sync::SyncContext context(ho().registry(), ho().workspace->clock());
        sync::Importer importer(context);
        for (int index : order)
            ASSERT_TRUE(importer.run(bundles.at(index), ho().keys).ok());
        ASSERT_TRUE(importer.run(bundles.at(order.at(orders % 5)), ho().keys).ok()); // a repeat
        const QByteArray hash = sync::stateHash(ho().db());
        if (reference.isEmpty())
            reference = hash;
        EXPECT_EQ(hash.toHex(), reference.toHex()) << "order " << orders;
        outer.rollback();
        ++orders;
    } while (std::next_permutation(order.begin(), order.end()));
    EXPECT_EQ(orders, 120);
}

// Case 10.
TEST_F(SyncAdversarial, Case10_AMissingPredecessorWaitsThenTheNextCumulativeBundleFillsIt)
{
    const QByteArray lost = bundle(f1(), ho()); // never arrives
    Q_UNUSED(lost);
    // F1 wrongly believes HO has its first batch (say HO's acknowledgement came from a
    // database HO later restored), so the next bundle carries only the new batch.
    auto local = f1().context->localReplica();
    ASSERT_TRUE(local.ok());
    ASSERT_TRUE(f1().context->store().raisePeerHave(ho().id(), local.value(), 3).ok());
    const QList<QUuid> later = addOrganisations(f1(), 2);
    auto waiting = ho().import(bundle(f1(), ho()));
    ASSERT_TRUE(waiting.ok());
    EXPECT_EQ(waiting->applied, 0);
    EXPECT_EQ(waiting->waiting, 1);
    EXPECT_TRUE(ho().registry().organisations().list().isEmpty());
    // Acknowledgements are corrected by HO's own bundle; then everything is sent again.
    deliver(ho(), f1());
    auto filled = ho().import(bundle(f1(), ho()));
    ASSERT_TRUE(filled.ok());
    EXPECT_EQ(filled->waiting, 0);
    EXPECT_EQ(ho().registry().organisations().list().size(), 5);
    EXPECT_EQ(ho().stateHash().toHex(), f1().stateHash().toHex());
}

// Case 11.
TEST_F(SyncAdversarial, Case11_ACopiedOrRestoredDatabaseIsDetected)
{
    // A second laptop with a copy of F1's database writes under the same replica id.
    auto twin = network().copyOf(f1());
    addOrganisations(f1(), 1);
    addOrganisations(*twin, 1);
    deliver(f1(), ho());
    const QString before = logicalDump(ho().db(),
        QStringLiteral("sync_alert sync_backlog "
                       "sync_bundle_log sync_peer_have"));
    auto clash = ho().import(bundle(*twin, ho()));
    ASSERT_TRUE(clash.ok());
    EXPECT_GE(clash->equivocations, 1);
    EXPECT_EQ(logicalDump(ho().db(),
                  QStringLiteral("sync_alert sync_backlog sync_bundle_log "
                                 "sync_peer_have")),
        before);
    Statement alerts(
        ho().db().handle(), "SELECT count(*) FROM sync_alert WHERE kind = 'equivocation'");
    alerts.step();
    EXPECT_GE(alerts.int64(0), 1);

    // F1 restored from a backup taken before its latest changes reached HO.
    auto backup = network().copyOf(f2());
    addOrganisations(f2(), 2);
    deliver(f2(), ho());
    const QByteArray fromHo = bundle(ho(), *backup);
    expectRefused(*backup, fromHo, QStringLiteral("sync-restored-database"));
    // Renewing the replica id makes the restored database usable again.
    ASSERT_TRUE(sync::enrolment::renewReplica(backup->db()).ok());
    backup->workspace->reopen();
    backup->context = std::make_unique<sync::SyncContext>(
        (*backup->workspace)->registry(), backup->workspace->clock());
    auto again = backup->import(fromHo);
    EXPECT_TRUE(again.ok()) << again.errorText().toStdString();
}

// Case 12.
TEST_F(SyncAdversarial, Case12_AnOldHeadOfficeBundleWithAnOlderRevocationListIsHarmless)
{
    ASSERT_TRUE(sync::enrolment::revoke(ho().db(), ho().keys, QUuid::createUuid(), 1).ok());
    const QByteArray old = bundle(ho(), f2());
    ASSERT_TRUE(sync::enrolment::revoke(ho().db(), ho().keys, f1().id(), 2).ok());
    const QByteArray current = bundle(ho(), f2());
    ASSERT_TRUE(f2().import(current).ok());
    sync::Roster roster(f2().db());
    EXPECT_EQ(roster.revocations().version, 2u);
    auto replayed = f2().import(old);
    ASSERT_TRUE(replayed.ok());
    EXPECT_FALSE(replayed->warnings.isEmpty());
    EXPECT_EQ(roster.revocations().version, 2u);
    EXPECT_TRUE(roster.office(f1().id())->revoked);
    expectRefused(f2(), bundle(f1(), f2()), QStringLiteral("bundle-revoked-sender"));
}

// Case 13.
TEST_F(SyncAdversarial, Case13_ClocksFarAheadAreQuarantinedFarBehindAreHarmless)
{
    constexpr qint64 kTenYears = qint64(3653) * 24 * 3600 * 1000;
    f2().workspace->clock().advance(kTenYears);
    addOrganisations(f2(), 1);
    auto ahead = ho().import(bundle(f2(), ho()));
    ASSERT_TRUE(ahead.ok());
    EXPECT_EQ(ahead->quarantined, 1);
    EXPECT_EQ(ahead->applied, 0);
    EXPECT_TRUE(ho().registry().organisations().list().isEmpty());

    f1().workspace->clock().advance(-kTenYears);
    addOrganisations(f1(), 1);
    auto behind = ho().import(bundle(f1(), ho()));
    ASSERT_TRUE(behind.ok());
    EXPECT_EQ(behind->applied, 4);

    // A local clock behind the head office's signed time is reported.
    f1().workspace->clock().advance(-3 * 3600 * 1000);
    auto late = f1().import(bundle(ho(), f1()));
    ASSERT_TRUE(late.ok());
    EXPECT_FALSE(late->warnings.isEmpty());

    // The local clock stepping back: new writes still order after earlier ones.
    Statement last(ho().db().handle(), "SELECT max(hlc) FROM sync_op");
    addOrganisations(ho(), 1);
    last.step();
    const qint64 before = last.int64(0);
    ho().workspace->clock().advance(-24 * 3600 * 1000);
    addOrganisations(ho(), 1);
    Statement after(ho().db().handle(), "SELECT hlc FROM sync_op ORDER BY seq DESC LIMIT 1");
    after.step();
    EXPECT_GT(after.int64(0), before);
}

// Case 14.
TEST_F(SyncAdversarial, Case14_ConcurrentEditsConvergeSameFieldIsFlaggedEditVersusDeleteKeeps)
{
    const QList<QUuid> ids = organisations(f1());
    deliver(f1(), ho());
    deliver(ho(), f2());
    rename(f1(), ids.at(0), QStringLiteral("Name from F1"));
    f2().workspace->clock().advance(10);
    rename(f2(), ids.at(0), QStringLiteral("Name from F2")); // same field: a conflict
    Organisation other = orgAt(f2(), ids.at(1));
    other.contactPhone = QStringLiteral("+963 21 111"); // different fields: no conflict
    ASSERT_TRUE(f2().registry().organisations().update(other).ok());
    Organisation phone = orgAt(f1(), ids.at(1));
    phone.contactName = QStringLiteral("Rana");
    ASSERT_TRUE(f1().registry().organisations().update(phone).ok());
    ASSERT_TRUE(f1().registry().organisations().remove(ids.at(2)).ok()); // delete at F1
    rename(f2(), ids.at(2), QStringLiteral("Edited at F2")); // edit at F2
    fullRound(network());
    fullRound(network());
    for (SimOffice* office : { &ho(), &f1(), &f2() }) {
        EXPECT_EQ(office->stateHash().toHex(), ho().stateHash().toHex());
        EXPECT_EQ(orgAt(*office, ids.at(0)).nameEn, QStringLiteral("Name from F2"));
        EXPECT_EQ(orgAt(*office, ids.at(1)).contactPhone, QStringLiteral("+963 21 111"));
        EXPECT_EQ(orgAt(*office, ids.at(1)).contactName, QStringLiteral("Rana"));
        EXPECT_EQ(orgAt(*office, ids.at(2)).nameEn, QStringLiteral("Edited at F2"));
        EXPECT_TRUE(office->registry().writer().exists(tables::organisation, ids.at(2)));
    }
    sync::Conflicts conflicts(ho().db(), ho().registry().writer());
    const QList<sync::Conflict> open = conflicts.list();
    ASSERT_EQ(open.size(), 2);
    QStringList kinds;
    for (const sync::Conflict& conflict : open)
        kinds << conflict.kind + QLatin1Char(':') + conflict.fieldName;
    kinds.sort();
    EXPECT_EQ(kinds,
        (QStringList { QStringLiteral("edit-delete:deleted"), QStringLiteral("value:name_en") }));
}

// Case 15.
TEST_F(SyncAdversarial, Case15_AConflictResolutionReachesEveryOfficeAndClosesItThere)
{
    const QList<QUuid> ids = organisations(f1());
    deliver(f1(), ho());
    deliver(ho(), f2());
    rename(f1(), ids.at(0), QStringLiteral("F1 says"));
    rename(f2(), ids.at(0), QStringLiteral("F2 says"));
    fullRound(network());
    fullRound(network());
    sync::Conflicts atHo(ho().db(), ho().registry().writer());
    ASSERT_EQ(atHo.list().size(), 1);
    const sync::Conflict conflict = atHo.list().first();
    int keep = 0;
    for (int i = 0; i < conflict.heads.size(); ++i) {
        if (conflict.heads.at(i).value.toString() != conflict.current.toString())
            keep = i + 1; // keep the value that lost
    }
    ASSERT_GT(keep, 0);
    const QString kept = conflict.heads.at(keep - 1).value.toString();
    ASSERT_TRUE(atHo.resolve(conflict.id, QString::number(keep)).ok());
    fullRound(network());
    for (SimOffice* office : { &ho(), &f1(), &f2() }) {
        EXPECT_EQ(orgAt(*office, ids.at(0)).nameEn, kept);
        sync::Conflicts there(office->db(), office->registry().writer());
        EXPECT_TRUE(there.list().isEmpty()) << office->name.toStdString();
        EXPECT_EQ(office->stateHash().toHex(), ho().stateHash().toHex());
    }
}

// Case 16.
TEST_F(SyncAdversarial, Case16_AChildArrivingBeforeItsParentWaitsForIt)
{
    const QList<QUuid> ids = organisations(f1());
    deliver(f1(), f2()); // F2 learns the organisations directly from F1
    Project project;
    project.code = QStringLiteral("F2-P1");
    project.titleEn = QStringLiteral("Winter response");
    project.titleAr = QStringLiteral("استجابة الشتاء");
    project.leadOrgId = ids.at(0);
    project.startDate = QStringLiteral("2026-01-01");
    ASSERT_TRUE(f2().registry().projects().create(project).ok());
    // F2 believes HO already has F1's organisations: the project travels alone.
    const qint64 f1Replica = f2().context->replicas().find(f1().context->replicaId());
    ASSERT_GE(f1Replica, 0);
    ASSERT_TRUE(f2().context->store().raisePeerHave(ho().id(), quint32(f1Replica), 3).ok());
    auto child = ho().import(bundle(f2(), ho()));
    ASSERT_TRUE(child.ok()) << child.errorText().toStdString();
    EXPECT_EQ(child->waiting, 1);
    EXPECT_TRUE(ho().registry().projects().list().isEmpty());
    auto parent = ho().import(bundle(f1(), ho()));
    ASSERT_TRUE(parent.ok());
    EXPECT_EQ(parent->waiting, 0);
    EXPECT_EQ(ho().registry().projects().list().size(), 1);
    Statement check(ho().db().handle(), "SELECT count(*) FROM pragma_foreign_key_check");
    check.step();
    EXPECT_EQ(check.int64(0), 0);
}

// Case 17.
TEST_F(SyncAdversarial, Case17_TheSameOrganisationRegisteredTwiceStaysTwoRecordsEverywhere)
{
    Organisation org;
    org.acronym = QStringLiteral("SARC");
    org.nameEn = QStringLiteral("Syrian Arab Red Crescent");
    org.nameAr = QStringLiteral("الهلال الأحمر العربي السوري");
    org.type = QStringLiteral("red_cross");
    ASSERT_TRUE(f1().registry().organisations().create(org).ok());
    ASSERT_TRUE(f2().registry().organisations().create(org).ok());
    fullRound(network());
    fullRound(network());
    for (SimOffice* office : { &ho(), &f1(), &f2() }) {
        int sarc = 0;
        for (const Organisation& each : office->registry().organisations().list())
            sarc += each.acronym == u"SARC" ? 1 : 0;
        EXPECT_EQ(sarc, 2) << office->name.toStdString();
        EXPECT_EQ(office->stateHash().toHex(), ho().stateHash().toHex());
    }
}

// Case 19 (in process; tansiq-cli is really killed in CliSyncTest).
TEST_F(SyncAdversarial, Case19_AnImportInterruptedAtAnyStepLeavesNothingAndCanBeRepeated)
{
    const QByteArray good = bundle(f1(), ho());
    for (const char* stop : { "verified", "applied" }) {
        const QString before = logicalDump(ho().db());
        sync::Importer importer(*ho().context);
        importer.setStepHook([stop](const char* step) { return qstrcmp(step, stop) != 0; });
        auto interrupted = importer.run(good, ho().keys);
        ASSERT_FALSE(interrupted.ok());
        EXPECT_EQ(interrupted.issues().first().code, QStringLiteral("import-interrupted"));
        EXPECT_EQ(logicalDump(ho().db()), before) << stop;
    }
    auto imported = ho().import(good);
    ASSERT_TRUE(imported.ok()) << imported.errorText().toStdString();
    EXPECT_EQ(imported->applied, 3);
}

// Case 24.
TEST_F(SyncAdversarial, Case24_AWrongPassphraseOrDamagedKeyStoreUnlocksNothing)
{
    auto keys = sync::enrolment::initOffice(
        f1().db(), QStringLiteral("Aleppo"), false, "the right passphrase", 1);
    ASSERT_TRUE(keys.ok());
    sync::Roster roster(f1().db());
    auto wrong = roster.unlock("the wrong passphrase");
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.issues().first().code, QStringLiteral("wrong-passphrase"));
    auto right = roster.unlock("the right passphrase");
    ASSERT_TRUE(right.ok());
    EXPECT_EQ(right->signSecret, keys->signSecret);
    ASSERT_TRUE(f1().db()
                    .execScript("UPDATE sync_own_key SET sealed = "
                                "substr(sealed, 1, 60) || X'00' || substr(sealed, 62)")
                    .ok());
    auto damaged = roster.unlock("the right passphrase");
    ASSERT_FALSE(damaged.ok());
    EXPECT_EQ(damaged.issues().first().code, QStringLiteral("wrong-passphrase"));
    // A damaged cost parameter must not make the unlock take unbounded memory or time.
    ASSERT_TRUE(f1().db()
                    .execScript("UPDATE sync_own_key SET sealed = substr(sealed, 1, 24) || "
                                "X'FFFFFFFFFFFFFFFF' || substr(sealed, 33)")
                    .ok());
    EXPECT_FALSE(roster.unlock("the right passphrase").ok());
}

} // namespace tansiq::test
