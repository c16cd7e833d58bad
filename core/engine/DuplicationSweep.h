#pragma once

#include "core/engine/DuplicationIndex.h"

#include <QtGlobal>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <memory>
#include <vector>

namespace tansiq::engine {

// A member of a sweep's active set: what the sweep reads of it at every end event, copied in
// when it joins so that the pass over the active set reads one small contiguous array.
struct SweepMember {
    int32_t index; // into the bucket's candidates
    int32_t end;
    int32_t days; // its length, an open end cut at the horizon
};

// A maximal clique as the sweep finds it: the active set just before someone ends (members in
// start order) and its figures, kept up to date as members come and go (decisions 0117, 0119).
struct SweptClique {
    const SweepMember* members;
    size_t size;
    int organisations; // organisations with a member in it
    int earliestEnd;
    int shortest; // days of the shortest member, an open end cut at the horizon
    qint64 reach;
};

// The interval sweep of one bucket (docs/measures.md, "Duplication"): the maximal sets of
// candidates active on a common day, in the order their first end comes. Its working memory is
// kept from bucket to bucket.
class DuplicationSweep {
public:
    DuplicationSweep(int organisations, int horizonEnd)
        : m_orgCount(size_t(organisations), 0), m_horizonEnd(horizonEnd)
    {
    }

    // Sweeps `count` candidates of one bucket, in start order; `visit(clique, number)` is
    // called for each maximal clique of two members or more and returns false to stop.
    template<typename Visit>
    void run(const DuplicationCandidate* cands, size_t count, Visit&& visit)
    {
        int* orgCount = m_orgCount.data(); // all zero between buckets
        makeRoom(count);
        // The running figures in locals, written nowhere while the bucket is swept: through
        // members they were stored and read again after every store to `orgCount`, which the
        // compiler must assume may be any of them.
        SweepMember* active = m_active.get();
        int32_t* gone = m_gone.get();
        size_t size = 0;
        int organisations = 0, earliestEnd = INT32_MAX, shortest = INT32_MAX;
        qint64 reach = 0;
        bool grew = false;
        int clique = 0;
        const auto stop = [&] { // the counts of who is still active, cleared for the next bucket
            for (size_t i = 0; i < size; ++i)
                orgCount[cands[size_t(active[i].index)].org] = 0;
        };
        for (size_t k = 0; k < count; ++k) {
            const DuplicationCandidate& next = cands[k];
            const int day = next.start;
            if (earliestEnd < day) { // someone ended before this one starts
                if (grew && size >= 2
                    && !visit(
                        SweptClique { active, size, organisations, earliestEnd, shortest, reach },
                        clique++)) {
                    stop();
                    return;
                }
                grew = false;
                // Who ended leaves; the figures of who stays are taken again. One tight pass
                // without a branch on who ended (which end comes first is as good as random):
                // every member is written to both lists and each list's count advanced for its
                // own. The organisations and reach of who left are taken off after.
                earliestEnd = INT32_MAX;
                shortest = INT32_MAX;
                size_t kept = 0, left = 0;
                for (size_t i = 0; i < size; ++i) {
                    const SweepMember m = active[i];
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
            const int32_t days
                = std::min(next.end, std::max(m_horizonEnd, next.start)) - next.start + 1;
            active[size++] = SweepMember { int32_t(k), next.end, days };
            organisations += orgCount[next.org]++ == 0 ? 1 : 0;
            reach += next.reach;
            earliestEnd = std::min(earliestEnd, next.end);
            shortest = std::min(shortest, days);
            grew = true;
        }
        if (grew && size >= 2)
            visit(
                SweptClique { active, size, organisations, earliestEnd, shortest, reach }, clique);
        stop();
    }

private:
    void makeRoom(size_t members)
    {
        if (members <= m_room)
            return;
        m_room = std::max(members, m_room * 2);
        m_active = std::make_unique_for_overwrite<SweepMember[]>(m_room);
        m_gone = std::make_unique_for_overwrite<int32_t[]>(m_room);
    }

    std::vector<int> m_orgCount;
    int m_horizonEnd;
    std::unique_ptr<SweepMember[]> m_active;
    std::unique_ptr<int32_t[]> m_gone;
    size_t m_room = 0;
};

} // namespace tansiq::engine
