#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>

namespace tansiq {

class Database;

// Brings a database to a schema version, one numbered migration at a time, each in its own
// transaction together with the new version number (PRAGMA user_version).
class Migrator {
    Q_DECLARE_TR_FUNCTIONS(tansiq::Migrator)

public:
    explicit Migrator(Database& db) : m_db(db) { }

    Status migrateToLatest();
    Status migrateTo(int version);

private:
    Database& m_db;
};

} // namespace tansiq
