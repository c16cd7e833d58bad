#include "core/engine/DuplicationScan.h"

#include "core/engine/Calendar.h"
#include "core/engine/DuplicationIndex.h"
#include "core/engine/DuplicationSweep.h"
#include "core/engine/PivotFilter.h"
#include "core/engine/Workers.h"
#include "core/registry/Vocabulary.h"

#include <algorithm>
#include <memory>
#include <sodium.h>

namespace tansiq::engine {

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
    // The maximal cliques and their scores are the same for every query (decision 0122): the
    // index sweeps every bucket once per snapshot, and a scan filters and ranks its cliques.
    const DuplicationIndex& index = duplicationIndex(s, m_workers);
    const Period horizon = index.horizon;
    const int horizonEnd = calendar::lastDayOfMonth(horizon.lastMonth);
    PivotQuery pq;
    pq.filters = query.filters;
    const PivotFilter groupFilter(s, pq, horizon);
    const int periodFirst
        = query.period ? calendar::firstDayOfMonth(query.period->firstMonth) : INT32_MIN;
    const int periodLast
        = query.period ? calendar::lastDayOfMonth(query.period->lastMonth) : INT32_MAX;
    const int types = index.types;
    const int groups = index.groups;
    const auto& cliques = index.cliques;
    const std::vector<qint64> needOf = needsByPlaceAndSector(s);

    // Buckets where someone marked a group complementary: only there are members found while
    // scanning (to leave the marked groups out); elsewhere only for the groups returned.
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

    // Ranked by score, then by days shared, then by the first member's row; the last two keys
    // make the order total, so any split over threads ranks alike.
    const auto better = [](const DuplicationClique& x, const DuplicationClique& y) {
        if (x.score != y.score)
            return x.score > y.score;
        if (x.sharedDays != y.sharedDays)
            return x.sharedDays > y.sharedDays;
        if (x.firstRow != y.firstRow)
            return x.firstRow < y.firstRow;
        if (x.bucket != y.bucket)
            return x.bucket < y.bucket;
        return x.number < y.number;
    };
    // The members of some of a bucket's cliques (numbers ascending), from one more sweep.
    const auto membersOf = [&](int bucket, const std::vector<int>& numbers, DuplicationSweep& sweep,
                               std::vector<DuplicationCandidate>& cands) {
        std::vector<std::vector<int>> members(numbers.size());
        index.candidates(s, bucket, cands);
        size_t at = 0;
        sweep.run(cands.data(), cands.size(), [&](const SweptClique& clique, int number) {
            while (at < numbers.size() && numbers[at] == number) {
                for (size_t i = 0; i < clique.size; ++i)
                    members[at].push_back(cands[size_t(clique.members[i].index)].row);
                ++at;
            }
            return at < numbers.size();
        });
        return members;
    };
    const auto keyOfMembers = [&](const std::vector<int>& rows) {
        return groupKey(s.place[size_t(rows.front())], s.activityType[size_t(rows.front())],
            s.populationGroup[size_t(rows.front())], rows);
    };
    const size_t limit = query.limit > 0 ? size_t(query.limit) : 0;
    // What one range of cliques finds.
    struct Part {
        Column<DuplicationClique> kept; // every group, or the best `limit` as a heap (worst first)
        int found = 0; // groups before the limit, complementary included
    };
    const auto keep = [&](Part& part, const DuplicationClique& c) {
        if (limit == 0 || part.kept.size() < limit) {
            part.kept.push_back(c);
            if (limit > 0)
                std::push_heap(part.kept.begin(), part.kept.end(), better);
        } else if (better(c, part.kept.front())) {
            std::pop_heap(part.kept.begin(), part.kept.end(), better);
            part.kept.back() = c;
            std::push_heap(part.kept.begin(), part.kept.end(), better);
        }
    };
    const auto scan = [&](Part& part, size_t from, size_t to) {
        DuplicationSweep sweep(int(s.orgs.size()), horizonEnd);
        std::vector<DuplicationCandidate> cands;
        int bucket = -1;
        bool accepted = false;
        std::vector<QString> keys; // the keys of a marked bucket's cliques, by number
        part.kept.reserve(limit > 0 ? limit : (to - from));
        for (size_t i = from; i < to; ++i) {
            const DuplicationClique& c = cliques[i];
            if (c.bucket != bucket) {
                // Place and sector are the same for the whole bucket, and its number says
                // them: filtered once, without reading a member's row.
                bucket = c.bucket;
                const int place = index.placeOf(bucket);
                const int sector = s.types.at(index.typeOf(bucket)).sector;
                accepted = groupFilter.acceptsNeed(NeedEntry { place, sector, 0, 0 });
                keys.clear();
                if (accepted && hideMarked && markedBuckets.contains(bucket)) {
                    std::vector<int> numbers;
                    for (size_t j = i; j < to && cliques[j].bucket == bucket; ++j)
                        numbers.push_back(cliques[j].number);
                    const auto members = membersOf(bucket, numbers, sweep, cands);
                    keys.resize(size_t(numbers.back()) + 1);
                    for (size_t j = 0; j < numbers.size(); ++j)
                        keys[size_t(numbers[j])] = keyOfMembers(members[j]);
                }
            }
            if (!accepted || c.firstDay > periodLast || c.lastDay < periodFirst)
                continue;
            ++part.found;
            if (!keys.empty() && query.complementary.contains(keys[size_t(c.number)]))
                continue;
            keep(part, c);
        }
    };
    // Ranges of cliques scanned apart, cut at bucket boundaries (a marked bucket is keyed once);
    // the order above is total, so the groups returned are those of one scan.
    const int parts
        = m_workers && int(index.rows.size()) >= m_parallelFrom ? m_workers->threads() : 1;
    std::vector<size_t> bounds { 0 };
    for (int p = 1; p < parts; ++p) {
        size_t at = std::max(bounds.back(), cliques.size() * size_t(p) / size_t(parts));
        while (at > bounds.back() && at < cliques.size()
            && cliques[at].bucket == cliques[at - 1].bucket)
            ++at;
        bounds.push_back(at);
    }
    bounds.push_back(cliques.size());
    std::vector<Part> results(static_cast<size_t>(parts));
    const auto runPart
        = [&](int p) { scan(results[size_t(p)], bounds[size_t(p)], bounds[size_t(p) + 1]); };
    if (parts == 1)
        runPart(0);
    else
        m_workers->run(parts, runPart);
    Column<DuplicationClique> found = std::move(results[0].kept);
    m_found = results[0].found;
    for (int p = 1; p < parts; ++p) {
        found.insert(found.end(), results[size_t(p)].kept.begin(), results[size_t(p)].kept.end());
        m_found += results[size_t(p)].found;
    }
    const size_t wanted = limit > 0 ? std::min(found.size(), limit) : found.size();
    std::partial_sort(found.begin(), found.begin() + qsizetype(wanted), found.end(), better);

    // The members of the groups returned: each of their buckets swept once more.
    std::vector<std::vector<int>> members(wanted);
    {
        std::vector<int> order(wanted);
        for (size_t i = 0; i < wanted; ++i)
            order[i] = int(i);
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            const DuplicationClique& x = found[size_t(a)];
            const DuplicationClique& y = found[size_t(b)];
            return x.bucket != y.bucket ? x.bucket < y.bucket : x.number < y.number;
        });
        DuplicationSweep sweep(int(s.orgs.size()), horizonEnd);
        std::vector<DuplicationCandidate> cands;
        for (size_t at = 0; at < order.size();) {
            const int bucket = found[size_t(order[at])].bucket;
            size_t end = at;
            std::vector<int> numbers;
            while (end < order.size() && found[size_t(order[end])].bucket == bucket)
                numbers.push_back(found[size_t(order[end++])].number);
            auto swept = membersOf(bucket, numbers, sweep, cands);
            for (size_t j = 0; j < numbers.size(); ++j)
                members[size_t(order[at + j])] = std::move(swept[j]);
            at = end;
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
        g.combinedReach = reach;
        g.reference = duplicationReference(s, needOf, g.place, s.sector[size_t(r0)]);
        const DuplicationScore d
            = duplicationScore(first, last, shortest, reach, g.reference, horizonEnd);
        g.sharedDays = d.sharedDays;
        g.timeOverlap = d.timeOverlap;
        g.reachRatio = d.reachRatio;
        g.score = d.score;
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
