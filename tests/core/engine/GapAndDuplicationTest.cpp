// Crafted gap lists and duplications: found where they should be, not where organisation,
// place, sector, activity type, population group or period differ; complementary marks.

#include "core/engine/DuplicationIndex.h"
#include "core/engine/DuplicationReviews.h"
#include "core/engine/DuplicationScan.h"
#include "core/engine/GapAnalysis.h"
#include "core/engine/LiveSnapshot.h"
#include "core/engine/Workers.h"
#include "core/storage/Database.h"
#include "tests/core/engine/EngineFixtures.h"
#include "tests/support/TestWorkspace.h"

#include <gtest/gtest.h>

using namespace tansiq;
using namespace tansiq::engine;

namespace {

const QString kThiban = QStringLiteral("SY090301");
const QString kNeighbour = QStringLiteral("SY090302");

QList<DuplicateGroup> scan(Workspace& ws, DuplicationQuery query = {})
{
    LiveSnapshot live(ws.database());
    auto s = live.current();
    EXPECT_TRUE(s.ok());
    for (const auto& key : DuplicationReviews(ws.registry().writer()).marks().keys())
        query.complementary.insert(key);
    return DuplicationScan(*s.value()).run(query);
}

struct Variant {
    const char* name;
    bool sameOrg;
    QString place;
    QString type;
    QString group;
    QString start;
    QString end;
    bool expectGroup;
};

class DuplicationVariants : public ::testing::TestWithParam<Variant> { };

} // namespace

TEST(Gaps, PriorityIsSeverityThenUncoveredPeopleAndSevereNeedsWithoutPartnerAreListed)
{
    test::TestWorkspace ws;
    test::EngineData data(ws->registry());
    const QUuid org = data.org(QStringLiteral("GAP"));
    data.need(kThiban, QStringLiteral("WASH"), 4, 1000); // nobody there
    data.need(kNeighbour, QStringLiteral("WASH"), 4, 2000); // partly covered
    data.need(kThiban, QStringLiteral("HLT"), 5, 100); // worst severity
    data.need(QStringLiteral("SY090300"), QStringLiteral("SHL"), 3, 5000); // only planned
    data.need(QStringLiteral("SY090100"), QStringLiteral("EDU"), 2, 9000); // stress only
    data.activity(org, QStringLiteral("WASH-WTR"), kNeighbour, QStringLiteral("2026-01-01"),
        QStringLiteral("2026-12-31"), 500);
    data.activity(org, QStringLiteral("HLT-PHC"), kThiban, QStringLiteral("2026-01-01"),
        QStringLiteral("2026-12-31"), 60);
    data.activity(org, QStringLiteral("SHL-NFI"), QStringLiteral("SY090300"),
        QStringLiteral("2026-01-01"), QStringLiteral("2026-12-31"), 0, QStringLiteral("idp"),
        QStringLiteral("planned"));

    LiveSnapshot live(ws->database());
    auto s = live.current();
    ASSERT_TRUE(s.ok());
    const QList<GapRow> rows
        = GapAnalysis(*s.value()).run(GapQuery { 3, Period { 2026 * 12, 2026 * 12 + 11 }, {} });
    ASSERT_GE(rows.size(), 5);
    const auto at = [&](int i) {
        return s.value()->places.at(rows.at(i).place).pcode + QLatin1Char('/')
            + s.value()->sectors.at(rows.at(i).sector).code;
    };
    EXPECT_EQ(at(0), kThiban + QStringLiteral("/HLT")); // severity 5
    EXPECT_EQ(at(1), kNeighbour + QStringLiteral("/WASH")); // severity 4, 1,500 uncovered
    EXPECT_EQ(at(2), kThiban + QStringLiteral("/WASH")); // severity 4, 1,000 uncovered
    EXPECT_EQ(at(3), QStringLiteral("SY090300/SHL"));
    EXPECT_EQ(rows.at(1).partners, 1);
    EXPECT_EQ(rows.at(1).reachedUnique, 500);
    EXPECT_DOUBLE_EQ(rows.at(1).coverage, 0.25);
    EXPECT_EQ(rows.at(3).partners, 0) << "a planned activity is not a partner present";

    const QList<GapRow> severe = GapAnalysis::severeWithoutPartner(rows);
    ASSERT_EQ(severe.size(), 2);
    EXPECT_EQ(s.value()->places.at(severe.at(0).place).pcode, kThiban);
    EXPECT_EQ(s.value()->places.at(severe.at(1).place).pcode, QStringLiteral("SY090300"));

    // At governorate level the same needs roll up: the worst severity, people in need summed.
    const QList<GapRow> governorates
        = GapAnalysis(*s.value()).run(GapQuery { 1, std::nullopt, {} });
    for (const GapRow& g : governorates) {
        if (s.value()->sectors.at(g.sector).code == u"WASH") {
            EXPECT_EQ(g.severity, 4);
            EXPECT_EQ(g.peopleInNeed, 3000);
            EXPECT_EQ(g.partners, 1);
        }
    }
}

TEST_P(DuplicationVariants, FoundOnlyWhenEverythingMatches)
{
    const Variant& v = GetParam();
    test::TestWorkspace ws;
    test::EngineData data(ws->registry());
    const QUuid a = data.org(QStringLiteral("AAA"));
    const QUuid b = v.sameOrg ? a : data.org(QStringLiteral("BBB"));
    data.activity(a, QStringLiteral("WASH-WTR"), kThiban, QStringLiteral("2026-03-01"),
        QStringLiteral("2026-05-31"), 100);
    data.activity(b, v.type, v.place, v.start, v.end, 200, v.group);
    const QList<DuplicateGroup> groups = scan(*ws);
    EXPECT_EQ(groups.size(), v.expectGroup ? 1 : 0) << v.name;
    if (v.expectGroup && !groups.isEmpty()) {
        EXPECT_EQ(groups.first().rows.size(), 2u);
        EXPECT_EQ(groups.first().organisations, 2);
        EXPECT_TRUE(groups.first().key.startsWith(QStringLiteral("SY090301/WASH-WTR/idp/")))
            << groups.first().key.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Cases, DuplicationVariants,
    ::testing::Values(
        Variant { "overlapping", false, kThiban, QStringLiteral("WASH-WTR"), QStringLiteral("idp"),
            QStringLiteral("2026-04-01"), QStringLiteral("2026-06-30"), true },
        Variant { "touching on one day", false, kThiban, QStringLiteral("WASH-WTR"),
            QStringLiteral("idp"), QStringLiteral("2026-05-31"), QStringLiteral("2026-07-31"),
            true },
        Variant { "open-ended", false, kThiban, QStringLiteral("WASH-WTR"), QStringLiteral("idp"),
            QStringLiteral("2025-01-01"), QString(), true },
        Variant { "same organisation", true, kThiban, QStringLiteral("WASH-WTR"),
            QStringLiteral("idp"), QStringLiteral("2026-04-01"), QStringLiteral("2026-06-30"),
            false },
        Variant { "other place", false, kNeighbour, QStringLiteral("WASH-WTR"),
            QStringLiteral("idp"), QStringLiteral("2026-04-01"), QStringLiteral("2026-06-30"),
            false },
        Variant { "district level", false, QStringLiteral("SY0903"), QStringLiteral("WASH-WTR"),
            QStringLiteral("idp"), QStringLiteral("2026-04-01"), QStringLiteral("2026-06-30"),
            false },
        Variant { "other sector", false, kThiban, QStringLiteral("HLT-PHC"), QStringLiteral("idp"),
            QStringLiteral("2026-04-01"), QStringLiteral("2026-06-30"), false },
        Variant { "other activity type", false, kThiban, QStringLiteral("WASH-HYG"),
            QStringLiteral("idp"), QStringLiteral("2026-04-01"), QStringLiteral("2026-06-30"),
            false },
        Variant { "other group", false, kThiban, QStringLiteral("WASH-WTR"), QStringLiteral("host"),
            QStringLiteral("2026-04-01"), QStringLiteral("2026-06-30"), false },
        Variant { "other period", false, kThiban, QStringLiteral("WASH-WTR"), QStringLiteral("idp"),
            QStringLiteral("2026-06-01"), QStringLiteral("2026-08-31"), false }));

TEST(Duplication, ComplementaryMarkRemovesTheGroupSurvivesReopeningAndIsReplicatedData)
{
    test::TestWorkspace ws;
    test::EngineData data(ws->registry());
    const QUuid a = data.org(QStringLiteral("AAA"));
    const QUuid b = data.org(QStringLiteral("BBB"));
    data.activity(a, QStringLiteral("WASH-WTR"), kThiban, QStringLiteral("2026-03-01"),
        QStringLiteral("2026-05-31"), 100);
    data.activity(b, QStringLiteral("WASH-WTR"), kThiban, QStringLiteral("2026-04-01"),
        QStringLiteral("2026-06-30"), 200);
    data.activity(a, QStringLiteral("SHL-NFI"), kNeighbour, QStringLiteral("2026-03-01"),
        QStringLiteral("2026-05-31"), 100);
    data.activity(b, QStringLiteral("SHL-NFI"), kNeighbour, QStringLiteral("2026-03-01"),
        QStringLiteral("2026-05-31"), 100);
    QList<DuplicateGroup> groups = scan(*ws);
    ASSERT_EQ(groups.size(), 2);
    const QString key = groups.at(0).key.startsWith(kThiban) ? groups.at(0).key : groups.at(1).key;

    DuplicationReviews reviews(ws->registry().writer());
    ASSERT_TRUE(
        reviews.markComplementary(key, QStringLiteral("AAA trucks, BBB repairs the network")).ok());
    groups = scan(*ws);
    ASSERT_EQ(groups.size(), 1);
    EXPECT_NE(groups.first().key, key);

    ws.reopen();
    groups = scan(*ws);
    ASSERT_EQ(groups.size(), 1) << "the mark survives reopening";
    DuplicationQuery all;
    all.includeComplementary = true;
    groups = scan(*ws, all);
    ASSERT_EQ(groups.size(), 2);
    EXPECT_EQ(DuplicationReviews(ws->registry().writer()).marks().value(key).note,
        QStringLiteral("AAA trucks, BBB repairs the network"));
    // Replicated like every record: origin office, times, and an audit entry.
    Statement row(ws->database().handle(),
        "SELECT length(id), length(origin_office), created_at > 0, deleted FROM "
        "duplication_review");
    ASSERT_EQ(row.step(), Statement::Step::Row);
    EXPECT_EQ(row.int64(0), 16);
    EXPECT_EQ(row.int64(1), 16);
    EXPECT_EQ(row.int64(2), 1);
    EXPECT_EQ(row.int64(3), 0);
    Statement audit(ws->database().handle(),
        "SELECT count(*) FROM audit_log WHERE table_name = 'duplication_review' AND action = "
        "'create'");
    audit.step();
    EXPECT_EQ(audit.int64(0), 1);

    // Removing the mark flags the group again; a malformed key is refused.
    ASSERT_TRUE(DuplicationReviews(ws->registry().writer()).unmark(key).ok());
    EXPECT_EQ(scan(*ws).size(), 2);
    EXPECT_FALSE(DuplicationReviews(ws->registry().writer())
                     .markComplementary(QStringLiteral("nonsense"), QString())
                     .ok());
}

TEST(Duplication, TwoThreadsFindTheSameGroupsInTheSameOrder)
{
    test::TestWorkspace ws;
    test::EngineData data(ws->registry());
    QList<QUuid> orgs;
    for (int i = 0; i < 5; ++i)
        orgs << data.org(QStringLiteral("ORG%1").arg(i));
    std::mt19937 random { 99 };
    const auto below
        = [&](int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(random)); };
    const QStringList places { kThiban, kNeighbour };
    const QStringList types { QStringLiteral("WASH-WTR"), QStringLiteral("WASH-HYG") };
    const QStringList groups { QStringLiteral("idp"), QStringLiteral("host") };
    for (int i = 0; i < 120; ++i) {
        const QDate start = QDate(2026, 1, 1).addDays(below(200));
        data.activity(orgs.at(below(5)), types.at(below(2)), places.at(below(2)),
            start.toString(Qt::ISODate), start.addDays(10 + below(60)).toString(Qt::ISODate),
            50 + below(500), groups.at(below(2)));
    }
    LiveSnapshot live(ws->database());
    auto snapshot = live.current();
    ASSERT_TRUE(snapshot.ok());
    const Snapshot& s = *snapshot.value();
    DuplicationScan one(s);
    Workers workers(2);
    DuplicationScan two(s, &workers);
    two.setParallelFrom(1);
    const QList<DuplicateGroup> a = one.run(DuplicationQuery {});
    const QList<DuplicateGroup> b = two.run(DuplicationQuery {});
    ASSERT_GT(a.size(), 3) << "the registry should hold several duplications";
    // The cliques the scans rank are found once per snapshot, alike on one thread or several.
    const auto alone = DuplicationIndex::build(s);
    const auto split = DuplicationIndex::build(s, &workers, 1);
    EXPECT_TRUE(
        std::equal(alone->rows.begin(), alone->rows.end(), split->rows.begin(), split->rows.end()));
    ASSERT_EQ(alone->cliques.size(), split->cliques.size());
    EXPECT_EQ(alone->cliques.size(), size_t(one.groupsFound()));
    for (size_t i = 0; i < alone->cliques.size(); ++i) {
        const DuplicationClique& x = alone->cliques[i];
        const DuplicationClique& y = split->cliques[i];
        EXPECT_TRUE(x.score == y.score && x.sharedDays == y.sharedDays && x.firstRow == y.firstRow
            && x.bucket == y.bucket && x.number == y.number && x.firstDay == y.firstDay
            && x.lastDay == y.lastDay)
            << i;
    }
    EXPECT_EQ(one.groupsFound(), two.groupsFound());
    ASSERT_EQ(a.size(), b.size());
    for (int i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a.at(i).key, b.at(i).key) << i;
        EXPECT_EQ(a.at(i).rows, b.at(i).rows) << i;
        EXPECT_EQ(a.at(i).score, b.at(i).score) << i;
    }
    // A limited scan keeps only the best groups while it sweeps: they are the first of the
    // whole ranking, on one thread or two; a group marked complementary leaves its place to
    // the next one.
    DuplicationQuery firstFive;
    firstFive.limit = 5;
    DuplicationQuery firstFiveButOne = firstFive;
    firstFiveButOne.complementary = { a.at(0).key };
    for (DuplicationScan* scan : { &one, &two }) {
        const QList<DuplicateGroup> top = scan->run(firstFive);
        EXPECT_EQ(scan->groupsFound(), one.groupsFound()) << "counted before the limit";
        ASSERT_EQ(top.size(), 5);
        for (int i = 0; i < top.size(); ++i) {
            EXPECT_EQ(top.at(i).key, a.at(i).key) << i;
            EXPECT_EQ(top.at(i).rows, a.at(i).rows) << i;
        }
        const QList<DuplicateGroup> next = scan->run(firstFiveButOne);
        ASSERT_EQ(next.size(), 5);
        for (int i = 0; i < next.size(); ++i)
            EXPECT_EQ(next.at(i).key, a.at(i + 1).key) << i;
    }
}
