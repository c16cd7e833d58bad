#include "core/engine/DuplicationIndex.h"

#include "core/engine/Calendar.h"
#include "core/engine/DuplicationSweep.h"
#include "core/engine/PivotEngine.h"
#include "core/engine/Snapshot.h"
#include "core/engine/Workers.h"
#include "core/registry/Vocabulary.h"

#include <algorithm>
#include <limits>

namespace tansiq::engine {

namespace {
constexpr int kCancelled = 4; // Vocabulary::Status order
constexpr int kRangesPerThread = 8; // dense buckets cost more: ranges are taken as threads free
} // namespace

std::vector<qint64> needsByPlaceAndSector(const Snapshot& s)
{
    const size_t sectors = size_t(s.sectors.size());
    std::vector<qint64> needOf(size_t(s.places.size()) * sectors, 0);
    for (const NeedEntry& need : s.needs)
        needOf[size_t(need.place) * sectors + size_t(need.sector)] = need.peopleInNeed;
    return needOf;
}

qint64 duplicationReference(
    const Snapshot& s, const std::vector<qint64>& needOf, int place, int sector)
{
    const size_t sectors = size_t(s.sectors.size());
    const PlaceEntry& entry = s.places.at(place);
    for (int level = entry.level; level >= 0; --level) {
        const int p = entry.ancestor[size_t(level)];
        if (p >= 0 && needOf[size_t(p) * sectors + size_t(sector)] > 0)
            return needOf[size_t(p) * sectors + size_t(sector)];
    }
    for (int level = entry.level; level >= 0; --level) {
        const int p = entry.ancestor[size_t(level)];
        if (p >= 0 && s.places.at(p).population > 0)
            return s.places.at(p).population;
    }
    return 0;
}

DuplicationScore duplicationScore(
    int firstDay, int lastDay, int shortest, qint64 reach, qint64 reference, int horizonEnd)
{
    DuplicationScore d;
    d.sharedDays = std::max(1, std::min(lastDay, std::max(horizonEnd, firstDay)) - firstDay + 1);
    d.timeOverlap = std::min(1.0, double(d.sharedDays) / double(std::max(1, shortest)));
    d.reachRatio = reference > 0 ? double(reach) / double(reference)
                                 : std::numeric_limits<double>::quiet_NaN();
    const double ratio = reference > 0 ? std::min(1.0, d.reachRatio) : 0.0;
    d.score = d.timeOverlap * (0.5 + 0.5 * ratio);
    return d;
}

std::vector<int> bucketRanges(const DuplicationIndex& index, int parts)
{
    const auto& start = index.bucketStart;
    const qint64 total = qint64(index.rows.size());
    std::vector<int> bounds { 0 };
    for (int p = 1; p < parts; ++p) {
        const auto wanted = int32_t(total * p / parts);
        const auto at = std::lower_bound(start.begin() + bounds.back(), start.end() - 1, wanted);
        bounds.push_back(int(at - start.begin()));
    }
    bounds.push_back(index.buckets());
    return bounds;
}

void DuplicationIndex::candidates(
    const Snapshot& s, int bucket, std::vector<DuplicationCandidate>& out) const
{
    const int from = bucketStart[size_t(bucket)], to = bucketStart[size_t(bucket) + 1];
    out.clear();
    for (int k = from; k < to; ++k) {
        const auto r = size_t(rows[size_t(k)]);
        out.push_back(DuplicationCandidate { s.startDay[r], s.endDay[r], s.implementingOrg[r],
            s.reached[r] > 0 ? s.reached[r] : s.targeted[r], int32_t(r) });
    }
}

std::shared_ptr<const DuplicationIndex> DuplicationIndex::build(
    const Snapshot& s, Workers* workers, int parallelFrom)
{
    auto index = std::make_shared<DuplicationIndex>();
    index->version = s.version;
    index->types = int(s.types.size());
    index->groups = int(terms(Vocabulary::PopulationGroup).size());
    index->horizon = PivotEngine(s).horizon();
    const int types = index->types;
    const int groups = index->groups;
    const int buckets = int(s.places.size()) * types * groups;
    std::vector<uint8_t> fine(size_t(s.places.size()));
    for (int p = 0; p < s.places.size(); ++p)
        fine[size_t(p)] = s.places.at(p).level >= 3;
    const int n = int(s.rowCount());
    const auto bucketOf = [&](int r) {
        if (!s.live[size_t(r)] || s.status[size_t(r)] == kCancelled
            || s.activityType[size_t(r)] < 0)
            return -1;
        const int place = s.place[size_t(r)];
        if (!fine[size_t(place)])
            return -1;
        return (place * types + s.activityType[size_t(r)]) * groups + s.populationGroup[size_t(r)];
    };
    // Rows bucket by bucket (a counting sort), then each bucket ordered by start day.
    auto& start = index->bucketStart;
    start.assign(size_t(buckets) + 1, 0);
    for (int r = 0; r < n; ++r) {
        const int b = bucketOf(r);
        if (b >= 0)
            ++start[size_t(b) + 1];
    }
    for (int b = 0; b < buckets; ++b)
        start[size_t(b) + 1] += start[size_t(b)];
    index->rows.resize(size_t(start.back()));
    {
        std::vector<int32_t> fill(start.begin(), start.end() - 1);
        for (int r = 0; r < n; ++r) {
            const int b = bucketOf(r);
            if (b >= 0)
                index->rows[size_t(fill[size_t(b)]++)] = r;
        }
    }

    // Each bucket: its candidates in start order, then its sweep. The score of a clique is the
    // same for every query: the reference of its place and sector, the horizon.
    const int horizonEnd = calendar::lastDayOfMonth(index->horizon.lastMonth);
    const std::vector<qint64> needOf = needsByPlaceAndSector(s);
    const int parts = workers && qint64(index->rows.size()) >= parallelFrom
        ? workers->threads() * kRangesPerThread
        : 1;
    const std::vector<int> bounds = bucketRanges(*index, parts);
    std::vector<Column<DuplicationClique>> found(static_cast<size_t>(parts));
    const auto sweepRange = [&](int p) {
        DuplicationSweep sweep(int(s.orgs.size()), horizonEnd);
        std::vector<DuplicationCandidate> cands;
        std::vector<qint64> references;
        int referencePlace = -1;
        Column<DuplicationClique>& out = found[size_t(p)];
        for (int b = bounds[size_t(p)]; b < bounds[size_t(p) + 1]; ++b) {
            const int from = start[size_t(b)], to = start[size_t(b) + 1];
            if (to - from < 2)
                continue;
            index->candidates(s, b, cands);
            std::sort(cands.begin(), cands.end(), [](const auto& x, const auto& y) {
                return x.start != y.start ? x.start < y.start : x.row < y.row;
            });
            for (int k = from; k < to; ++k)
                index->rows[size_t(k)] = cands[size_t(k - from)].row;
            // Buckets come place by place: a place's references are kept per sector.
            const int place = index->placeOf(b);
            const int sector = s.types.at(index->typeOf(b)).sector;
            if (place != referencePlace) {
                referencePlace = place;
                references.assign(size_t(s.sectors.size()), -1);
            }
            qint64& reference = references[size_t(sector)];
            if (reference < 0)
                reference = duplicationReference(s, needOf, place, sector);
            sweep.run(cands.data(), cands.size(), [&](const SweptClique& c, int number) {
                if (c.organisations < 2)
                    return true;
                const int first = cands[size_t(c.members[c.size - 1].index)].start;
                const int last = c.earliestEnd;
                const DuplicationScore d
                    = duplicationScore(first, last, c.shortest, c.reach, reference, horizonEnd);
                out.push_back(DuplicationClique { d.score, d.sharedDays,
                    cands[size_t(c.members[0].index)].row, b, number, first, last });
                return true;
            });
        }
    };
    if (parts == 1)
        sweepRange(0);
    else
        workers->run(parts, sweepRange);
    size_t total = 0;
    for (const auto& part : found)
        total += part.size();
    index->cliques.reserve(total);
    for (const auto& part : found)
        index->cliques.insert(index->cliques.end(), part.begin(), part.end());
    return index;
}

const DuplicationIndex& duplicationIndex(const Snapshot& s, Workers* workers)
{
    if (!s.duplicationCache || s.duplicationCache->version != s.version)
        s.duplicationCache = DuplicationIndex::build(s, workers);
    return *s.duplicationCache;
}

} // namespace tansiq::engine
