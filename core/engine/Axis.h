#pragma once

#include "core/engine/Calendar.h"
#include "core/engine/Dimensions.h"
#include "core/engine/PivotQuery.h"
#include "core/engine/Snapshot.h"

#include <algorithm>
#include <vector>

namespace tansiq::engine {

// One dimension laid out as dense slots 0..size()-1 for a scan: slot 0 is "none" where a
// dimension can be empty (no funder, no type, a place coarser than the level). Time axes are
// multi-valued: an activity occupies the slots of every month, quarter or year it overlaps
// within the time range.
class Axis {
public:
    Axis(const Snapshot& snapshot, Dimension dimension, Period timeRange);

    Dimension dimension() const { return m_dimension; }
    int size() const { return m_size; }
    bool isTime() const { return isTimeDimension(m_dimension); }
    bool isNone() const { return m_dimension == Dimension::None; }

    // Time axes: the first and last slot of a row's active days clipped to the time range;
    // first > last when the row is not active within it.
    Q_ALWAYS_INLINE void slotRange(int row, int& first, int& last) const
    {
        const int start = std::max(m_snapshot.startDay[size_t(row)], m_rangeFirstDay);
        const int end = std::min(m_snapshot.endDay[size_t(row)], m_rangeLastDay);
        if (start > end) {
            first = 1;
            last = 0;
            return;
        }
        if (!m_daySlot.empty()) {
            first = m_daySlot[size_t(start - m_rangeFirstDay)];
            last = m_daySlot[size_t(end - m_rangeFirstDay)];
            return;
        }
        first = unitOfMonth(calendar::monthOfDayFast(start)) - m_base;
        last = unitOfMonth(calendar::monthOfDayFast(end)) - m_base;
    }

    // Single-valued axes: the slots of a batch of rows (a scan's chunk), the switch on the
    // dimension once per batch ("none" gives slot 0). mapSlotRanges(): the same for time axes.
    void mapSlots(const int* rows, int n, int* out) const;
    void mapSlotRanges(const int* rows, int n, int* first, int* last) const
    {
        for (int k = 0; k < n; ++k)
            slotRange(rows[k], first[k], last[k]);
    }

    // The slot of a place (for needs and place filters); 0 when coarser than the level.
    int placeSlot(int place) const { return m_placeSlot.empty() ? 0 : m_placeSlot[size_t(place)]; }

    int memberOf(int slot) const;
    int slotOfMember(int member) const;
    // Members ordered for display: codes, acronyms or P-codes alphabetically, periods in
    // order, vocabularies in their own order, "none" last.
    bool before(int slotA, int slotB) const;

private:
    int unitOfMonth(int month) const
    {
        switch (m_dimension) {
        case Dimension::Quarter:
            return calendar::quarterOfMonth(month);
        case Dimension::Year:
            return calendar::yearOfMonth(month);
        default:
            return month;
        }
    }

    const Snapshot& m_snapshot;
    Dimension m_dimension;
    int m_size = 1;
    int m_base = 0;
    int m_rangeFirstDay = 0;
    int m_rangeLastDay = 0;
    std::vector<int> m_placeSlot; // place index → slot (admin axes)
    static constexpr int kDaySlotsUpTo = 40 * 366; // longer ranges use the calendar's table
    std::vector<int32_t> m_daySlot; // day - m_rangeFirstDay → slot (time axes)
};

} // namespace tansiq::engine
