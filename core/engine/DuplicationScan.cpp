#include "core/engine/DuplicationScan.h"

#include "core/engine/Calendar.h"
#include "core/engine/DuplicationIndex.h"
#include "core/engine/PivotFilter.h"
#include "core/engine/Workers.h"
#include "core/registry/Vocabulary.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
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

// A member of a sweep's active set: what the sweep reads of it at every end event, copied in
// when it joins so that the pass over the active set reads one small contiguous array.
struct Member {
    int32_t index; // into the index's candidates
    int32_t end;
    int32_t days; // its length, an open end cut at the horizon
};

// A clique as the sweep finds it: the active set just before someone ends (in start order)
// and its figures.
struct Clique {
    const Member* members;
    size_t size;
    int organisations; // organisations with a member in it
    int earliestEnd;
    int shortest; // days of the shortest member, an open end cut at the horizon
    qint64 reach;
};

// A bucket's sweep's working memory, kept from bucket to bucket: room for the active set and
// for who leaves at an end event (a bucket's size at most: no check per member), and the
// members per organisation.
struct Sweep {
    std::unique_ptr<Member[]> active;
    std::unique_ptr<int32_t[]> gone;
    size_t room = 0;
    size_t left = 0; // members a stopped sweep left in `active`
    std::vector<int> orgCount;

    void makeRoom(size_t members)
    {
        if (members <= room)
            return;
        room = std::max(members, room * 2);
        active = std::make_unique_for_overwrite<Member[]>(room);
        gone = std::make_unique_for_overwrite<int32_t[]>(room);
    }
};

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
    const auto& cands = index.candidates;
    const auto& start = index.bucketStart;

    const int sectors = int(s.sectors.size());
    std::vector<qint64> needOf(size_t(s.places.size()) * size_t(sectors), 0);
    for (const NeedEntry& need : s.needs)
        needOf[size_t(need.place) * size_t(sectors) + size_t(need.sector)] = need.peopleInNeed;

    // Buckets where someone marked a group complementary: only there are keys hashed while
    // sweeping (to leave the marked groups out); elsewhere only for the groups returned.
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
    const bool hideMarked = !query.includeComplementary && !markedBuckets.isEmpty();

    // A group found, without its members: its bucket and which of the bucket's maximal
    // cliques it is find them again (the few groups returned are swept again). Keeping every
    // group's members cost 13 MB of fresh memory per scan at 1M activities (decision 0115).
    struct Found {
        double score;
        int32_t sharedDays;
        int32_t firstRow; // the first member's row
        int32_t bucket;
        int32_t clique; // the how-many-th maximal clique of the bucket's sweep
    };
    // Ranked by score, then by days shared, then by the first member's row; the last two keys
    // make the order total, so any split over threads ranks alike.
    const auto better = [](const Found& x, const Found& y) {
        if (x.score != y.score)
            return x.score > y.score;
        if (x.sharedDays != y.sharedDays)
            return x.sharedDays > y.sharedDays;
        if (x.firstRow != y.firstRow)
            return x.firstRow < y.firstRow;
        if (x.bucket != y.bucket)
            return x.bucket < y.bucket;
        return x.clique < y.clique;
    };
    // The maximal cliques of a bucket, in sweep order: the active set just before someone ends.
    // The sweep keeps the figures a score needs as members come and go, so a clique is scored
    // without walking it (decisions 0117, 0119). `visit(clique, number)` reads them and the
    // members; returning false stops the sweep.
    const auto daysOf = [horizonEnd](const DuplicationCandidate& c) {
        return std::min(c.end, std::max(horizonEnd, c.start)) - c.start + 1;
    };
    const auto sweepBucket = [&](int b, Sweep& w, auto&& visit) {
        const int from = start[size_t(b)], to = start[size_t(b) + 1];
        int* orgCount = w.orgCount.data();
        for (size_t i = 0; i < w.left; ++i) // what a stopped sweep left
            orgCount[cands[size_t(w.active[i].index)].org] = 0;
        w.makeRoom(size_t(to - from));
        // The running figures in locals, written nowhere while the bucket is swept: through
        // `w` they were stored and read again after every store to `orgCount`, which the
        // compiler must assume may be any of them.
        Member* active = w.active.get();
        int32_t* gone = w.gone.get();
        size_t size = 0;
        int organisations = 0, earliestEnd = INT32_MAX, shortest = INT32_MAX;
        qint64 reach = 0;
        bool grew = false;
        int clique = 0;
        w.left = 0;
        for (int k = from; k < to; ++k) {
            const DuplicationCandidate& next = cands[size_t(k)];
            const int day = next.start;
            if (earliestEnd < day) { // someone ended before this one starts
                if (grew && size >= 2
                    && !visit(Clique { active, size, organisations, earliestEnd, shortest, reach },
                        clique++)) {
                    w.left = size;
                    return;
                }
                grew = false;
                // Who ended leaves; the figures of who stays are taken again. One tight pass
                // without a branch on who ended (which end comes first is as good as random:
                // mispredicting it was most of the scan's time at 10M): every member is
                // written to both lists and each list's count advanced for its own. The
                // organisations and reach of who left are taken off after, from the few gone.
                earliestEnd = INT32_MAX;
                shortest = INT32_MAX;
                size_t kept = 0, left = 0;
                for (size_t i = 0; i < size; ++i) {
                    const Member m = active[i];
                    const bool ended = m.end < day;
                    active[kept] = m;
                    gone[left] = m.index;
                    kept += ended ? 0 : 1;
                    left += ended ? 1 : 0;
                    earliestEnd = std::min(earliestEnd, ended ? INT32_MAX : m.end);
                    shortest = std::min(shortest, ended ? INT32_MAX : m.days);
                }
                size = kept;
                for (size_t i = 0; i < left; ++i) {
                    const DuplicationCandidate& c = cands[size_t(gone[i])];
                    organisations -= --orgCount[c.org] == 0 ? 1 : 0;
                    reach -= c.reach;
                }
            }
            const int32_t days = daysOf(next);
            active[size++] = Member { int32_t(k), next.end, days };
            organisations += orgCount[next.org]++ == 0 ? 1 : 0;
            reach += next.reach;
            earliestEnd = std::min(earliestEnd, next.end);
            shortest = std::min(shortest, days);
            grew = true;
        }
        w.left = size;
        if (grew && size >= 2)
            visit(Clique { active, size, organisations, earliestEnd, shortest, reach }, clique);
    };
    const auto keyOfMembers = [&](const std::vector<int>& rows) {
        return groupKey(s.place[size_t(rows.front())], s.activityType[size_t(rows.front())],
            s.populationGroup[size_t(rows.front())], rows);
    };
    const size_t limit = query.limit > 0 ? size_t(query.limit) : 0;
    // What one range of buckets finds, with its own working state.
    struct Part {
        Column<Found> kept; // every group, or the best `limit` as a heap (worst in front)
        Sweep sweep;
        int found = 0; // groups before the limit, complementary included
        // People in need (or population) of the bucket's place and sector. Buckets come
        // place by place, so the place's references are kept per sector (-1: not yet
        // looked up): one walk up the hierarchy per place and sector, not per bucket.
        qint64 bucketReference = 0;
        int referencePlace = -1;
        std::vector<qint64> references;
    };
    const auto keep = [&](Part& part, const Found& f) {
        if (limit == 0 || part.kept.size() < limit) {
            part.kept.push_back(f);
            if (limit > 0)
                std::push_heap(part.kept.begin(), part.kept.end(), better);
        } else if (better(f, part.kept.front())) {
            std::pop_heap(part.kept.begin(), part.kept.end(), better);
            part.kept.back() = f;
            std::push_heap(part.kept.begin(), part.kept.end(), better);
        }
    };
    // The score from the sweep's running figures (the scan's hot path).
    const auto emitGroup = [&](Part& part, int bucket, const Clique& w, int clique) {
        if (w.organisations < 2)
            return;
        const int first = cands[size_t(w.members[w.size - 1].index)].start; // the latest start
        const int last = w.earliestEnd;
        const int shortest = w.shortest;
        const qint64 reach = w.reach;
        if (first > periodLast || last < periodFirst)
            return;
        ++part.found;
        if (hideMarked && markedBuckets.contains(bucket)) {
            std::vector<int> rows;
            for (size_t i = 0; i < w.size; ++i)
                rows.push_back(cands[size_t(w.members[i].index)].row);
            if (query.complementary.contains(keyOfMembers(rows)))
                return;
        }
        const int sharedDays = std::max(1, std::min(last, std::max(horizonEnd, first)) - first + 1);
        const double overlap = std::min(1.0, double(sharedDays) / double(std::max(1, shortest)));
        const double ratio = part.bucketReference > 0
            ? std::min(1.0, double(reach) / double(part.bucketReference))
            : 0.0;
        keep(part,
            Found { overlap * (0.5 + 0.5 * ratio), sharedDays,
                cands[size_t(w.members[0].index)].row, bucket, clique });
    };
    const auto sweep = [&](Part& part, int bucketFrom, int bucketTo) {
        part.sweep.orgCount.assign(size_t(s.orgs.size()), 0);
        // About a group per four candidates in the 1M demo registry.
        part.kept.reserve(
            limit > 0 ? limit : size_t(start[size_t(bucketTo)] - start[size_t(bucketFrom)]) / 4);
        for (int b = bucketFrom; b < bucketTo; ++b) {
            const int from = start[size_t(b)], to = start[size_t(b) + 1];
            if (to - from < 2)
                continue;
            // Place and sector are the same for the whole bucket, and its number says them
            // (place × type × group): filter and look up once, without reading a member's row.
            const int place = b / (types * groups);
            const int sector = s.types.at((b / groups) % types).sector;
            if (!groupFilter.acceptsNeed(NeedEntry { place, sector, 0, 0 }))
                continue;
            if (place != part.referencePlace) {
                part.referencePlace = place;
                part.references.assign(size_t(sectors), -1);
            }
            qint64& reference = part.references[size_t(sector)];
            if (reference < 0)
                reference = referenceFor(s, needOf, place, sector);
            part.bucketReference = reference;
            sweepBucket(b, part.sweep, [&](const Clique& w, int clique) {
                emitGroup(part, b, w, clique);
                return true;
            });
        }
    };
    // Bucket ranges of about equal numbers of candidates swept apart; the order above is total,
    // so the groups returned are those of one sweep. Eight ranges a thread, taken by whichever
    // thread is free: a sweep costs more where buckets are dense (each end event walks the
    // active set), so equal numbers of candidates are not equal work, and one range a thread
    // left one core idle for part of the scan.
    const int parts
        = m_workers && int(cands.size()) >= m_parallelFrom ? m_workers->threads() * 8 : 1;
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
    Column<Found> found = std::move(results[0].kept);
    m_found = results[0].found;
    for (int p = 1; p < parts; ++p) {
        found.insert(found.end(), results[size_t(p)].kept.begin(), results[size_t(p)].kept.end());
        m_found += results[size_t(p)].found;
    }
    const size_t wanted = limit > 0 ? std::min(found.size(), limit) : found.size();
    std::partial_sort(found.begin(), found.begin() + qsizetype(wanted), found.end(), better);

    // The members of the groups returned: each bucket swept once more, in bucket order.
    std::vector<std::vector<int>> members(wanted);
    {
        std::vector<int> order(wanted);
        for (size_t i = 0; i < wanted; ++i)
            order[i] = int(i);
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            const Found& x = found[size_t(a)];
            const Found& y = found[size_t(b)];
            return x.bucket != y.bucket ? x.bucket < y.bucket : x.clique < y.clique;
        });
        Sweep w;
        w.orgCount.assign(size_t(s.orgs.size()), 0);
        for (size_t at = 0; at < order.size();) {
            const int bucket = found[size_t(order[at])].bucket;
            sweepBucket(bucket, w, [&](const Clique& clique, int number) {
                while (at < order.size() && found[size_t(order[at])].bucket == bucket
                    && found[size_t(order[at])].clique == number) {
                    for (size_t i = 0; i < clique.size; ++i)
                        members[size_t(order[at])].push_back(
                            cands[size_t(clique.members[i].index)].row);
                    ++at;
                }
                return at < order.size() && found[size_t(order[at])].bucket == bucket;
            });
            // Defensive: a group the sweep did not meet again (cannot happen) is skipped.
            while (at < order.size() && found[size_t(order[at])].bucket == bucket)
                ++at;
        }
    }
    // The figures of a group, from its rows (used for the groups returned).
    const auto measure = [&](const std::vector<int>& rows, DuplicateGroup& g) {
        int first = INT32_MIN, last = INT32_MAX, shortest = INT32_MAX;
        qint64 reach = 0;
        for (const int r : rows) {
            first = std::max(first, s.startDay[size_t(r)]);
            last = std::min(last, s.endDay[size_t(r)]);
            const int end
                = std::min(s.endDay[size_t(r)], std::max(horizonEnd, s.startDay[size_t(r)]));
            shortest = std::min(shortest, end - s.startDay[size_t(r)] + 1);
            reach += s.reached[size_t(r)] > 0 ? s.reached[size_t(r)] : s.targeted[size_t(r)];
        }
        const int r0 = rows.front();
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

    QList<DuplicateGroup> out;
    out.reserve(qsizetype(wanted));
    for (size_t i = 0; i < wanted; ++i) {
        if (members[i].empty())
            continue;
        DuplicateGroup g;
        measure(members[i], g);
        g.rows = std::move(members[i]);
        std::vector<int> distinct;
        for (int r : g.rows)
            if (std::find(distinct.begin(), distinct.end(), s.implementingOrg[size_t(r)])
                == distinct.end())
                distinct.push_back(s.implementingOrg[size_t(r)]);
        g.organisations = int(distinct.size());
        g.key = keyOfMembers(g.rows);
        g.complementary = query.complementary.contains(g.key);
        out << std::move(g);
    }
    return out;
}

} // namespace tansiq::engine
