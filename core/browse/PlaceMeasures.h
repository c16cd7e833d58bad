#pragma once

#include "core/filter/ActivityFilter.h"

#include <QHash>
#include <QString>

namespace tansiq {

class Database;

enum class PlaceMeasure { Activities, Reached, Partners, Severity };

// A measure per place at one administrative level (1 governorate, 2 district, 3 sub-district),
// for maps. Activities recorded at a finer level count towards the place that contains them.
class PlaceMeasures {
public:
    static QHash<QString, double> compute(
        Database& db, int level, PlaceMeasure measure, const ActivityFilter& filter);
};

} // namespace tansiq
