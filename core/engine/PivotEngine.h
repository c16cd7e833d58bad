#pragma once

#include "PivotResult.h"
#include "Snapshot.h"

namespace tansiq::engine {

// Computes pivots by scanning the snapshot's columns once per query. See docs/measures.md
// for what each measure means and how totals are formed.
class PivotEngine {
public:
    explicit PivotEngine(const Snapshot& snapshot) : m_snapshot(snapshot) {}

    PivotResult run(const PivotQuery& query) const;

    // The months time axes span when no period is given: from the earliest start to the
    // latest start, end or reporting month of any live activity.
    Period horizon() const;
    Period timeRange(const PivotQuery& query) const { return query.period ? *query.period : horizon(); }

private:
    const Snapshot& m_snapshot;
};

}  // namespace tansiq::engine
