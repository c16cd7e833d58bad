#pragma once

#include "core/common/Result.h"
#include "core/engine/PivotQuery.h"

namespace tansiq {
class Database;
}

namespace tansiq::engine {

// The gap list and the duplication scan written as plain SQL GROUP BY / self-join queries:
// what the engine is measured against in `tansiq-cli bench`. Each returns the number of rows
// it produced (so the work cannot be skipped).
class SqlBaselines {
public:
    explicit SqlBaselines(Database& db) : m_db(db) { }

    // Place at `level` × sector with severity, people in need, partners, unique reach, in
    // priority order.
    Result<qint64> gapList(int level, const std::optional<Period>& period);
    // Pairs of overlapping activities of different organisations in the same place (level 3
    // or finer), activity type and population group.
    Result<qint64> duplicatePairs();

private:
    Result<qint64> countRows(const QString& sql, const QVariantList& binds);

    Database& m_db;
};

} // namespace tansiq::engine
