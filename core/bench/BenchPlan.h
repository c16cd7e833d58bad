#pragma once

#include "core/engine/PivotQuery.h"

namespace tansiq::engine {

class PivotEngine;
struct Snapshot;

// The bench's questions take their parameters from the data: the latest reported month, its
// year and the governorate with the most activities. One place, so that `bench` and
// `bench --export-results` (which scripts/bench-duckdb compares with DuckDB) ask the same.
struct BenchPlan {
    int lastMonth = 0;
    Period month;
    Period year;
    int governorate = -1; // Admin1 member; -1 when there are no activities
    PivotQuery orgSector; // organisation × sector in that governorate, that month
    PivotQuery
        uniqueReach; // sub-district × sector, people reached without double counting, the year
    PivotQuery coverage; // governorate × month, active during, the year
};

BenchPlan benchPlan(const Snapshot& s, const PivotEngine& engine);

} // namespace tansiq::engine
