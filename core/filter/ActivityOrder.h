#pragma once

#include "core/engine/HugePages.h"
#include "core/filter/ActivityFilter.h"
#include "core/filter/ActivityMatcher.h"
#include "core/filter/RowSort.h"

#include <QStringList>

#include <array>
#include <cstdint>
#include <memory>
#include <vector>

namespace tansiq::engine {
struct Snapshot;
class Workers;
} // namespace tansiq::engine

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
    int firstMonth = 0; // the oldest reporting month (month number), for the month sort's keys
    int lastMonth = 0;
    // The largest counts of the snapshot: bounds of the count sorts' keys.
    uint32_t highestTargeted = 0, highestReached = 0, highestHouseholds = 0;
    // The sorts' working arrays, kept from request to request (decision 0121); not tied to a
    // snapshot. Written by every sort: the cache is used on one thread at a time.
    mutable RowSortScratch<engine::Column<int32_t>> scratch;

private:
    std::weak_ptr<const engine::Snapshot> m_snapshot;
    quint64 m_version = 0;
};

// The snapshot rows (indexes) that pass `request.filter` (ActivityMatcher), in the requested
// order; ties keep the snapshot's row order (oldest record first), reversed for a descending
// sort. Names sort as shown (collated in the interface's language); empty counts sort as zero.
// With `workers`, a large sort uses every core (sortRowsByKey).
engine::Column<int32_t> orderActivities(const engine::Snapshot& snapshot,
    const ActivityOrderRequest& request, const ActivityOrderCache& cache,
    engine::Workers* workers = nullptr);

} // namespace tansiq
