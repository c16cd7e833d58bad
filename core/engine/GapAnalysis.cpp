#include "core/engine/GapAnalysis.h"

#include "core/engine/Axis.h"
#include "core/engine/PivotEngine.h"
#include "core/engine/PivotFilter.h"
#include "core/engine/Workers.h"

#include <QCoreApplication>

#include <algorithm>
#include <bit>
#include <limits>

namespace tansiq::engine {

namespace {
constexpr int kPlanned = 0; // Vocabulary::Status order
constexpr int kCancelled = 4;
constexpr int kChunk = 1024; // rows the filter selects at a time (decision 0119)

// What the activities of one row range contribute: the largest reach per activity place and
// sector, the partners per cell, whether a cell has any activity. Ranges merge exactly.
struct ActivityFigures {
    std::vector<int32_t> largest;
    std::vector<uint64_t> partners;
    std::vector<uint8_t> active;

    ActivityFigures(size_t placesBySectors, size_t cells, int words)
        : largest(placesBySectors, -1), partners(cells * size_t(words), 0), active(cells, 0)
    {
    }
    void merge(const ActivityFigures& o)
    {
        for (size_t i = 0; i < largest.size(); ++i)
            largest[i] = std::max(largest[i], o.largest[i]);
        for (size_t i = 0; i < partners.size(); ++i)
            partners[i] |= o.partners[i];
        for (size_t i = 0; i < active.size(); ++i)
            active[i] |= o.active[i];
    }
};
} // namespace

QString GapAnalysis::priorityFormula()
{
    return QCoreApplication::translate("tansiq::Engine",
        "Priority: highest severity first; then most people in need not yet reached "
        "(people in need − people reached without double counting); then most people in need.");
}

QList<GapRow> GapAnalysis::run(const GapQuery& query) const
{
    const Snapshot& s = m_s;
    PivotQuery pq;
    pq.period = query.period;
    pq.filters = query.filters;
    const Period range = PivotEngine(s).timeRange(pq);
    const Axis places(s, adminDimension(query.level), range);
    const PivotFilter filter(s, pq, range);
    const int sectors = int(s.sectors.size());
    const int cells = places.size() * sectors;
    const int words = (int(s.orgs.size()) + 63) / 64;

    std::vector<int> severity(size_t(cells), 0);
    std::vector<qint64> need(size_t(cells), 0);
    std::vector<uint8_t> assessed(size_t(cells), 0);
    for (const NeedEntry& n : s.needs) {
        if (!filter.acceptsNeed(n))
            continue;
        const int cell = places.placeSlot(n.place) * sectors + n.sector;
        severity[size_t(cell)] = std::max(severity[size_t(cell)], n.severity);
        need[size_t(cell)] += n.peopleInNeed;
        assessed[size_t(cell)] = 1;
    }

    // Largest reach per activity place and sector; partners per cell.
    const size_t placesBySectors = size_t(s.places.size()) * size_t(sectors);
    const auto scan = [&](ActivityFigures& into, int from, int to) {
        int rows[kChunk], scratch[kChunk];
        for (int base = from; base < to; base += kChunk) {
            const int n = filter.select(base, std::min(base + kChunk, to), rows, scratch);
            places.mapSlots(rows, n, scratch);
            for (int k = 0; k < n; ++k) {
                const int r = rows[k];
                const int sector = s.sector[size_t(r)];
                const int place = s.place[size_t(r)];
                const int cell = scratch[k] * sectors + sector;
                int32_t& max = into.largest[size_t(place) * size_t(sectors) + size_t(sector)];
                max = std::max(max, s.reached[size_t(r)]);
                into.active[size_t(cell)] = 1;
                const int status = s.status[size_t(r)];
                if (status != kPlanned && status != kCancelled) {
                    const int org = s.implementingOrg[size_t(r)];
                    into.partners[size_t(cell) * size_t(words) + size_t(org / 64)] |= uint64_t(1)
                        << (org % 64);
                }
            }
        }
    };
    const int n = int(s.rowCount());
    const int parts = m_workers && n >= m_parallelFrom ? m_workers->threads() : 1;
    std::vector<ActivityFigures> figures(
        size_t(parts), ActivityFigures(placesBySectors, size_t(cells), words));
    if (parts == 1) {
        scan(figures[0], 0, n);
    } else {
        m_workers->run(parts, [&](int p) {
            const auto [from, to] = Workers::range(n, parts, p);
            scan(figures[size_t(p)], int(from), int(to));
        });
        for (int p = 1; p < parts; ++p)
            figures[0].merge(figures[size_t(p)]);
    }
    const std::vector<int32_t>& largest = figures[0].largest;
    const std::vector<uint64_t>& partners = figures[0].partners;
    const std::vector<uint8_t>& active = figures[0].active;
    std::vector<qint64> reached(size_t(cells), 0);
    for (int p = 0; p < s.places.size(); ++p) {
        for (int sector = 0; sector < sectors; ++sector) {
            const int32_t max = largest[size_t(p) * size_t(sectors) + size_t(sector)];
            if (max > 0)
                reached[size_t(places.placeSlot(p) * sectors + sector)] += max;
        }
    }

    QList<GapRow> rows;
    for (int slot = 1; slot < places.size(); ++slot) { // slot 0: reported for a wider area
        for (int sector = 0; sector < sectors; ++sector) {
            const size_t cell = size_t(slot * sectors + sector);
            if (!assessed[cell] && !active[cell])
                continue;
            GapRow row;
            row.place = places.memberOf(slot);
            row.sector = sector;
            row.severity = severity[cell];
            row.peopleInNeed = need[cell];
            for (int w = 0; w < words; ++w)
                row.partners += std::popcount(partners[cell * size_t(words) + size_t(w)]);
            row.reachedUnique = reached[cell];
            row.coverage = row.peopleInNeed > 0
                ? double(row.reachedUnique) / double(row.peopleInNeed)
                : std::numeric_limits<double>::quiet_NaN();
            row.uncovered = std::max<qint64>(0, row.peopleInNeed - row.reachedUnique);
            rows << row;
        }
    }
    std::sort(rows.begin(), rows.end(), [&](const GapRow& a, const GapRow& b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        if (a.uncovered != b.uncovered)
            return a.uncovered > b.uncovered;
        if (a.peopleInNeed != b.peopleInNeed)
            return a.peopleInNeed > b.peopleInNeed;
        if (a.place != b.place)
            return s.places.at(a.place).pcode < s.places.at(b.place).pcode;
        return s.sectors.at(a.sector).code < s.sectors.at(b.sector).code;
    });
    for (int i = 0; i < rows.size(); ++i)
        rows[i].priority = i + 1;
    return rows;
}

QList<GapRow> GapAnalysis::severeWithoutPartner(const QList<GapRow>& rows)
{
    QList<GapRow> out;
    for (const GapRow& row : rows) {
        if (row.severeWithoutPartner())
            out << row;
    }
    return out;
}

} // namespace tansiq::engine
