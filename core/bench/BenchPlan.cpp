#include "core/bench/BenchPlan.h"

#include "core/engine/PivotEngine.h"

#include <algorithm>

namespace tansiq::engine {

BenchPlan benchPlan(const Snapshot& s, const PivotEngine& engine)
{
    BenchPlan plan;
    for (qint64 r = 0; r < s.rowCount(); ++r)
        if (s.live[size_t(r)])
            plan.lastMonth = std::max(plan.lastMonth, s.reportingMonth[size_t(r)]);
    plan.month = Period { plan.lastMonth, plan.lastMonth };
    plan.year = Period { (plan.lastMonth / 12) * 12, (plan.lastMonth / 12) * 12 + 11 };

    PivotQuery byGovernorate;
    byGovernorate.rows = Dimension::Admin1;
    const PivotResult counts = engine.run(byGovernorate);
    double most = -1;
    for (int i = 0; i < counts.rowCount(); ++i) {
        if (counts.value(i, 0) > most) {
            most = counts.value(i, 0);
            plan.governorate = counts.rowMembers.at(i);
        }
    }

    plan.orgSector.rows = Dimension::ImplementingOrg;
    plan.orgSector.columns = Dimension::Sector;
    plan.orgSector.period = plan.month;
    if (plan.governorate >= 0)
        plan.orgSector.filters << Filter { Dimension::Admin1, { plan.governorate } };
    plan.uniqueReach.rows = Dimension::Admin3;
    plan.uniqueReach.columns = Dimension::Sector;
    plan.uniqueReach.measure = Measure::ReachedUnique;
    plan.uniqueReach.period = plan.year;
    plan.coverage.rows = Dimension::Admin1;
    plan.coverage.columns = Dimension::Month;
    plan.coverage.measure = Measure::Coverage;
    plan.coverage.period = plan.year;
    return plan;
}

} // namespace tansiq::engine
