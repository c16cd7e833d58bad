#pragma once

#include "core/filter/ActivityFilter.h"
#include "core/filter/ActivityMatcher.h"

#include <QStringList>

#include <array>
#include <cstdint>
#include <memory>
#include <vector>

namespace tansiq::engine {
struct Snapshot;
}

namespace tansiq {

// The columns of the 4W table, which are also its sort orders (shared by the table model
// and the ordering below).
struct ActivityColumns {
    enum Column {
        Month,
        Organisation,
        Sector,
        Place,
        Pcode,
        Status,
        Modality,
        Targeted,
        Reached,
        Households,
        // Optional, hidden until chosen (decision 0064): people targeted by sex and
        // age (girls … elderly men), then people reached, in people::Cell order.
        FirstBreakdown,
        LastBreakdown = FirstBreakdown + 11,
        ColumnCount
    };
    static bool isBreakdown(int column)
    {
        return column >= FirstBreakdown && column <= LastBreakdown;
    }
};

// What the table asks for: the filter, the sort column and direction, and the language the
// names are shown (and therefore sorted) in.
struct ActivityOrderRequest {
    ActivityFilter filter;
    int column = ActivityColumns::Month;
    bool ascending = false;
    bool arabic = true;
};

// What the analysis thread derives once per snapshot: the search keys (SnapshotSearchKeys)
// and every reference entry's rank in each sort order, so that filtering and sorting a
// million rows compares integers, never strings. Used on one thread at a time.
class ActivityOrderCache {
public:
    // Valid for `snapshot` (the caller passes the shared pointer it holds).
    void prepare(const std::shared_ptr<const engine::Snapshot>& snapshot);

    SnapshotSearchKeys search;
    std::vector<uint32_t> orgRank, pcodeRank;
    std::array<std::vector<uint32_t>, 2> sectorRank, placeRank; // [0] English, [1] Arabic
    QStringList months; // distinct reporting months, oldest first (YYYY-MM)

private:
    std::weak_ptr<const engine::Snapshot> m_snapshot;
    quint64 m_version = 0;
};

// The snapshot rows (indexes) that pass `request.filter` (ActivityMatcher), in the requested
// order; ties keep the snapshot's row order (oldest record first), reversed for a descending
// sort. Names sort as shown (collated in the interface's language); empty counts sort as zero.
std::vector<int32_t> orderActivities(const engine::Snapshot& snapshot,
    const ActivityOrderRequest& request, const ActivityOrderCache& cache);

// Sorts `rows` stably by `keys` (same length), least first: a radix sort in 16-bit digits.
void sortByKeys(std::vector<int32_t>& rows, std::vector<uint32_t>& keys);

} // namespace tansiq
