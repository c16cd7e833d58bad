#include "core/browse/DashboardFigures.h"

#include "core/engine/Calendar.h"
#include "core/engine/Snapshot.h"
#include "core/filter/ActivityMatcher.h"

#include <algorithm>
#include <numeric>

namespace tansiq {

namespace {

// The smallest and largest reporting month of `rows` (nothing: first > last).
std::pair<int, int> monthRange(const engine::Snapshot& s, const engine::Column<int32_t>& rows)
{
    int first = INT32_MAX, last = INT32_MIN;
    const int32_t* month = s.reportingMonth.data();
    for (const int32_t r : rows) {
        first = std::min(first, month[r]);
        last = std::max(last, month[r]);
    }
    return { first, last };
}

} // namespace

DashboardData DashboardFigures::collect(
    const engine::Snapshot& s, const ActivityFilter& filter, engine::Workers* workers)
{
    const engine::Column<int32_t> rows = ActivityMatcher::matching(s, filter, workers);
    DashboardData data;
    const auto [firstMonth, lastMonth] = monthRange(s, rows);
    const size_t months = rows.empty() ? 0 : size_t(lastMonth - firstMonth + 1);
    const size_t sectors = size_t(s.sectors.size());
    // One pass over the selected rows: activities and reach per sector × month, from which the
    // key figures and both charts are summed; organisations and places seen, once each.
    std::vector<qint64> count(sectors * months, 0), reached(sectors * months, 0);
    std::vector<uint8_t> orgSeen(size_t(s.orgs.size()), 0), placeSeen(size_t(s.places.size()), 0);
    const int32_t* month = s.reportingMonth.data();
    const int16_t* sector = s.sector.data();
    const int32_t* org = s.implementingOrg.data();
    const int32_t* place = s.place.data();
    const int32_t* reach = s.reached.data();
    const int32_t* target = s.targeted.data();
    for (const int32_t r : rows) {
        const size_t cell = size_t(sector[r]) * months + size_t(month[r] - firstMonth);
        ++count[cell];
        reached[cell] += reach[r];
        data.figures.targeted += target[r];
        orgSeen[size_t(org[r])] = 1;
        placeSeen[size_t(place[r])] = 1;
    }
    data.figures.activities = qint64(rows.size());
    data.figures.partners = std::accumulate(orgSeen.begin(), orgSeen.end(), qint64(0));
    data.figures.places = std::accumulate(placeSeen.begin(), placeSeen.end(), qint64(0));
    for (size_t m = 0; m < months; ++m) {
        Breakdown point;
        point.key = point.labelEn = point.labelAr
            = engine::calendar::monthLabel(firstMonth + int(m));
        for (size_t k = 0; k < sectors; ++k) {
            point.activities += count[k * months + m];
            point.reached += reached[k * months + m];
        }
        data.figures.reached += point.reached;
        if (point.activities > 0)
            data.byMonth << point;
    }
    for (size_t k = 0; k < sectors; ++k) {
        const engine::SectorEntry& entry = s.sectors.at(qsizetype(k));
        Breakdown bar { entry.code, entry.nameEn, entry.nameAr, 0, 0 };
        for (size_t m = 0; m < months; ++m) {
            bar.activities += count[k * months + m];
            bar.reached += reached[k * months + m];
        }
        if (bar.activities > 0)
            data.bySector << bar;
    }
    std::sort(
        data.bySector.begin(), data.bySector.end(), [](const Breakdown& a, const Breakdown& b) {
            return a.reached != b.reached ? a.reached > b.reached : a.key < b.key;
        });
    return data;
}

} // namespace tansiq
