#include "core/engine/PeopleInNeed.h"

#include <algorithm>
#include <numeric>

namespace tansiq::engine {

PeopleInNeed::PeopleInNeed(
    const Snapshot& snapshot, const Axis& rows, const Axis& columns, const PivotFilter& filter)
    : m_s(snapshot), m_rows(rows), m_cols(columns), m_filter(filter)
{
}

bool PeopleInNeed::spatial(const Axis& axis) const
{
    const Dimension d = axis.dimension();
    return adminLevelOf(d) > 0 || d == Dimension::Sector || d == Dimension::ActivityType;
}

// The reduced slots a need counts in on one axis: its own member (for places, sectors and
// activity types) and the total. Axes that do not narrow needs have a single slot, 0.
void PeopleInNeed::keys(const Axis& axis, const NeedEntry& need, std::vector<int>& out) const
{
    out.clear();
    if (!spatial(axis)) {
        out.push_back(0);
        return;
    }
    const Dimension d = axis.dimension();
    if (d == Dimension::Sector) {
        out.push_back(need.sector);
    } else if (d == Dimension::ActivityType) {
        out.push_back(0); // activities without a type: any sector
        for (int t = 0; t < m_s.types.size(); ++t) {
            if (m_s.types.at(t).sector == need.sector)
                out.push_back(t + 1);
        }
    } else {
        out.push_back(axis.placeSlot(need.place));
    }
    out.push_back(axis.size());
}

std::vector<double> PeopleInNeed::perCell() const
{
    const bool rowSpatial = spatial(m_rows);
    const bool colSpatial = spatial(m_cols);
    const int reducedRows = rowSpatial ? m_rows.size() + 1 : 1;
    const int reducedCols = colSpatial ? m_cols.size() + 1 : 1;
    std::vector<double> grid(size_t(reducedRows * reducedCols), 0.0);

    std::vector<int> order(m_s.needs.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
        [&](int a, int b) { return m_s.needs[size_t(a)].place < m_s.needs[size_t(b)].place; });
    std::vector<std::pair<int, qint64>> largest; // reduced cell → largest figure at this place
    std::vector<int> rk, ck;
    size_t i = 0;
    while (i < order.size()) {
        const int place = m_s.needs[size_t(order[i])].place;
        largest.clear();
        for (; i < order.size() && m_s.needs[size_t(order[i])].place == place; ++i) {
            const NeedEntry& need = m_s.needs[size_t(order[i])];
            if (!m_filter.acceptsNeed(need))
                continue;
            keys(m_rows, need, rk);
            keys(m_cols, need, ck);
            for (int r : rk) {
                for (int c : ck) {
                    const int cell = r * reducedCols + c;
                    auto it = std::find_if(largest.begin(), largest.end(),
                        [cell](const auto& e) { return e.first == cell; });
                    if (it == largest.end())
                        largest.emplace_back(cell, need.peopleInNeed);
                    else
                        it->second = std::max(it->second, need.peopleInNeed);
                }
            }
        }
        for (const auto& [cell, value] : largest)
            grid[size_t(cell)] += double(value);
    }

    const int width = m_cols.size() + 1;
    std::vector<double> out(size_t((m_rows.size() + 1) * width));
    for (int r = 0; r <= m_rows.size(); ++r) {
        for (int c = 0; c < width; ++c) {
            const int rr = rowSpatial ? r : 0;
            const int cc = colSpatial ? c : 0;
            out[size_t(r * width + c)] = grid[size_t(rr * reducedCols + cc)];
        }
    }
    return out;
}

} // namespace tansiq::engine
