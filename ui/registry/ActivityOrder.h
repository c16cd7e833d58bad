#pragma once

#include "browse/ActivityFilter.h"

#include <QStringList>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace tansiq::engine {
struct Snapshot;
}

namespace tansiq::ui {

// The columns of the 4W table (shared by the model and the ordering below).
struct ActivityColumns {
    enum Column { Month, Organisation, Sector, Place, Pcode, Status, Modality, Targeted, Reached,
                  Households,
                  // Optional, hidden until chosen (decision 0064): people targeted by sex and
                  // age (girls … elderly men), then people reached, in people::Cell order.
                  FirstBreakdown, LastBreakdown = FirstBreakdown + 11,
                  ColumnCount };
    static bool isBreakdown(int column) { return column >= FirstBreakdown && column <= LastBreakdown; }
};

// What the table asks for: the filter, the sort column and direction, and the language the
// names are shown (and therefore sorted) in.
struct ActivityOrderRequest {
    ActivityFilter filter;
    int column = ActivityColumns::Month;
    bool ascending = false;
    bool arabic = true;
};

// What the analysis thread derives once per snapshot: every reference entry's search text
// folded (text::foldForSearch) and its rank in each sort order, so that filtering and sorting
// a million rows compares integers, never strings. Used on the analysis thread only.
class ActivityOrderCache {
public:
    // Valid for `snapshot` (the caller passes the shared pointer it holds).
    void prepare(const std::shared_ptr<const engine::Snapshot>& snapshot);

    QList<QStringList> orgKeys, sectorKeys, placeKeys;  // folded names per entry
    std::vector<uint32_t> orgRank, pcodeRank;
    std::array<std::vector<uint32_t>, 2> sectorRank, placeRank;  // [0] English, [1] Arabic
    QStringList months;  // distinct reporting months, oldest first (YYYY-MM)

private:
    std::weak_ptr<const engine::Snapshot> m_snapshot;
};

// The snapshot rows (indexes) that pass `request.filter`, in the requested order; ties keep
// the snapshot's row order (oldest record first), reversed for a descending sort. Search text
// matches organisations (acronym, English and Arabic names), sectors (code and names) and
// places with everything inside them (P-code and names), ignoring Arabic diacritics, the
// alef, ta marbuta and ya variants and English case. Empty counts sort as zero.
std::vector<int32_t> orderActivities(const engine::Snapshot& snapshot, const ActivityOrderRequest& request,
                                     const ActivityOrderCache& cache);

// Sorts `rows` stably by `keys` (same length), least first: a radix sort in 16-bit digits.
void sortByKeys(std::vector<int32_t>& rows, std::vector<uint32_t>& keys);

}  // namespace tansiq::ui
