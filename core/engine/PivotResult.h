#pragma once

#include "core/engine/PivotQuery.h"

#include <QList>

#include <cmath>
#include <vector>

namespace tansiq::engine {

// A computed pivot: the members present on each axis (in display order) and, for every cell
// and every total, the measure and the number of activities behind it. Index rowCount() is
// the total row and columnCount() the total column; totals are computed from the activities
// with the measure's own rule, never by adding cells.
struct PivotResult {
    PivotQuery query;
    QList<int> rowMembers; // member codes (see Filter), -1 for "none"
    QList<int> columnMembers; // empty when there is no column dimension
    Period timeRange; // the months the time axes span
    std::vector<double> values; // (rows + 1) x (columns + 1); NaN: not defined
    std::vector<qint64> activities; // same shape
    std::vector<double> peopleInNeed; // same shape, filled for coverage

    int rowCount() const { return int(rowMembers.size()); }
    int columnCount() const { return int(columnMembers.size()); }
    int stride() const { return columnCount() + 1; }
    double value(int row, int column) const { return values[size_t(row * stride() + column)]; }
    qint64 activityCount(int row, int column) const
    {
        return activities[size_t(row * stride() + column)];
    }
    double grandTotal() const { return value(rowCount(), columnCount()); }
};

} // namespace tansiq::engine
