// Crafted cases: "active during" at the edges of a period, and people reached counted once.

#include "core/engine/Calendar.h"
#include "core/engine/LiveSnapshot.h"
#include "core/engine/Members.h"
#include "core/engine/PivotEngine.h"
#include "core/engine/SnapshotReader.h"
#include "core/storage/Transaction.h"
#include "tests/core/engine/EngineFixtures.h"
#include "tests/support/TestWorkspace.h"

#include <gtest/gtest.h>
#include <limits>
#include <random>

using namespace tansiq;
using namespace tansiq::engine;

namespace {

Period months(int y1, int m1, int y2, int m2)
{
    return Period { calendar::monthNumber(y1, m1), calendar::monthNumber(y2, m2) };
}

class EngineCase : public ::testing::Test {
protected:
    EngineCase() : data(ws->registry()) { ws->registry().writer().addListener(&live); }
    ~EngineCase() override { ws->registry().writer().removeListener(&live); }

    double total(Measure measure, std::optional<Period> period, QList<Filter> filters = {})
    {
        PivotQuery q;
        q.rows = Dimension::None;
        q.measure = measure;
        q.period = period;
        q.filters = filters;
        auto s = live.current();
        EXPECT_TRUE(s.ok());
        return PivotEngine(*s.value()).run(q).grandTotal();
    }

    test::TestWorkspace ws;
    test::EngineData data;
    LiveSnapshot live { ws->database() };
};

} // namespace

TEST_F(EngineCase, ActiveDuringCountsSameDayEdgesOpenEndsAndLongActivities)
{
    const QUuid org = data.org(QStringLiteral("EDGE"));
    const QString place = QStringLiteral("SY090301");
    data.activity(org, QStringLiteral("WASH-WTR"), place, QStringLiteral("2026-03-31"),
        QStringLiteral("2026-03-31"), 10);
    data.activity(org, QStringLiteral("WASH-WTR"), place, QStringLiteral("2026-04-01"),
        QStringLiteral("2026-04-30"), 10);
    data.activity(
        org, QStringLiteral("WASH-WTR"), place, QStringLiteral("2025-06-10"), QString(), 10);
    data.activity(org, QStringLiteral("WASH-WTR"), place, QStringLiteral("2026-01-05"), QString(),
        10, QStringLiteral("idp"), QStringLiteral("completed")); // reported in 2026-01
    data.activity(org, QStringLiteral("WASH-WTR"), place, QStringLiteral("2025-12-15"),
        QStringLiteral("2026-12-31"), 10);

    // March 2026: the one-day activity on its last day, the open-ended one, the long one.
    EXPECT_EQ(total(Measure::Activities, months(2026, 3, 2026, 3)), 3);
    // April 2026: the April activity starts on the first day.
    EXPECT_EQ(total(Measure::Activities, months(2026, 4, 2026, 4)), 3);
    // January 2026: the completed open-ended activity stopped in the month it reported.
    EXPECT_EQ(total(Measure::Activities, months(2026, 1, 2026, 1)), 3);
    EXPECT_EQ(total(Measure::Activities, months(2026, 2, 2026, 2)), 2);
    // Years later only the open-ended, still ongoing activity is active.
    EXPECT_EQ(total(Measure::Activities, months(2030, 1, 2030, 12)), 1);
    EXPECT_EQ(total(Measure::Activities, months(2025, 1, 2025, 5)), 0);

    // By month over 2026, the long activity is in all twelve months but counted once in total.
    PivotQuery q;
    q.rows = Dimension::Month;
    q.period = months(2026, 1, 2026, 12);
    auto s = live.current();
    ASSERT_TRUE(s.ok());
    const PivotResult byMonth = PivotEngine(*s.value()).run(q);
    ASSERT_EQ(byMonth.rowCount(), 12);
    EXPECT_EQ(memberCode(*s.value(), Dimension::Month, byMonth.rowMembers.first()),
        QStringLiteral("2026-01"));
    EXPECT_EQ(byMonth.value(2, 0), 3); // March
    EXPECT_EQ(byMonth.value(11, 0), 2); // December: the long one and the open-ended one
    EXPECT_EQ(byMonth.grandTotal(), 5);
}

TEST_F(EngineCase, UniqueReachTakesTheLargestPerPlaceAndTotalsUseTheSameRule)
{
    const QUuid a = data.org(QStringLiteral("AAA"));
    const QUuid b = data.org(QStringLiteral("BBB"));
    const QString thiban = QStringLiteral("SY090301");
    const QString other = QStringLiteral("SY090302");
    data.activity(a, QStringLiteral("WASH-WTR"), thiban, QStringLiteral("2026-01-01"),
        QStringLiteral("2026-06-30"), 100);
    data.activity(b, QStringLiteral("WASH-HYG"), thiban, QStringLiteral("2026-02-01"),
        QStringLiteral("2026-03-31"), 300);
    data.activity(a, QStringLiteral("WASH-WTR"), other, QStringLiteral("2026-01-01"),
        QStringLiteral("2026-06-30"), 50);
    data.activity(b, QStringLiteral("HLT-PHC"), thiban, QStringLiteral("2026-01-01"),
        QStringLiteral("2026-06-30"), 80);
    data.need(thiban, QStringLiteral("WASH"), 4, 1000);
    data.need(other, QStringLiteral("WASH"), 3, 500);
    data.need(thiban, QStringLiteral("HLT"), 3, 700);

    EXPECT_EQ(total(Measure::Reached, std::nullopt), 530);
    // Across sectors a place counts its largest figure: 300 in Thiban, 50 next door.
    EXPECT_EQ(total(Measure::ReachedUnique, std::nullopt), 350);

    PivotQuery q;
    q.rows = Dimension::ImplementingOrg;
    q.columns = Dimension::Sector;
    q.measure = Measure::ReachedUnique;
    auto s = live.current();
    ASSERT_TRUE(s.ok());
    const PivotResult r = PivotEngine(*s.value()).run(q);
    ASSERT_EQ(r.rowCount(), 2);
    ASSERT_EQ(r.columnCount(), 2); // HLT, WASH
    EXPECT_EQ(r.value(0, 1), 150); // AAA, WASH: two places
    EXPECT_EQ(r.value(1, 1), 300);
    EXPECT_EQ(r.value(2, 1), 350); // WASH total: 300 + 50, not 150 + 300
    EXPECT_EQ(r.value(0, 2), 150); // AAA across sectors
    EXPECT_EQ(r.value(1, 2), 300); // BBB: max(300, 80) in Thiban
    EXPECT_EQ(r.value(2, 2), 350);

    // Coverage of WASH: 350 of 1,500 in need. Across sectors Thiban needs max(1000, 700).
    q.measure = Measure::Coverage;
    const PivotResult c = PivotEngine(*s.value()).run(q);
    EXPECT_DOUBLE_EQ(c.value(2, 1), 350.0 / 1500.0);
    EXPECT_DOUBLE_EQ(c.value(2, 2), 350.0 / 1500.0);
    EXPECT_DOUBLE_EQ(c.value(2, 0), 80.0 / 700.0); // health
}

TEST_F(EngineCase, WritesShowWithoutRebuildingAndRollbacksVanish)
{
    const QUuid org = data.org(QStringLiteral("LIVE"));
    const QString place = QStringLiteral("SY090301");
    data.activity(
        org, QStringLiteral("WASH-WTR"), place, QStringLiteral("2026-01-01"), QString(), 10);
    EXPECT_EQ(total(Measure::Activities, std::nullopt), 1);
    EXPECT_EQ(live.fullBuilds(), 1);

    const QUuid second = data.activity(
        org, QStringLiteral("WASH-WTR"), place, QStringLiteral("2026-01-01"), QString(), 20);
    EXPECT_EQ(total(Measure::Reached, std::nullopt), 30);
    {
        Transaction tx(ws->database());
        data.activity(
            org, QStringLiteral("WASH-WTR"), place, QStringLiteral("2026-01-01"), QString(), 500);
        EXPECT_EQ(total(Measure::Reached, std::nullopt), 530); // visible inside the transaction
        tx.rollback();
    }
    EXPECT_EQ(total(Measure::Reached, std::nullopt), 30);
    ASSERT_TRUE(ws->registry().activities().remove(second).ok());
    EXPECT_EQ(total(Measure::Reached, std::nullopt), 10);
    EXPECT_EQ(live.fullBuilds(), 1);

    // Another connection (another process, a sync import) writes: rebuilt once, then current.
    {
        auto other = Workspace::open(ws.path(), ws.clock());
        ASSERT_TRUE(other.ok());
        test::EngineData(other.value()->registry())
            .activity(
                org, QStringLiteral("WASH-WTR"), place, QStringLiteral("2026-01-01"), QString(), 7);
    }
    EXPECT_EQ(total(Measure::Reached, std::nullopt), 17);
    EXPECT_EQ(live.fullBuilds(), 2);
    EXPECT_EQ(total(Measure::Reached, std::nullopt), 17);
    EXPECT_EQ(live.fullBuilds(), 2);
}

TEST(SnapshotBuild, TwoReaderThreadsReadTheSameAsOne)
{
    test::TestWorkspace ws;
    std::mt19937 random(99);
    test::EngineData(ws->registry()).randomFill(random, 120);
    SnapshotReader single(ws->database());
    single.setParallelFrom(std::numeric_limits<qint64>::max());
    SnapshotReader parallel(ws->database());
    parallel.setParallelFrom(1);
    auto a = single.build();
    auto b = parallel.build();
    ASSERT_TRUE(a.ok() && b.ok());
    const Snapshot& x = *a.value();
    const Snapshot& y = *b.value();
    ASSERT_EQ(x.rowCount(), y.rowCount());
    EXPECT_EQ(x.liveCount(), 120);
    EXPECT_EQ(x.id, y.id);
    EXPECT_EQ(x.implementingOrg, y.implementingOrg);
    EXPECT_EQ(x.fundingOrg, y.fundingOrg);
    EXPECT_EQ(x.place, y.place);
    EXPECT_EQ(x.startDay, y.startDay);
    EXPECT_EQ(x.endDay, y.endDay);
    EXPECT_EQ(x.reached, y.reached);
    EXPECT_EQ(x.budget, y.budget);
    EXPECT_EQ(x.live, y.live);
}
