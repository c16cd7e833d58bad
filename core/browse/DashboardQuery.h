#pragma once

#include "core/filter/ActivityFilter.h"

#include <QList>
#include <QString>

namespace tansiq {

class Database;

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
    QList<Breakdown> bySector; // by reach, largest first
    QList<Breakdown> byMonth; // chronological
};

// The dashboard's figures for a period and an area, computed in SQL over the activity table.
class DashboardQuery {
public:
    static DashboardData collect(Database& db, const ActivityFilter& filter);
    // The reporting months that have activities, oldest first.
    static QStringList months(Database& db);
};

} // namespace tansiq
