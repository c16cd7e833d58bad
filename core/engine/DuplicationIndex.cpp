#include "core/engine/DuplicationIndex.h"

#include "core/engine/PivotEngine.h"
#include "core/engine/Snapshot.h"
#include "core/registry/Vocabulary.h"

#include <algorithm>

namespace tansiq::engine {

namespace {
constexpr int kCancelled = 4; // Vocabulary::Status order
}

std::shared_ptr<const DuplicationIndex> DuplicationIndex::build(const Snapshot& s)
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
    auto& start = index->bucketStart;
    start.assign(size_t(buckets) + 1, 0);
    for (int r = 0; r < n; ++r) {
        const int b = bucketOf(r);
        if (b >= 0)
            ++start[size_t(b) + 1];
    }
    for (int b = 0; b < buckets; ++b)
        start[size_t(b) + 1] += start[size_t(b)];
    index->candidates.resize(size_t(start.back()));
    std::vector<int32_t> fill(start.begin(), start.end() - 1);
    for (int r = 0; r < n; ++r) {
        const int b = bucketOf(r);
        if (b < 0)
            continue;
        const int reach = s.reached[size_t(r)] > 0 ? s.reached[size_t(r)] : s.targeted[size_t(r)];
        index->candidates[size_t(fill[size_t(b)]++)] = DuplicationCandidate { s.startDay[size_t(r)],
            s.endDay[size_t(r)], s.implementingOrg[size_t(r)], reach, r };
    }
    auto& c = index->candidates;
    for (int b = 0; b < buckets; ++b) {
        if (start[size_t(b) + 1] - start[size_t(b)] > 1) {
            std::sort(c.begin() + start[size_t(b)], c.begin() + start[size_t(b) + 1],
                [](const DuplicationCandidate& x, const DuplicationCandidate& y) {
                    return x.start != y.start ? x.start < y.start : x.row < y.row;
                });
        }
    }
    return index;
}

const DuplicationIndex& duplicationIndex(const Snapshot& s)
{
    if (!s.duplicationCache || s.duplicationCache->version != s.version)
        s.duplicationCache = DuplicationIndex::build(s);
    return *s.duplicationCache;
}

} // namespace tansiq::engine
