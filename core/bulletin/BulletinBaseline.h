#pragma once

#include "core/common/Result.h"

#include <QString>

namespace tansiq {
class Database;
}

namespace tansiq::report {

// What a bulletin is timed against in `tansiq-cli bench-bulletin`: reading the area's
// activities active in the month straight from SQLite with one query (every place under the
// area through the P-code hierarchy; "active during" on the stored dates). Returns the rows
// read, so the work cannot be skipped.
class BulletinBaseline {
public:
    explicit BulletinBaseline(Database& db) : m_db(db) { }

    Result<qint64> readMonth(const QString& areaPcode, int month);

private:
    Database& m_db;
};

} // namespace tansiq::report
