#pragma once

#include "core/common/Result.h"
#include "core/interop/Boundaries.h"

namespace tansiq {
class Database;
}

namespace tansiq::interop {

// The boundary polygons the map draws (docs/formats/boundaries.md). For each level 1-3:
// the polygons imported from a COD-AB file when there are any, otherwise the ones bundled
// with the application (:/geodata/syr_admin{1,2,3}_simplified.geojson).
class BoundaryStore {
public:
    explicit BoundaryStore(Database& db) : m_db(db) { }

    // Never fails for levels 1-3: the bundled set is the fallback. Empty for other levels.
    BoundarySet polygons(int level) const;
    bool hasImported(int level) const;

    // Replaces the imported polygons of `set.level`. The caller holds the transaction.
    Status replace(const BoundarySet& set, const QString& source, double tolerance, qint64 nowMs);

    static BoundarySet bundled(int level);

private:
    Database& m_db;
};

} // namespace tansiq::interop
