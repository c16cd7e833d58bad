#include "core/engine/PivotFilter.h"

#include <climits>

namespace tansiq::engine {

PivotFilter::PivotFilter(const Snapshot& s, const PivotQuery& query, Period timeRange)
    : m_snapshot(s), m_firstDay(INT_MIN), m_lastDay(INT_MAX)
{
    if (query.period) {
        m_firstDay = calendar::firstDayOfMonth(query.period->firstMonth);
        m_lastDay = calendar::lastDayOfMonth(query.period->lastMonth);
    }
    std::vector<uint8_t> sectors;
    for (const Filter& filter : query.filters) {
        if (isTimeDimension(filter.dimension)) {
            Ranges ranges;
            for (int member : filter.members) {
                int first = member, last = member; // months
                if (filter.dimension == Dimension::Quarter) {
                    first = (member / 4) * 12 + (member % 4) * 3;
                    last = first + 2;
                } else if (filter.dimension == Dimension::Year) {
                    first = member * 12;
                    last = first + 11;
                }
                ranges.days.emplace_back(
                    calendar::firstDayOfMonth(first), calendar::lastDayOfMonth(last));
            }
            m_timeFilters.push_back(std::move(ranges));
            continue;
        }
        Slots entry;
        entry.axis = std::make_unique<Axis>(s, filter.dimension, timeRange);
        entry.accepted.assign(size_t(entry.axis->size()), 0);
        for (int member : filter.members) {
            const int slot = entry.axis->slotOfMember(member);
            if (slot >= 0 && slot < entry.axis->size())
                entry.accepted[size_t(slot)] = 1;
        }
        // People in need are per sector: a sector or activity-type filter narrows them.
        if (filter.dimension == Dimension::Sector || filter.dimension == Dimension::ActivityType) {
            std::vector<uint8_t> these(size_t(s.sectors.size()), 0);
            for (int member : filter.members) {
                const int sector = filter.dimension == Dimension::Sector
                    ? member
                    : (member >= 0 && member < s.types.size() ? s.types.at(member).sector : -1);
                if (sector >= 0 && sector < s.sectors.size())
                    these[size_t(sector)] = 1;
            }
            if (m_needSectors.empty())
                m_needSectors = these;
            else
                for (size_t i = 0; i < these.size(); ++i)
                    m_needSectors[i] = m_needSectors[i] && these[i];
        }
        m_slotFilters.push_back(std::move(entry));
    }
}

int PivotFilter::select(int from, int to, int* out, int* scratch) const
{
    const Snapshot& s = m_snapshot;
    const uint8_t* live = s.live.data();
    const int32_t* start = s.startDay.data();
    const int32_t* end = s.endDay.data();
    const int firstDay = m_firstDay, lastDay = m_lastDay;
    // Every row written, the count advanced only for accepted ones: no branch to mispredict.
    int n = 0;
    for (int r = from; r < to; ++r) {
        out[n] = r;
        n += int(live[r] != 0) & int(start[r] <= lastDay) & int(end[r] >= firstDay);
    }
    for (const Slots& f : m_slotFilters) {
        f.axis->mapSlots(out, n, scratch);
        const uint8_t* accepted = f.accepted.data();
        int kept = 0;
        for (int k = 0; k < n; ++k) {
            out[kept] = out[k];
            kept += accepted[scratch[k]];
        }
        n = kept;
    }
    for (const Ranges& f : m_timeFilters) {
        int kept = 0;
        for (int k = 0; k < n; ++k) {
            const int r = out[k];
            bool any = false;
            for (const auto& [first, last] : f.days)
                any = any || (start[r] <= last && end[r] >= first);
            out[kept] = r;
            kept += int(any);
        }
        n = kept;
    }
    return n;
}

bool PivotFilter::acceptsNeed(const NeedEntry& need) const
{
    if (!m_needSectors.empty() && !m_needSectors[size_t(need.sector)])
        return false;
    for (const Slots& f : m_slotFilters) {
        if (adminLevelOf(f.axis->dimension()) > 0
            && !f.accepted[size_t(f.axis->placeSlot(need.place))])
            return false;
    }
    return true;
}

} // namespace tansiq::engine
