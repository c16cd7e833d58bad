#pragma once

#include "core/filter/ActivityFilter.h"

#include <QHash>
#include <QString>

namespace tansiq::engine {
struct Snapshot;
class Workers;
} // namespace tansiq::engine

namespace tansiq {

enum class PlaceMeasure { Activities, Reached, Partners, Severity };

// A measure per place at one administrative level (1 governorate, 2 district, 3 sub-district),
// for maps, over the engine's snapshot (decision 0120). Activities recorded at a finer level
// count towards the place that contains them; coarser ones are left out. Severity is the worst
// of the latest assessments inside the place (docs/measures.md, gaps), in the filter's sectors.
class PlaceMeasures {
public:
    static QHash<QString, double> compute(const engine::Snapshot& snapshot, int level,
        PlaceMeasure measure, const ActivityFilter& filter, engine::Workers* workers = nullptr);
};

} // namespace tansiq
