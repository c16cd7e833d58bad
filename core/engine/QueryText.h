#pragma once

#include "core/common/Result.h"
#include "core/engine/PivotQuery.h"
#include "core/engine/Snapshot.h"

#include <QString>

namespace tansiq::engine {

// Reading queries as people type them (command line, saved views). Errors name the field and
// the value, and say what would be accepted.
namespace querytext {

// "YYYY-MM" or "YYYY-MM..YYYY-MM".
Result<Period> parsePeriod(const QString& text);
Result<Dimension> parseDimension(const QString& text);
Result<Measure> parseMeasure(const QString& text);
// "DIM=VALUE[,VALUE...]": organisations by acronym (or id), sectors and activity types by
// code, places by P-code ("place=" takes any level), months YYYY-MM, quarters YYYY-Qn, years,
// vocabulary codes or names.
Result<Filter> parseFilter(const Snapshot& snapshot, const QString& text);
Result<int> parseLevel(const QString& text);

} // namespace querytext
} // namespace tansiq::engine
