#include "core/browse/PlaceMeasures.h"

#include "core/engine/Snapshot.h"
#include "core/filter/ActivityMatcher.h"

namespace tansiq {

namespace {

// For each place, the place at `level` that contains it (itself included); -1 for the places
// above that level.
std::vector<int32_t> placesAt(const engine::Snapshot& s, int level)
{
    std::vector<int32_t> at(size_t(s.places.size()), -1);
    if (level < 0 || level >= 5)
        return at;
    for (qsizetype p = 0; p < s.places.size(); ++p) {
        const engine::PlaceEntry& entry = s.places.at(p);
        if (entry.level >= level)
            at[size_t(p)] = entry.ancestor[size_t(level)];
    }
    return at;
}

} // namespace

QHash<QString, double> PlaceMeasures::compute(const engine::Snapshot& s, int level,
    PlaceMeasure measure, const ActivityFilter& filter, engine::Workers* workers)
{
    const std::vector<int32_t> target = placesAt(s, level);
    std::vector<double> value(size_t(s.places.size()), 0);
    std::vector<uint8_t> has(size_t(s.places.size()), 0);
    if (measure == PlaceMeasure::Severity) {
        std::vector<uint8_t> sectorOk(size_t(s.sectors.size()), filter.sectorIds.isEmpty());
        for (const QUuid& id : filter.sectorIds) {
            const QByteArray key = id.toRfc4122();
            const int sector = s.sectorIndex.find(key.constData(), int(key.size()));
            if (sector >= 0)
                sectorOk[size_t(sector)] = 1;
        }
        for (const engine::NeedEntry& need : s.needs) {
            const int t = need.place >= 0 ? target[size_t(need.place)] : -1;
            if (t < 0 || need.sector < 0 || !sectorOk[size_t(need.sector)])
                continue;
            value[size_t(t)] = has[size_t(t)] ? std::max(value[size_t(t)], double(need.severity))
                                              : double(need.severity);
            has[size_t(t)] = 1;
        }
    } else {
        const engine::Column<int32_t> rows = ActivityMatcher::matching(s, filter, workers);
        const int32_t* place = s.place.data();
        const int32_t* reached = s.reached.data();
        const int32_t* org = s.implementingOrg.data();
        // Partners: an organisation counted once per place (a flag per place and organisation,
        // for the places of the level only).
        std::vector<int32_t> dense(size_t(s.places.size()), -1);
        int denseCount = 0;
        if (measure == PlaceMeasure::Partners)
            for (size_t p = 0; p < dense.size(); ++p)
                if (target[p] == int32_t(p))
                    dense[p] = denseCount++;
        const size_t orgs = size_t(s.orgs.size());
        std::vector<uint8_t> seen(
            measure == PlaceMeasure::Partners ? size_t(denseCount) * orgs : 0);
        for (const int32_t r : rows) {
            const int32_t t = target[size_t(place[r])];
            if (t < 0)
                continue;
            has[size_t(t)] = 1;
            switch (measure) {
            case PlaceMeasure::Activities:
                value[size_t(t)] += 1;
                break;
            case PlaceMeasure::Reached:
                value[size_t(t)] += reached[r];
                break;
            case PlaceMeasure::Partners: {
                uint8_t& flag = seen[size_t(dense[size_t(t)]) * orgs + size_t(org[r])];
                value[size_t(t)] += flag ? 0 : 1;
                flag = 1;
                break;
            }
            case PlaceMeasure::Severity:
                break;
            }
        }
    }
    QHash<QString, double> values;
    for (size_t p = 0; p < has.size(); ++p)
        if (has[p])
            values.insert(s.places.at(qsizetype(p)).pcode, value[p]);
    return values;
}

} // namespace tansiq
