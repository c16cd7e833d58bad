// The engine against an independent SQL formulation (SqlPivot) on random registries: every
// cell and every total, for random dimensions, filters, periods and measures.

#include "core/engine/Calendar.h"
#include "core/engine/LiveSnapshot.h"
#include "core/engine/Members.h"
#include "core/engine/PivotEngine.h"
#include "core/engine/SqlPivot.h"
#include "core/engine/Workers.h"
#include "tests/core/engine/EngineFixtures.h"
#include "tests/support/TestWorkspace.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace tansiq;
using namespace tansiq::engine;

namespace {

const QList<Dimension> kDimensions = { Dimension::ImplementingOrg, Dimension::ReportingOrg,
    Dimension::FundingOrg, Dimension::OrgType, Dimension::Sector, Dimension::ActivityType,
    Dimension::Admin1, Dimension::Admin2, Dimension::Admin3, Dimension::Month, Dimension::Quarter,
    Dimension::Year, Dimension::Status, Dimension::Modality, Dimension::PopulationGroup };

const QList<Measure> kMeasures
    = { Measure::Activities, Measure::Organisations, Measure::Targeted, Measure::Reached,
          Measure::ReachedUnique, Measure::Households, Measure::Coverage, Measure::Budget,
          // People by sex and age (decision 0064).
          Measure::ReachedWomen, Measure::ReachedMen, Measure::ReachedGirls, Measure::ReachedBoys,
          Measure::ReachedChildren, Measure::ReachedElderly, Measure::TargetedWomen,
          Measure::TargetedMen, Measure::TargetedGirls, Measure::TargetedBoys,
          Measure::TargetedChildren, Measure::TargetedElderly };

SqlPivot::Cells engineCells(const Snapshot& s, const PivotResult& r)
{
    SqlPivot::Cells cells;
    const auto key = [&](Dimension d, const QList<int>& members, int i) {
        if (i == members.size())
            return SqlPivot::totalKey();
        return d == Dimension::None ? QString() : memberKey(s, d, members.at(i));
    };
    for (int i = 0; i <= r.rowCount(); ++i) {
        for (int j = 0; j <= r.columnCount(); ++j) {
            if (r.activityCount(i, j) == 0)
                continue;
            QString rk = key(r.query.rows, r.rowMembers, i);
            QString ck = r.query.columns == Dimension::None && j == 0
                ? QString()
                : key(r.query.columns, r.columnMembers, j);
            cells.insert(SqlPivot::cellKey(rk, ck), { r.activityCount(i, j), r.value(i, j) });
            if (r.query.columns == Dimension::None) // SQL reports the lone column twice
                cells.insert(SqlPivot::cellKey(rk, SqlPivot::totalKey()),
                    { r.activityCount(i, j), r.value(i, j) });
            if (r.query.rows == Dimension::None && i == r.rowCount())
                cells.insert(
                    SqlPivot::cellKey(QString(), ck), { r.activityCount(i, j), r.value(i, j) });
        }
    }
    return cells;
}

Filter randomFilter(std::mt19937& random, const Snapshot& s)
{
    const auto below
        = [&](int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(random)); };
    Filter f;
    f.dimension = kDimensions.at(below(int(kDimensions.size())));
    const int members = 1 + below(2);
    for (int k = 0; k < members; ++k) {
        const int row = below(int(s.rowCount()));
        switch (f.dimension) {
        case Dimension::ImplementingOrg:
            f.members << s.implementingOrg[size_t(row)];
            break;
        case Dimension::ReportingOrg:
            f.members << s.reportingOrg[size_t(row)];
            break;
        case Dimension::FundingOrg:
            f.members << std::max(0, s.fundingOrg[size_t(row)]);
            break;
        case Dimension::OrgType:
            f.members << s.orgType(row);
            break;
        case Dimension::Sector:
            f.members << s.sector[size_t(row)];
            break;
        case Dimension::ActivityType:
            f.members << std::max<int>(0, s.activityType[size_t(row)]);
            break;
        case Dimension::Admin1:
        case Dimension::Admin2:
        case Dimension::Admin3: {
            // One place per admin filter, at a level the activity's place has.
            const PlaceEntry& own = s.places.at(s.place[size_t(row)]);
            const int level = std::min(adminLevelOf(f.dimension), own.level);
            f.dimension = adminDimension(level);
            f.members = { own.ancestor[size_t(level)] };
            return f;
        }
        case Dimension::Month:
            f.members << calendar::monthNumber(2025, 1) + below(26);
            break;
        case Dimension::Quarter:
            f.members << 2025 * 4 + below(8);
            break;
        case Dimension::Year:
            f.members << 2025 + below(2);
            break;
        case Dimension::Status:
            f.members << s.status[size_t(row)];
            break;
        case Dimension::Modality:
            f.members << s.modality[size_t(row)];
            break;
        default:
            f.members << s.populationGroup[size_t(row)];
            break;
        }
    }
    return f;
}

int definedValues(const SqlPivot::Cells& cells)
{
    int n = 0;
    for (const SqlPivot::Cell& cell : cells)
        n += !std::isnan(cell.value) && cell.value > 0;
    return n;
}

void expectSame(const SqlPivot::Cells& sql, const SqlPivot::Cells& engine, const QString& what)
{
    EXPECT_EQ(sql.size(), engine.size()) << what.toStdString();
    for (auto it = sql.cbegin(); it != sql.cend(); ++it) {
        ASSERT_TRUE(engine.contains(it.key()))
            << what.toStdString() << " missing cell " << it.key().toStdString();
        const SqlPivot::Cell& e = engine.value(it.key());
        EXPECT_EQ(e.activities, it->activities)
            << what.toStdString() << " cell " << it.key().toStdString();
        if (std::isnan(it->value)) {
            EXPECT_TRUE(std::isnan(e.value))
                << what.toStdString() << " cell " << it.key().toStdString();
        } else {
            EXPECT_NEAR(e.value, it->value, 1e-9 * std::max(1.0, std::abs(it->value)))
                << what.toStdString() << " cell " << it.key().toStdString();
        }
    }
}

} // namespace

class PivotProperty : public ::testing::TestWithParam<int> { };

TEST_P(PivotProperty, EngineEqualsSqlForRandomQueries)
{
    test::TestWorkspace ws;
    std::mt19937 random { static_cast<quint32>(GetParam()) };
    test::EngineData(ws->registry()).randomFill(random, 260);
    LiveSnapshot live(ws->database());
    auto snapshot = live.current();
    ASSERT_TRUE(snapshot.ok()) << snapshot.errorText().toStdString();
    const Snapshot& s = *snapshot.value();
    ASSERT_EQ(s.liveCount(), 260);
    const auto below
        = [&](int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(random)); };
    PivotEngine engine(s);
    Workers workers(2);
    PivotEngine parallel(s, &workers);
    parallel.setParallelFrom(1);
    SqlPivot sql(ws->database(), s);
    QHash<Measure, int> nonZero; // proves the comparisons were not all empty
    for (int round = 0; round < 240; ++round) {
        PivotQuery q;
        q.rows = kDimensions.at(below(int(kDimensions.size())));
        q.columns
            = below(4) == 0 ? Dimension::None : kDimensions.at(below(int(kDimensions.size())));
        q.measure = kMeasures.at(below(int(kMeasures.size())));
        for (int k = below(3); k > 0; --k)
            q.filters << randomFilter(random, s);
        if (below(2) == 0) {
            const int first = calendar::monthNumber(2025, 1) + below(26);
            q.period = Period { first, first + below(14) };
        }
        const QString description
            = QStringLiteral("round %1: %2 x %3, %4, %5 filters, period %6")
                  .arg(round)
                  .arg(dimensionName(q.rows), dimensionName(q.columns), measureName(q.measure))
                  .arg(q.filters.size())
                  .arg(q.period ? calendar::monthLabel(q.period->firstMonth)
                                : QStringLiteral("none"));
        QString filters;
        for (const Filter& f : q.filters) {
            filters += QStringLiteral(" %1=").arg(dimensionName(f.dimension));
            for (int m : f.members)
                filters += memberCode(s, f.dimension, m) + QLatin1Char(',');
        }
        const QString what = description + filters;
        const auto expected = sql.run(q);
        ASSERT_TRUE(expected.ok()) << expected.errorText().toStdString();
        expectSame(expected.value(), engineCells(s, engine.run(q)), what);
        // The same scan split over two threads (decision 0091) gives the same answer.
        expectSame(expected.value(), engineCells(s, parallel.run(q)),
            what + QStringLiteral(" (two threads)"));
        nonZero[q.measure] += definedValues(expected.value());
        if (HasFailure())
            return;
    }
    for (Measure m : kMeasures)
        EXPECT_GT(nonZero.value(m), 0) << measureName(m).toStdString() << " was never compared";
}

INSTANTIATE_TEST_SUITE_P(Seeds, PivotProperty, ::testing::Values(20261123, 7, 4242));
