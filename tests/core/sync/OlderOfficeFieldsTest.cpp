// Decision 0064: the activity's six targeted cells are appended sync fields (35-40). Ops from
// an office still on schema 6 lack them: a create leaves them empty, an edit leaves them as
// they are. And field numbers this version does not know are ignored, as an office on schema
// 6 ignores 35-40.

#include "core/registry/Registry.h"
#include "core/registry/TableSpec.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"
#include "core/sync/Merger.h"
#include "core/sync/OpCodec.h"
#include "core/sync/ReplicaDirectory.h"
#include "tests/support/TestWorkspace.h"

#include <gtest/gtest.h>

namespace tansiq::test {
namespace {

class OlderOfficeFields : public ::testing::Test {
protected:
    void SetUp() override
    {
        Organisation org;
        org.acronym = QStringLiteral("FDS");
        org.nameAr = QStringLiteral("جمعية الفرات للتنمية");
        const auto created = ws->registry().organisations().create(org);
        ASSERT_TRUE(created.ok()) << created.errorText().toStdString();
        orgId = created.value();
        for (const Sector& s : ws->registry().reference().sectors()) {
            if (s.code == u"WASH")
                wash = s.id;
        }
    }

    static int field(const char* column) { return tables::activity.indexOf(column) + 1; }

    // What an office on schema 6 sends for a new activity: only the 34 fields it knows.
    QList<sync::FieldValue> schema6Create() const
    {
        return { { field("implementing_org_id"), orgId.toRfc4122() },
            { field("reporting_org_id"), orgId.toRfc4122() },
            { field("sector_id"), wash.toRfc4122() },
            { field("admin_pcode"), QStringLiteral("SY090301") },
            { field("start_date"), QStringLiteral("2026-10-01") },
            { field("reporting_month"), QStringLiteral("2026-10") },
            { field("status"), QStringLiteral("ongoing") },
            { field("modality"), QStringLiteral("in_kind") },
            { field("population_group"), QStringLiteral("host") },
            { field("targeted"), qint64(900) }, { field("reached"), qint64(400) },
            { field("reached_women"), qint64(150) }, { field("currency"), QStringLiteral("USD") },
            { field("site_name"), QString(QLatin1String("")) },
            { field("contact_name"), QString(QLatin1String("")) },
            { field("contact_email"), QString(QLatin1String("")) },
            { field("contact_phone"), QString(QLatin1String("")) },
            { field("comments"), QString(QLatin1String("")) }, { field("sensitive"), qint64(0) } };
    }

    Status apply(const QUuid& row, bool create, const QList<sync::FieldValue>& fields, quint64 seq)
    {
        sync::ReplicaDirectory replicas(ws->database());
        const QUuid otherOffice = QUuid::createUuid();
        const auto origin = replicas.indexOf(QByteArray(16, '\x42'), otherOffice);
        if (!origin.ok())
            return Status::failure(origin.issues());
        sync::Merger merger(ws->database(), ws->registry().writer(), replicas);
        sync::Op op;
        op.tableName = tables::activity.name;
        op.table = &tables::activity;
        op.row = row;
        op.seq = seq;
        op.hlc = quint64(ws.clock().nowMs()) << 16;
        op.create = create;
        op.createdAt = ws.clock().nowMs();
        op.fields = fields;
        Transaction transaction(ws->database());
        sync::Merger::Counts counts;
        const Status applied
            = merger.apply(op, *origin, otherOffice, {}, ws.clock().nowMs(), counts);
        if (!applied.ok())
            return applied;
        return transaction.commit();
    }

    TestWorkspace ws;
    QUuid orgId, wash;
};

} // namespace

TEST_F(OlderOfficeFields, TheTargetedCellsAreAppendedSoEarlierFieldNumbersStay)
{
    EXPECT_EQ(field("sensitive"), 34); // the last field of schema 6
    EXPECT_EQ(field("targeted_girls"), 35);
    EXPECT_EQ(field("targeted_elderly_men"), 40);
    EXPECT_EQ(tables::activity.columns.size(), 40);
}

TEST_F(OlderOfficeFields, ACreateFromASchema6OfficeLeavesTheTargetedCellsEmpty)
{
    const QUuid id = QUuid::createUuid();
    const Status applied = apply(id, true, schema6Create(), 1);
    ASSERT_TRUE(applied.ok()) << applied.errorText().toStdString();
    const auto stored = ws->registry().activities().get(id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->targeted, 900);
    EXPECT_EQ(stored->reachedWomen, 150);
    EXPECT_FALSE(stored->targetedGirls.has_value());
    EXPECT_FALSE(stored->targetedElderlyMen.has_value());
}

TEST_F(OlderOfficeFields, AnEditFromASchema6OfficeKeepsTheTargetedCellsAndUnknownFieldsAreIgnored)
{
    Activity a;
    a.implementingOrgId = orgId;
    a.sectorId = wash;
    a.adminPcode = QStringLiteral("SY090301");
    a.startDate = QStringLiteral("2026-10-01");
    a.reportingMonth = QStringLiteral("2026-10");
    a.targetedWomen = 300;
    a.targetedMen = 200;
    const auto created = ws->registry().activities().create(a);
    ASSERT_TRUE(created.ok()) << created.errorText().toStdString();
    ws.clock().advance(60'000);
    // The older office changes the reached total; a newer one than us sends field 41 too.
    ASSERT_TRUE(apply(created.value(), false,
        { { field("reached"), qint64(420) }, { 41, QStringLiteral("from the future") } }, 1)
                    .ok());
    const auto stored = ws->registry().activities().get(created.value());
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->reached, 420);
    EXPECT_EQ(stored->targetedWomen, 300);
    EXPECT_EQ(stored->targetedMen, 200);
    EXPECT_EQ(stored->targeted, 500);
}

} // namespace tansiq::test
