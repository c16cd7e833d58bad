#pragma once

#include "core/engine/Axis.h"
#include "core/engine/PivotQuery.h"
#include "core/engine/Snapshot.h"

#include <memory>
#include <vector>

namespace tansiq::engine {

// The dimension filters and the period of a pivot query compiled for a scan: select() picks
// the activities that take part. Filters on one dimension keep any of their members; filters
// on different dimensions all apply; the period and time filters mean "active during". (The
// activity filter of the table, dashboard, map and export is core/filter; decision 0102.)
class PivotFilter {
public:
    PivotFilter(const Snapshot& snapshot, const PivotQuery& query, Period timeRange);

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
