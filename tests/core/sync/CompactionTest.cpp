// Compaction of the operation log (docs/decisions/0093): what an office keeps after its
// operations were acknowledged, and that sync stays correct around it — a late office that had
// acknowledged nothing still converges, the head office keeps what later offices need, an office
// keeps its own batches, and edits after compaction still travel.

#include "core/registry/Registry.h"
#include "core/storage/Database.h"
#include "core/sync/Compactor.h"
#include "core/sync/OpLogAudit.h"
#include "tests/core/sync/SyncNetwork.h"
#include "tests/support/TestRecords.h"

#include <gtest/gtest.h>

namespace tansiq::test {
namespace {

qint64 count(SimOffice& office, const char* sql)
{
    Statement select(office.db().handle(), sql);
    return select.step() == Statement::Step::Row ? select.int64(0) : -1;
}

qint64 compactedBatches(SimOffice& office)
{
    return count(office, "SELECT count(*) FROM sync_batch WHERE length(bytes) = 0");
}

// Batches of this office's own replicas whose bytes are gone (must never happen).
qint64 ownBatchesDropped(SimOffice& office)
{
    return count(office,
        "SELECT count(*) FROM sync_batch WHERE length(bytes) = 0 AND replica_idx "
        "IN (SELECT DISTINCT replica_idx FROM sync_op)");
}

void exchange(SimOffice& from, SimOffice& to)
{
    auto bundle = from.exportTo(to);
    ASSERT_TRUE(bundle.ok()) << bundle.errorText().toStdString();
    auto imported = to.import(bundle->bytes);
    ASSERT_TRUE(imported.ok()) << imported.errorText().toStdString();
}

// Two rounds through the head office: after the second, the head office has acknowledged every
// relayed batch to each field office that took part.
void twoRounds(SimNetwork& network, const QList<int>& offices)
{
    for (int round = 0; round < 2; ++round) {
        for (int i : offices)
            exchange(network.office(i), network.headOffice());
        for (int i : offices)
            exchange(network.headOffice(), network.office(i));
    }
}

TEST(SyncCompaction, LateOfficeConvergesAfterTheOthersCompacted)
{
    SimNetwork network(3, SimNetwork::Root::CertificationKey);
    SimOffice& late = network.office(3);
    const QUuid first = addOrganisation(network.office(1).registry(), QStringLiteral("ALPHA"));
    addOrganisation(network.office(2).registry(), QStringLiteral("BETA"));
    addOrganisation(late.registry(), QStringLiteral("LATE"));
    twoRounds(network, { 1, 2 });
    // An edit made after the first compaction travels too.
    auto org = network.office(2).registry().organisations().get(first);
    ASSERT_TRUE(org.has_value());
    org->contactName = QStringLiteral("Edited at F2");
    ASSERT_TRUE(network.office(2).registry().organisations().update(*org).ok());
    twoRounds(network, { 1, 2 });

    // The field offices that exchanged let go of the relayed batches the head office has
    // acknowledged; their own stay, and the head office keeps everything.
    EXPECT_GT(compactedBatches(network.office(1)), 0);
    EXPECT_GT(compactedBatches(network.office(2)), 0);
    EXPECT_EQ(ownBatchesDropped(network.office(1)), 0);
    EXPECT_EQ(ownBatchesDropped(network.office(2)), 0);
    EXPECT_EQ(compactedBatches(network.headOffice()), 0);
    EXPECT_EQ(count(network.office(1), "SELECT count(*) FROM sync_op WHERE length(fields) > 0"), 0);

    // The late office first hears from a field office that compacted, then from the head office.
    exchange(network.office(1), late);
    exchange(late, network.headOffice());
    exchange(network.headOffice(), late);
    twoRounds(network, { 1, 2, 3 });
    const QByteArray reference = network.headOffice().stateHash();
    for (int i = 1; i < network.size(); ++i)
        EXPECT_EQ(network.office(i).stateHash().toHex(), reference.toHex()) << "office " << i;
    const auto seen = late.registry().organisations().get(first);
    ASSERT_TRUE(seen.has_value());
    EXPECT_EQ(seen->contactName, QStringLiteral("Edited at F2"));
    EXPECT_EQ(late.registry().organisations().list().size(), 3);
    for (int i = 0; i < network.size(); ++i)
        EXPECT_EQ(sync::auditOpLog(network.office(i).db()), QStringList()) << "office " << i;
}

TEST(SyncCompaction, CreatesReadFromTheirRecordsTravelWithLaterEdits)
{
    SimNetwork network(1);
    SimOffice& field = network.office(1);
    const QUuid kept = addOrganisation(field.registry(), QStringLiteral("KEPT"));
    const QUuid edited = addOrganisation(field.registry(), QStringLiteral("EDITED"));
    const QUuid removed = addOrganisation(field.registry(), QStringLiteral("REMOVED"));
    const auto compacted = sync::compact(field.db());
    ASSERT_TRUE(compacted.ok());
    EXPECT_EQ(compacted->recordCreates, 3);
    EXPECT_GT(compacted->bytesFreed, 0);
    EXPECT_EQ(
        count(field, "SELECT count(*) FROM sync_op WHERE kind = 2 AND length(fields) = 0"), 3);
    EXPECT_EQ(sync::auditOpLog(field.db()), QStringList());
    // Compacting again finds nothing new.
    const auto again = sync::compact(field.db());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->recordCreates + again->sealedOps + again->bytesFreed, 0);

    // Edited and deleted after compaction, before any bundle left.
    auto org = field.registry().organisations().get(edited);
    ASSERT_TRUE(org.has_value());
    org->nameEn = QStringLiteral("Edited after compaction");
    ASSERT_TRUE(field.registry().organisations().update(*org).ok());
    ASSERT_TRUE(field.registry().organisations().remove(removed).ok());

    exchange(field, network.headOffice());
    EXPECT_EQ(network.headOffice().stateHash().toHex(), field.stateHash().toHex());
    const auto there = network.headOffice().registry().organisations().get(edited);
    ASSERT_TRUE(there.has_value());
    EXPECT_EQ(there->nameEn, QStringLiteral("Edited after compaction"));
    EXPECT_TRUE(network.headOffice().registry().organisations().get(kept).has_value());
    EXPECT_EQ(sync::auditOpLog(network.headOffice().db()), QStringList());
    // Sealed now: the field office's op log holds no values any more, its batches do.
    EXPECT_EQ(count(field, "SELECT count(*) FROM sync_op WHERE length(fields) > 0"), 0);
    EXPECT_EQ(sync::auditOpLog(field.db()), QStringList());
}

TEST(SyncCompaction, ConcurrentEditsStillConflictAfterCompaction)
{
    SimNetwork network(2);
    const QUuid id = addOrganisation(network.office(1).registry(), QStringLiteral("SHARED"));
    twoRounds(network, { 1, 2 });
    ASSERT_GT(compactedBatches(network.office(2)), 0);
    for (int i : { 1, 2 }) {
        auto org = network.office(i).registry().organisations().get(id);
        ASSERT_TRUE(org.has_value());
        org->contactPhone = QStringLiteral("+963 11 00%1").arg(i);
        ASSERT_TRUE(network.office(i).registry().organisations().update(*org).ok());
    }
    exchange(network.office(1), network.headOffice());
    auto second = network.office(2).exportTo(network.headOffice());
    ASSERT_TRUE(second.ok());
    auto imported = network.headOffice().import(second->bytes);
    ASSERT_TRUE(imported.ok());
    EXPECT_EQ(imported->conflicts, 1);
    twoRounds(network, { 1, 2 });
    EXPECT_EQ(network.office(1).stateHash().toHex(), network.headOffice().stateHash().toHex());
    EXPECT_EQ(network.office(2).stateHash().toHex(), network.headOffice().stateHash().toHex());
}

// The head office restored from a backup taken before a field office's bundle: the field office
// kept its own batches, so its next bundle fills the head office again.
TEST(SyncCompaction, HeadOfficeRestoredFromAnOlderCopyIsFilledAgain)
{
    SimNetwork network(2);
    auto before = network.copyOf(network.headOffice());
    const QUuid id = addOrganisation(network.office(1).registry(), QStringLiteral("LOST"));
    twoRounds(network, { 1, 2 });
    ASSERT_GT(compactedBatches(network.office(2)), 0);
    // The restored head office (same keys) acknowledges less; both field offices answer.
    exchange(*before, network.office(1));
    exchange(*before, network.office(2));
    exchange(network.office(2), *before);
    EXPECT_FALSE(before->registry().organisations().get(id).has_value()); // F2 let them go
    exchange(network.office(1), *before);
    EXPECT_TRUE(before->registry().organisations().get(id).has_value());
    EXPECT_EQ(before->stateHash().toHex(), network.office(1).stateHash().toHex());
    EXPECT_EQ(before->stateHash().toHex(), network.office(2).stateHash().toHex());
}

} // namespace
} // namespace tansiq::test
