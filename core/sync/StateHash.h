#pragma once

#include <QByteArray>

namespace tansiq {
class Database;
}

namespace tansiq::sync {

// BLAKE2b-256 over the replicated content only: every table of tables::all() (by name), every
// record (by id) with its id, origin office, created_at, deleted flag and user columns.
// Local bookkeeping (updated_at, the audit log, sync tables, settings) is left out, so two
// databases that converged give the same hash whatever order they received changes in.
QByteArray stateHash(Database& db);

} // namespace tansiq::sync
