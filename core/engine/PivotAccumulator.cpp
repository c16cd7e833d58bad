#include "core/engine/PivotAccumulator.h"

#include "core/engine/Dimensions.h"

#include <bit>

namespace tansiq::engine {

PivotAccumulator::PivotAccumulator(
    const Snapshot& s, Measure measure, const Axis& rows, const Axis& cols)
    : m_s(s)
    , m_measure(measure)
    , m_width(cols.size() + 1)
    , m_height(rows.size() + 1)
    , m_cells(m_width * m_height)
    , m_count(size_t(m_cells), 0)
{
    const PeopleCells people = peopleCellsOf(measure);
    for (int c : people.cells)
        m_people.push_back(c + (people.reached ? 6 : 0));
    switch (measure) {
    case Measure::Organisations:
        m_words = (int(s.orgs.size()) + 63) / 64;
        m_bits.assign(size_t(m_cells) * size_t(m_words), 0);
        break;
    case Measure::ReachedUnique:
    case Measure::Coverage: {
        m_places = int(s.places.size());
        const Axis* places = nullptr;
        qint64 perPlace = m_cells;
        if (adminLevelOf(rows.dimension()) > 0) {
            m_layout = ReachLayout::RowsArePlaces;
            places = &rows;
            perPlace = m_width;
        } else if (adminLevelOf(cols.dimension()) > 0) {
            m_layout = ReachLayout::ColumnsArePlaces;
            places = &cols;
            perPlace = m_height;
        }
        if (perPlace * m_places > kDenseLimit) {
            m_layout = ReachLayout::PlaceByCell; // the sparse table, keyed by cell
            break;
        }
        m_max.assign(size_t(perPlace) * size_t(m_places), -1);
        if (places)
            for (int p = 0; p < m_places; ++p)
                m_placeSlot.push_back(places->placeSlot(p));
        break;
    }
    case Measure::Activities:
        break;
    default:
        m_sum.assign(size_t(m_cells), 0.0);
    }
}

void PivotAccumulator::deriveTotals()
{
    if (m_max.empty())
        return;
    const int rowSlots = m_height - 1, colSlots = m_width - 1;
    for (int p = 0; p < m_places; ++p) {
        switch (m_layout) {
        case ReachLayout::RowsArePlaces: { // the place's own row; its total is the same row
            int32_t* m = m_max.data() + size_t(p) * size_t(m_width);
            for (int j = 0; j < colSlots; ++j)
                m[colSlots] = std::max(m[colSlots], m[j]);
            break;
        }
        case ReachLayout::ColumnsArePlaces: {
            int32_t* m = m_max.data() + size_t(p) * size_t(m_height);
            for (int i = 0; i < rowSlots; ++i)
                m[rowSlots] = std::max(m[rowSlots], m[i]);
            break;
        }
        case ReachLayout::PlaceByCell: {
            int32_t* m = m_max.data() + size_t(p) * size_t(m_cells);
            int32_t& grand = m[cellOf(rowSlots, colSlots)];
            for (int i = 0; i < rowSlots; ++i) {
                int32_t& rowTotal = m[cellOf(i, colSlots)];
                for (int j = 0; j < colSlots; ++j) {
                    const int32_t v = m[cellOf(i, j)];
                    rowTotal = std::max(rowTotal, v);
                    int32_t& colTotal = m[cellOf(rowSlots, j)];
                    colTotal = std::max(colTotal, v);
                }
                grand = std::max(grand, rowTotal);
            }
            for (int j = 0; j < colSlots; ++j)
                grand = std::max(grand, m[cellOf(rowSlots, j)]);
            break;
        }
        }
    }
}

void PivotAccumulator::deriveSingleValuedTotals(bool alongRows, bool alongColumns)
{
    const int rowTotal = m_height - 1, colTotal = m_width - 1;
    // into(total, inner) adds one inner cell into a total cell, for each kind of aggregate.
    const auto derive = [&](auto&& into) {
        // Each row's total first, so that the total row's pass also makes the grand total.
        if (alongColumns)
            for (int i = 0; i < (alongRows ? rowTotal : m_height); ++i)
                for (int j = 0; j < colTotal; ++j)
                    into(cellOf(i, colTotal), cellOf(i, j));
        if (alongRows)
            for (int j = 0; j < m_width; ++j)
                for (int i = 0; i < rowTotal; ++i)
                    into(cellOf(rowTotal, j), cellOf(i, j));
    };
    if (!alongRows && !alongColumns)
        return;
    derive([this](int total, int inner) { m_count[size_t(total)] += m_count[size_t(inner)]; });
    if (!m_sum.empty())
        derive([this](int total, int inner) { m_sum[size_t(total)] += m_sum[size_t(inner)]; });
    if (!m_bits.empty()) {
        derive([this](int total, int inner) {
            for (int w = 0; w < m_words; ++w)
                m_bits[size_t(total) * size_t(m_words) + size_t(w)]
                    |= m_bits[size_t(inner) * size_t(m_words) + size_t(w)];
        });
    }
}

void PivotAccumulator::merge(const PivotAccumulator& o)
{
    for (size_t c = 0; c < m_count.size(); ++c)
        m_count[c] += o.m_count[c];
    for (size_t c = 0; c < m_sum.size(); ++c)
        m_sum[c] += o.m_sum[c];
    for (size_t w = 0; w < m_bits.size(); ++w)
        m_bits[w] |= o.m_bits[w];
    for (size_t k = 0; k < m_max.size(); ++k)
        m_max[k] = std::max(m_max[k], o.m_max[k]);
    for (const auto& [key, value] : o.m_sparse) {
        auto [it, inserted] = m_sparse.try_emplace(key, value);
        if (!inserted)
            it->second = std::max(it->second, value);
    }
}

std::vector<double> PivotAccumulator::finish() const
{
    std::vector<double> out(size_t(m_cells), 0.0);
    switch (m_measure) {
    case Measure::Activities:
        for (int c = 0; c < m_cells; ++c)
            out[size_t(c)] = double(m_count[size_t(c)]);
        break;
    case Measure::Organisations:
        for (int c = 0; c < m_cells; ++c) {
            qint64 n = 0;
            for (int w = 0; w < m_words; ++w)
                n += std::popcount(m_bits[size_t(c) * size_t(m_words) + size_t(w)]);
            out[size_t(c)] = double(n);
        }
        break;
    case Measure::ReachedUnique:
    case Measure::Coverage: {
        if (m_max.empty()) {
            for (const auto& [key, value] : m_sparse)
                out[size_t(key / uint64_t(m_places))] += value;
            break;
        }
        // Sums of each place's largest reach; a place in the rows (columns) counts in its own
        // row (column) and in the total row (column).
        std::vector<qint64> sums(size_t(m_cells), 0);
        const int rowSlots = m_height - 1, colSlots = m_width - 1;
        for (int p = 0; p < m_places; ++p) {
            switch (m_layout) {
            case ReachLayout::RowsArePlaces: {
                const int32_t* m = m_max.data() + size_t(p) * size_t(m_width);
                const int own = m_placeSlot[size_t(p)];
                for (int j = 0; j < m_width; ++j) {
                    const qint64 v = m[j] > 0 ? m[j] : 0;
                    sums[size_t(cellOf(own, j))] += v;
                    sums[size_t(cellOf(rowSlots, j))] += v;
                }
                break;
            }
            case ReachLayout::ColumnsArePlaces: {
                const int32_t* m = m_max.data() + size_t(p) * size_t(m_height);
                const int own = m_placeSlot[size_t(p)];
                for (int i = 0; i < m_height; ++i) {
                    const qint64 v = m[i] > 0 ? m[i] : 0;
                    sums[size_t(cellOf(i, own))] += v;
                    sums[size_t(cellOf(i, colSlots))] += v;
                }
                break;
            }
            case ReachLayout::PlaceByCell: {
                const int32_t* m = m_max.data() + size_t(p) * size_t(m_cells);
                for (int c = 0; c < m_cells; ++c)
                    sums[size_t(c)] += m[c] > 0 ? m[c] : 0;
                break;
            }
            }
        }
        for (int c = 0; c < m_cells; ++c)
            out[size_t(c)] = double(sums[size_t(c)]);
        break;
    }
    default:
        out = m_sum;
    }
    return out;
}

} // namespace tansiq::engine
