#pragma once

#include <QStringList>

namespace tansiq {
class Database;
}

namespace tansiq::sync {

// Checks that the replicated tables are exactly what the op-log says: every record written
// since the seed data has versions, and every field holds the value of the operation its
// version names (local ops in sync_op, received ones in their stored batches). A write that
// bypassed the write path shows up here. Returns one line per discrepancy (empty: all good).
QStringList auditOpLog(Database& db, int maxProblems = 20);

} // namespace tansiq::sync
