#pragma once

#include <QString>

namespace tansiq {
class Database;
}

namespace tansiq::test {

// Every row of every table, in a stable order, as text: two databases (or one database before
// and after an operation) hold the same logical content exactly when their dumps are equal.
// `skipTables` lists tables to leave out (e.g. local bookkeeping), separated by spaces.
QString logicalDump(Database& db, const QString& skipTables = QString());

} // namespace tansiq::test
