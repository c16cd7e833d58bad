#include "core/engine/DuplicationScan.h"

#include "core/engine/Calendar.h"
#include "core/engine/DuplicationIndex.h"
#include "core/engine/PivotFilter.h"
#include "core/engine/Workers.h"
#include "core/registry/Vocabulary.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <sodium.h>

namespace tansiq::engine {

namespace {

// People in need of the place (or its nearest assessed ancestor) in the sector, else the
// population of the place (or its nearest ancestor that has one).
qint64 referenceFor(const Snapshot& s, const std::vector<qint64>& needOf, int place, int sector)
{
    const int sectors = int(s.sectors.size());
    const PlaceEntry& entry = s.places.at(place);
    for (int level = entry.level; level >= 0; --level) {
        const int p = entry.ancestor[size_t(level)];
        if (p >= 0 && needOf[size_t(p) * size_t(sectors) + size_t(sector)] > 0)
            return needOf[size_t(p) * size_t(sectors) + size_t(sector)];
    }
    for (int level = entry.level; level >= 0; --level) {
        const int p = entry.ancestor[size_t(level)];
        if (p >= 0 && s.places.at(p).population > 0)
            return s.places.at(p).population;
    }
    return 0;
}

} // namespace

QString DuplicationScan::groupKey(
    int place, int type, int group, const std::vector<int>& rows) const
{
    std::vector<KeyIndex::Key> ids;
    ids.reserve(rows.size());
    for (int r : rows)
        ids.push_back(m_s.id[size_t(r)]);
    std::sort(ids.begin(), ids.end());
    unsigned char hash[16];
    crypto_generichash(hash, sizeof hash, ids.front().data(), ids.size() * 16, nullptr, 0);
    return m_s.places.at(place).pcode + QLatin1Char('/') + m_s.types.at(type).code
        + QLatin1Char('/') + terms(Vocabulary::PopulationGroup).at(group).code + QLatin1Char('/')
        + QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(hash), 16).toHex());
}

QList<DuplicateGroup> DuplicationScan::run(const DuplicationQuery& query) const
{
    const Snapshot& s = m_s;
    PivotQuery pq;
    pq.filters = query.filters;
    const Period horizon = duplicationIndex(s).horizon;
    const int horizonEnd = calendar::lastDayOfMonth(horizon.lastMonth);
    const PivotFilter groupFilter(s, pq, horizon);
    const int periodFirst
        = query.period ? calendar::firstDayOfMonth(query.period->firstMonth) : INT32_MIN;
    const int periodLast
        = query.period ? calendar::lastDayOfMonth(query.period->lastMonth) : INT32_MAX;

    const DuplicationIndex& index = duplicationIndex(s);
    const int types = index.types;
    const int groups = index.groups;
    const int buckets = index.buckets();
    const std::vector<DuplicationCandidate>& cands = index.candidates;
    const std::vector<int32_t>& start = index.bucketStart;

    const int sectors = int(s.sectors.size());
    std::vector<qint64> needOf(size_t(s.places.size()) * size_t(sectors), 0);
    for (const NeedEntry& need : s.needs)
        needOf[size_t(need.place) * size_t(sectors) + size_t(need.sector)] = need.peopleInNeed;

    // Every group found, compactly; members live in pools (one per part of the sweep).
    struct Found {
        double score;
        int sharedDays;
        int bucket;
        int offset;
        int count;
    };
    // What one range of buckets finds, with its own working state.
    struct Part {
        std::vector<Found> found;
        std::vector<int> pool;
        std::vector<int> active; // indices into cands
        std::vector<int> seenAt; // org → last clique that counted it
        int clique = 0;
        qint64 bucketReference
            = 0; // people in need (or population) of the bucket's place and sector
    };
    // The score from the compact copy (the scan's hot path).
    const auto emitGroup = [&](Part& part, int bucket) {
        ++part.clique;
        int distinct = 0;
        for (int i : part.active) {
            const int org = cands[size_t(i)].org;
            if (part.seenAt[size_t(org)] != part.clique) {
                part.seenAt[size_t(org)] = part.clique;
                ++distinct;
            }
        }
        if (distinct < 2)
            return;
        int first = INT32_MIN, last = INT32_MAX, shortest = INT32_MAX;
        qint64 reach = 0;
        for (int i : part.active) {
            const DuplicationCandidate& c = cands[size_t(i)];
            first = std::max(first, c.start);
            last = std::min(last, c.end);
            shortest
                = std::min(shortest, std::min(c.end, std::max(horizonEnd, c.start)) - c.start + 1);
            reach += c.reach;
        }
        if (first > periodLast || last < periodFirst)
            return;
        const int sharedDays = std::max(1, std::min(last, std::max(horizonEnd, first)) - first + 1);
        const double overlap = std::min(1.0, double(sharedDays) / double(std::max(1, shortest)));
        const double ratio = part.bucketReference > 0
            ? std::min(1.0, double(reach) / double(part.bucketReference))
            : 0.0;
        part.found.push_back(Found { overlap * (0.5 + 0.5 * ratio), sharedDays, bucket,
            int(part.pool.size()), int(part.active.size()) });
        for (int i : part.active)
            part.pool.push_back(cands[size_t(i)].row);
    };
    const auto sweep = [&](Part& part, int bucketFrom, int bucketTo) {
        part.seenAt.assign(size_t(s.orgs.size()), -1);
        // Reserved as the single sweep always did: about a group per four candidates and 3.3
        // members per candidate in the 1M demo registry. Reserving one member per candidate made
        // the pool grow twice in every scan (copies, and fresh pages to fault in), which made the
        // scan 3 times slower; a reservation is address space, touched only as it fills.
        const size_t candidates = size_t(start[size_t(bucketTo)] - start[size_t(bucketFrom)]);
        part.found.reserve(candidates / 4);
        part.pool.reserve(candidates * 4);
        for (int b = bucketFrom; b < bucketTo; ++b) {
            const int from = start[size_t(b)], to = start[size_t(b) + 1];
            if (to - from < 2)
                continue;
            // Place and sector are the same for the whole bucket: filter and look up once.
            const int r0 = cands[size_t(from)].row;
            if (!groupFilter.acceptsNeed(
                    NeedEntry { s.place[size_t(r0)], s.sector[size_t(r0)], 0, 0 }))
                continue;
            part.bucketReference
                = referenceFor(s, needOf, s.place[size_t(r0)], s.sector[size_t(r0)]);
            // Sweep: the active set just before someone ends is a maximal clique.
            std::vector<int>& active = part.active;
            active.clear();
            bool grew = false;
            int earliestEnd = INT32_MAX; // of the active set
            for (int k = from; k < to; ++k) {
                const int day = cands[size_t(k)].start;
                if (earliestEnd < day) { // someone ended before this one starts
                    if (grew && active.size() >= 2)
                        emitGroup(part, b);
                    grew = false;
                    std::erase_if(active, [&](int a) { return cands[size_t(a)].end < day; });
                    earliestEnd = INT32_MAX;
                    for (int a : active)
                        earliestEnd = std::min(earliestEnd, cands[size_t(a)].end);
                }
                active.push_back(k);
                earliestEnd = std::min(earliestEnd, cands[size_t(k)].end);
                grew = true;
            }
            if (grew && active.size() >= 2)
                emitGroup(part, b);
        }
    };
    // Bucket ranges of about equal numbers of candidates, one per thread, swept apart and
    // joined in bucket order: the same groups in the same order as one sweep.
    const int parts = m_workers && int(cands.size()) >= m_parallelFrom ? m_workers->threads() : 1;
    std::vector<int> bounds { 0 };
    for (int p = 1; p < parts; ++p) {
        const int32_t wanted = int32_t(qint64(cands.size()) * p / parts);
        const auto at = std::lower_bound(start.begin() + bounds.back(), start.end() - 1, wanted);
        bounds.push_back(int(at - start.begin()));
    }
    bounds.push_back(buckets);
    std::vector<Part> results(static_cast<size_t>(parts));
    const auto runPart
        = [&](int p) { sweep(results[size_t(p)], bounds[size_t(p)], bounds[size_t(p) + 1]); };
    if (parts == 1)
        runPart(0);
    else
        m_workers->run(parts, runPart);
    // The groups joined in part order; their members stay in each part's pool (joining the
    // pools would copy every member once more), an offset counting through them as if they were
    // one.
    std::vector<size_t> poolBase(size_t(parts) + 1, 0);
    for (int p = 0; p < parts; ++p)
        poolBase[size_t(p) + 1] = poolBase[size_t(p)] + results[size_t(p)].pool.size();
    std::vector<Found> found = std::move(results[0].found);
    size_t foundTotal = found.size();
    for (int p = 1; p < parts; ++p)
        foundTotal += results[size_t(p)].found.size();
    found.reserve(foundTotal);
    for (int p = 1; p < parts; ++p) {
        for (Found f : results[size_t(p)].found) {
            f.offset += int(poolBase[size_t(p)]);
            found.push_back(f);
        }
    }
    const auto membersOf = [&](const Found& f) -> const int* {
        size_t p = 0;
        while (size_t(f.offset) >= poolBase[p + 1])
            ++p;
        return results[p].pool.data() + (size_t(f.offset) - poolBase[p]);
    };
    // The figures of a group, from its rows (used for the groups returned).
    const auto measure = [&](const int* rows, int count, DuplicateGroup& g) {
        int first = INT32_MIN, last = INT32_MAX, shortest = INT32_MAX;
        qint64 reach = 0;
        for (int i = 0; i < count; ++i) {
            const int r = rows[i];
            first = std::max(first, s.startDay[size_t(r)]);
            last = std::min(last, s.endDay[size_t(r)]);
            const int end
                = std::min(s.endDay[size_t(r)], std::max(horizonEnd, s.startDay[size_t(r)]));
            shortest = std::min(shortest, end - s.startDay[size_t(r)] + 1);
            reach += s.reached[size_t(r)] > 0 ? s.reached[size_t(r)] : s.targeted[size_t(r)];
        }
        const int r0 = rows[0];
        g.place = s.place[size_t(r0)];
        g.activityType = s.activityType[size_t(r0)];
        g.populationGroup = s.populationGroup[size_t(r0)];
        g.sharedFirstDay = first;
        g.sharedLastDay = last;
        g.sharedDays = std::max(1, std::min(last, std::max(horizonEnd, first)) - first + 1);
        g.timeOverlap = std::min(1.0, double(g.sharedDays) / double(std::max(1, shortest)));
        g.combinedReach = reach;
        g.reference = referenceFor(s, needOf, g.place, s.sector[size_t(r0)]);
        g.reachRatio = g.reference > 0 ? double(reach) / double(g.reference)
                                       : std::numeric_limits<double>::quiet_NaN();
        const double ratio = std::isnan(g.reachRatio) ? 0.0 : std::min(1.0, g.reachRatio);
        g.score = g.timeOverlap * (0.5 + 0.5 * ratio);
    };
    m_found = int(found.size());

    // Ranked by score, then by days shared, then by the first member's row (stable).
    std::vector<int> order(found.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    const auto better = [&](int a, int b) {
        const Found& x = found[size_t(a)];
        const Found& y = found[size_t(b)];
        if (x.score != y.score)
            return x.score > y.score;
        if (x.sharedDays != y.sharedDays)
            return x.sharedDays > y.sharedDays;
        return *membersOf(x) < *membersOf(y);
    };
    // Keys are hashed only where needed: for groups returned, and in buckets someone reviewed.
    QSet<int> markedBuckets;
    for (const QString& key : query.complementary) {
        const int place = s.placeOf(key.section(QLatin1Char('/'), 0, 0));
        int type = -1, group = -1;
        for (int t = 0; t < s.types.size(); ++t)
            if (s.types.at(t).code == key.section(QLatin1Char('/'), 1, 1))
                type = t;
        for (int g = 0; g < groups; ++g)
            if (terms(Vocabulary::PopulationGroup).at(g).code
                == key.section(QLatin1Char('/'), 2, 2))
                group = g;
        if (place >= 0 && type >= 0 && group >= 0)
            markedBuckets.insert((place * types + type) * groups + group);
    }
    const auto keyOf = [&](const Found& f) {
        const int* members = membersOf(f);
        const std::vector<int> rows(members, members + f.count);
        return groupKey(s.place[size_t(rows.front())], s.activityType[size_t(rows.front())],
            s.populationGroup[size_t(rows.front())], rows);
    };
    std::vector<uint8_t> hidden(found.size(), 0);
    if (!query.includeComplementary && !markedBuckets.isEmpty()) {
        for (size_t i = 0; i < found.size(); ++i)
            if (markedBuckets.contains(found[i].bucket)
                && query.complementary.contains(keyOf(found[i])))
                hidden[i] = 1;
        std::erase_if(order, [&](int i) { return hidden[size_t(i)] != 0; });
    }
    const size_t wanted
        = query.limit > 0 ? std::min(order.size(), size_t(query.limit)) : order.size();
    std::partial_sort(order.begin(), order.begin() + qsizetype(wanted), order.end(), better);

    QList<DuplicateGroup> out;
    out.reserve(qsizetype(wanted));
    for (size_t i = 0; i < wanted; ++i) {
        const Found& f = found[size_t(order[i])];
        DuplicateGroup g;
        const int* members = membersOf(f);
        measure(members, f.count, g);
        g.rows.assign(members, members + f.count);
        std::vector<int> distinct;
        for (int r : g.rows)
            if (std::find(distinct.begin(), distinct.end(), s.implementingOrg[size_t(r)])
                == distinct.end())
                distinct.push_back(s.implementingOrg[size_t(r)]);
        g.organisations = int(distinct.size());
        g.key = keyOf(f);
        g.complementary = query.complementary.contains(g.key);
        out << std::move(g);
    }
    return out;
}

} // namespace tansiq::engine
