#pragma once

#include "core/engine/PivotQuery.h"
#include "core/engine/Snapshot.h"

#include <QList>
#include <QString>

#include <optional>

namespace tansiq::engine {

struct GapQuery {
    int level = 3; // admin level of the places listed (1-4)
    std::optional<Period> period;
    QList<Filter> filters; // narrow the area, sectors, population groups...
};

// One place and sector: what is needed and who responds (docs/measures.md, "Gaps").
struct GapRow {
    int place = -1;
    int sector = -1;
    int severity = 0; // the worst severity assessed inside the place; 0: not assessed
    qint64 peopleInNeed = 0; // summed over the assessed places inside it
    int partners = 0; // organisations with activities under way or done in the period
    qint64 reachedUnique = 0; // largest reach per place, summed (as the pivot)
    double coverage = 0; // reachedUnique / peopleInNeed; NaN without people in need
    qint64 uncovered = 0; // max(0, peopleInNeed - reachedUnique)
    int priority = 0; // 1 = first to look at
    bool severeWithoutPartner() const { return severity >= 3 && partners == 0; }
};

// Gap analysis: every place at one admin level × sector with a need or an activity, ordered
// by priority: severity first (worst first), then people in need not covered (most first),
// then people in need, then P-code and sector code so the order is stable.
class Workers;

class GapAnalysis {
public:
    // With `workers`, registries of at least parallelFrom() activities are scanned in one row
    // range per thread (decision 0091).
    explicit GapAnalysis(const Snapshot& snapshot, Workers* workers = nullptr)
        : m_s(snapshot), m_workers(workers)
    {
    }
    void setParallelFrom(int rows) { m_parallelFrom = rows; }

    // Rows in priority order.
    QList<GapRow> run(const GapQuery& query) const;
    // Severe needs (severity ≥ 3) with no partner at all, in priority order.
    static QList<GapRow> severeWithoutPartner(const QList<GapRow>& rows);
    // The ordering as a coordinator reads it (translated).
    static QString priorityFormula();

private:
    const Snapshot& m_s;
    Workers* m_workers = nullptr;
    int m_parallelFrom = 200'000;
};

} // namespace tansiq::engine
