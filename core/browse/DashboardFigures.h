#pragma once

#include "core/filter/ActivityFilter.h"

#include <QList>
#include <QString>

namespace tansiq::engine {
struct Snapshot;
class Workers;
} // namespace tansiq::engine

namespace tansiq {

struct KeyFigures {
    qint64 activities = 0;
    qint64 targeted = 0;
    qint64 reached = 0;
    qint64 partners = 0; // distinct implementing organisations
    qint64 places = 0; // distinct places with activities
};

// One bar or point of a chart: a sector (key = code) or a month (key = YYYY-MM).
struct Breakdown {
    QString key;
    QString labelEn;
    QString labelAr;
    qint64 activities = 0;
    qint64 reached = 0;
};

struct DashboardData {
    KeyFigures figures;
    QList<Breakdown> bySector; // by reach, largest first (sector code on a tie)
    QList<Breakdown> byMonth; // chronological
};

// The dashboard's figures for a period and an area, over the engine's snapshot: the activities
// the ActivityMatcher selects, as the 4W table shows them (decision 0120). A scan of the
// columns, not SQL: ten million activities answer in tenths of a second.
class DashboardFigures {
public:
    // With `workers`, the activities are selected on every core.
    static DashboardData collect(const engine::Snapshot& snapshot, const ActivityFilter& filter,
        engine::Workers* workers = nullptr);
};

} // namespace tansiq
