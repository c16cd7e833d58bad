#pragma once

#include "core/engine/Axis.h"
#include "core/engine/PivotFilter.h"

#include <vector>

namespace tansiq::engine {

// People in need behind each pivot cell, for coverage. Only the place and sector of a cell
// (from its row, its column and the filters) narrow the needs; other dimensions do not, so an
// organisation's row is measured against everyone in need in scope. Within one place, several
// sectors count as the largest of their figures (the same rule as unique reach); places add up.
class PeopleInNeed {
public:
    PeopleInNeed(
        const Snapshot& snapshot, const Axis& rows, const Axis& columns, const PivotFilter& filter);

    // One value per cell, laid out like the pivot's scan: (rows.size() + 1) x (columns.size() + 1).
    std::vector<double> perCell() const;

private:
    bool spatial(const Axis& axis) const;
    void keys(const Axis& axis, const NeedEntry& need, std::vector<int>& out) const;

    const Snapshot& m_s;
    const Axis& m_rows;
    const Axis& m_cols;
    const PivotFilter& m_filter;
};

} // namespace tansiq::engine
