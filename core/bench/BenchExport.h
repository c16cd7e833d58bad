#pragma once

#include "core/common/Result.h"

namespace tansiq {
class Database;
}

namespace tansiq::engine {

// What an outside engine needs to run the five pivots of `tansiq-cli bench` and check its
// answers (scripts/bench-duckdb): in `dir`, params.json (the month, year and governorate the
// bench derives from the data), the live activities with their effective end dates (act.csv),
// the places' ancestors (anc.csv), the newest needs per place and sector (latest.csv), and the
// engine's own results, one CSV per pivot (engine-*.csv). Returns the number of activities.
Result<qint64> exportBenchResults(Database& db, const QString& dir);

} // namespace tansiq::engine
