#pragma once

#include "core/engine/Dimensions.h"

#include <QList>

#include <optional>

namespace tansiq::engine {

// A period of whole months, first and last included (month numbers, see Calendar.h).
struct Period {
    int firstMonth = 0;
    int lastMonth = 0;
};

// Keeps the activities whose value on `dimension` is one of `members` (dictionary indices of
// the snapshot: organisation, sector, type or place index; month, quarter or year number;
// vocabulary index). For places: activities inside that place. For months, quarters and
// years: activities active during one of them. Several filters all apply.
struct Filter {
    Dimension dimension = Dimension::None;
    QList<int> members;
};

struct PivotQuery {
    Dimension rows = Dimension::ImplementingOrg;
    Dimension columns = Dimension::None;
    Measure measure = Measure::Activities;
    QList<Filter> filters;
    std::optional<Period> period; // "active during": overlaps the period
};

} // namespace tansiq::engine
