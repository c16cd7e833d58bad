#pragma once

#include "core/engine/Axis.h"
#include "core/engine/PivotQuery.h"
#include "core/engine/Snapshot.h"

#include <memory>
#include <vector>

namespace tansiq::engine {

// The dimension filters and the period of a pivot query compiled for a scan: accept(row) says
// whether an activity takes part. Filters on one dimension keep any of their members; filters
// on different dimensions all apply; the period and time filters mean "active during". (The
// activity filter of the table, dashboard, map and export is core/filter; decision 0102.)
class PivotFilter {
public:
    PivotFilter(const Snapshot& snapshot, const PivotQuery& query, Period timeRange);

    Q_ALWAYS_INLINE bool accept(int row) const
    {
        const Snapshot& s = m_snapshot;
        if (!s.live[size_t(row)])
            return false;
        if (s.startDay[size_t(row)] > m_lastDay || s.endDay[size_t(row)] < m_firstDay)
            return false;
        for (const Slots& f : m_slotFilters) {
            if (!f.accepted[size_t(f.axis->slot(row))])
                return false;
        }
        for (const Ranges& f : m_timeFilters) {
            bool any = false;
            for (const auto& [first, last] : f.days)
                any = any || (s.startDay[size_t(row)] <= last && s.endDay[size_t(row)] >= first);
            if (!any)
                return false;
        }
        return true;
    }

    // The accepted rows of [from, to), in order, into `out` (room for to - from); returns how
    // many. A scan's chunk at a time: each condition is one tight loop over the chunk instead
    // of a branch per row (decision 0119). `scratch` has the same room.
    int select(int from, int to, int* out, int* scratch) const;

    // For people in need, which only place and sector filters narrow.
    bool acceptsNeed(const NeedEntry& need) const;

private:
    struct Slots {
        std::unique_ptr<Axis> axis;
        std::vector<uint8_t> accepted;
    };
    struct Ranges {
        std::vector<std::pair<int, int>> days;
    };

    const Snapshot& m_snapshot;
    int m_firstDay;
    int m_lastDay;
    std::vector<Slots> m_slotFilters;
    std::vector<Ranges> m_timeFilters;
    std::vector<uint8_t> m_needSectors; // empty: every sector
};

} // namespace tansiq::engine
