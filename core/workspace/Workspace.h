#pragma once

#include "core/common/Result.h"

#include <QString>

#include <memory>

namespace tansiq {

class Clock;
class Database;
class Registry;

// An open database with its registry: what the CLI, the GUI and the tests work on. A new
// database is created with the schema and the bundled gazetteer.
class Workspace {
public:
    ~Workspace();

    struct Options {
        bool createIfMissing = true;
        bool seedGazetteer = true; // import the bundled gazetteer into an empty database
        // A backup before every upgrade, bundle import and 4W import (docs/decisions/0041),
        // into `backupRoot` (empty: backup::BackupStore::defaultRoot()).
        bool safetyBackups = true;
        QString backupRoot = QString();
    };

    static Result<std::unique_ptr<Workspace>> open(
        const QString& path, const Clock& clock, Options options);
    static Result<std::unique_ptr<Workspace>> open(const QString& path, const Clock& clock)
    {
        return open(path, clock, Options {});
    }

    // The per-user database: <AppDataLocation>/tansiq.db.
    static QString defaultDatabasePath();

    Database& database() const { return *m_db; }
    Registry& registry() const { return *m_registry; }
    const Clock& clock() const { return m_clock; }

private:
    Workspace(std::unique_ptr<Database> db, std::unique_ptr<Registry> registry, const Clock& clock);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Registry> m_registry;
    const Clock& m_clock;
};

} // namespace tansiq
