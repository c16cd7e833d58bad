#pragma once

#include "core/engine/PivotResult.h"
#include "core/engine/Snapshot.h"

namespace tansiq::engine {

// Computes pivots by scanning the snapshot's columns once per query. See docs/measures.md
// for what each measure means and how totals are formed.
class Workers;

// With `workers`, a large snapshot is scanned in row ranges on several threads, each with its
// own partial aggregates, merged at the end (decision 0091); the answer is the same.
class PivotEngine {
public:
    explicit PivotEngine(const Snapshot& snapshot, Workers* workers = nullptr)
        : m_snapshot(snapshot), m_workers(workers)
    {
    }

    PivotResult run(const PivotQuery& query) const;
    // Snapshots with at least this many rows are split over the workers (tests lower it).
    void setParallelFrom(int rows) { m_parallelFrom = rows; }

    // The months time axes span when no period is given: from the earliest start to the
    // latest start, end or reporting month of any live activity.
    Period horizon() const;
    Period timeRange(const PivotQuery& query) const
    {
        return query.period ? *query.period : horizon();
    }

private:
    const Snapshot& m_snapshot;
    Workers* m_workers = nullptr;
    int m_parallelFrom = 200'000; // below, one thread is quicker than splitting the scan
};

} // namespace tansiq::engine
