#pragma once

#include "core/engine/Axis.h"
#include "core/engine/HugePages.h"
#include "core/engine/Snapshot.h"

#include <algorithm>
#include <unordered_map>
#include <vector>

namespace tansiq::engine {

// A pivot's per-cell aggregates for the one measure asked for, filled by a scan of the
// snapshot (PivotEngine) and read once at the end. Cells are row slot × column slot of the two
// axes, the last slot of each being its total.
class PivotAccumulator {
public:
    PivotAccumulator(const Snapshot& s, Measure measure, const Axis& rows, const Axis& cols);

    // Calls scan(add) once, with add(rowSlot, colSlot, row) for this measure as a callable the
    // compiler sees through: the scan's inner loop is made once per measure, with no call and
    // no switch on the measure per cell (decision 0117).
    template<typename Scan> void withAdd(Scan&& scan);

    qint64 count(int cell) const { return m_count[size_t(cell)]; }
    void countOnly(int cell) { ++m_count[size_t(cell)]; }

    // Unique reach (dense table): the scan keeps the largest reach per place only in the inner
    // cells, and the totals are derived here, since the largest over a union is the largest of
    // the parts' largest. Saves the total cells' updates, most of the scan's work.
    bool derivesTotals() const { return !m_max.empty(); }
    void deriveTotals();

    // Totals along an axis where every activity has one slot are the inner cells' sum (union,
    // largest): the scan may leave them out and have them derived here, all but the sparse
    // unique-reach table, which keeps its totals.
    bool derivesSingleValuedTotals() const
    {
        return !((m_measure == Measure::ReachedUnique || m_measure == Measure::Coverage)
            && m_max.empty());
    }
    void deriveSingleValuedTotals(bool alongRows, bool alongColumns);

    // Adds another range's partial aggregates (same snapshot, measure and axes).
    void merge(const PivotAccumulator& other);

    // The measure per cell, before coverage's division.
    std::vector<double> finish() const;

private:
    static constexpr qint64 kDenseLimit = 4'000'000;

    // Where a place's largest reaches are kept in the dense table. A place has one slot on an
    // admin axis, so when the rows (or columns) are places, a place needs its values only
    // along the other axis: places × width entries instead of places × cells, a table that
    // stays in the processor's cache (decision 0117).
    enum class ReachLayout { PlaceByCell, RowsArePlaces, ColumnsArePlaces };

    int cellOf(int i, int j) const { return i * m_width + j; }
    template<typename Value> auto sumOf(Value value)
    {
        return [this, count = m_count.data(), sum = m_sum.data(), value](int i, int j, int row) {
            const int cell = cellOf(i, j);
            ++count[cell];
            sum[cell] += value(row);
        };
    }
    template<ReachLayout Layout, typename Scan> void withLargestReach(Scan&& scan);

    const Snapshot& m_s;
    Measure m_measure;
    int m_width; // column slots, the total included
    int m_height; // row slots, the total included
    int m_cells;
    std::vector<int> m_people; // the cells a sex-and-age measure sums (Snapshot::people)
    std::vector<qint64> m_count;
    std::vector<double> m_sum;
    int m_words = 0;
    Column<uint64_t> m_bits; // large: on huge pages (decision 0115)
    int m_places = 0;
    ReachLayout m_layout = ReachLayout::PlaceByCell;
    std::vector<int> m_placeSlot; // place → its slot on the axis of places (RowsArePlaces…)
    Column<int32_t> m_max; // the same
    std::unordered_map<uint64_t, int32_t> m_sparse; // cell × places + place
};

template<PivotAccumulator::ReachLayout Layout, typename Scan>
void PivotAccumulator::withLargestReach(Scan&& scan)
{
    // Everything the hot loop reads, by value: the compiler then keeps it in registers instead
    // of reading it again after every store to the tables.
    scan([count = m_count.data(), max = m_max.data(), place = m_s.place.data(),
             reachedOf = m_s.reached.data(), width = m_width, height = m_height,
             cells = m_cells](int i, int j, int row) {
        ++count[i * width + j];
        const int32_t reached = reachedOf[row];
        size_t at;
        if constexpr (Layout == ReachLayout::RowsArePlaces)
            at = size_t(place[row]) * size_t(width) + size_t(j);
        else if constexpr (Layout == ReachLayout::ColumnsArePlaces)
            at = size_t(place[row]) * size_t(height) + size_t(i);
        else
            at = size_t(place[row]) * size_t(cells) + size_t(i * width + j);
        max[at] = std::max(max[at], reached);
    });
}

template<typename Scan> void PivotAccumulator::withAdd(Scan&& scan)
{
    const Snapshot& s = m_s;
    qint64* count = m_count.data();
    switch (m_measure) {
    case Measure::Activities:
        return scan([count, width = m_width](int i, int j, int) { ++count[i * width + j]; });
    case Measure::Organisations:
        return scan([this, count, &s](int i, int j, int row) {
            const int cell = cellOf(i, j);
            ++count[cell];
            const int org = s.implementingOrg[size_t(row)];
            m_bits[size_t(cell) * size_t(m_words) + size_t(org / 64)] |= uint64_t(1) << (org % 64);
        });
    case Measure::Targeted:
        return scan(sumOf([&s](int row) { return double(s.targeted[size_t(row)]); }));
    case Measure::Reached:
        return scan(sumOf([&s](int row) { return double(s.reached[size_t(row)]); }));
    case Measure::Households:
        return scan(sumOf([&s](int row) { return double(s.households[size_t(row)]); }));
    case Measure::Budget:
        return scan(sumOf([&s](int row) { return double(s.budget[size_t(row)]); }));
    case Measure::ReachedUnique:
    case Measure::Coverage:
        if (m_max.empty()) {
            return scan([this, count, &s](int i, int j, int row) {
                const int cell = cellOf(i, j);
                ++count[cell];
                const int32_t reached = s.reached[size_t(row)];
                const uint64_t key
                    = uint64_t(cell) * uint64_t(m_places) + uint64_t(s.place[size_t(row)]);
                auto [it, inserted] = m_sparse.try_emplace(key, reached);
                if (!inserted)
                    it->second = std::max(it->second, reached);
            });
        }
        switch (m_layout) {
        case ReachLayout::RowsArePlaces:
            return withLargestReach<ReachLayout::RowsArePlaces>(scan);
        case ReachLayout::ColumnsArePlaces:
            return withLargestReach<ReachLayout::ColumnsArePlaces>(scan);
        default:
            return withLargestReach<ReachLayout::PlaceByCell>(scan);
        }
    default: // people by sex and age
        return scan(sumOf([this, &s](int row) {
            double sum = 0;
            for (const int column : m_people)
                sum += s.peopleAt(column, row);
            return sum;
        }));
    }
}

} // namespace tansiq::engine
