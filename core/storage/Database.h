#pragma once

#include "core/common/Result.h"
#include "core/storage/Statement.h"

#include <QHash>
#include <QString>

#include <functional>
#include <memory>

struct sqlite3;

namespace tansiq {

// One open Tansiq database: a QSqlDatabase connection (QSQLITE, the system SQLite) whose
// sqlite3 handle the storage layer drives directly. WAL journal, foreign keys on.
// Not thread-safe: use one Database per thread.
// The operations before which a copy of the database is kept (docs/decisions/0041): the
// storage layer only names them; whoever opens the database decides how (core/backup).
enum class RiskyChange { Migration, BundleImport, FourWImport };

class Database {
public:
    // Called before a risky change starts, on this connection, outside any transaction the
    // change opens; a failure refuses the change.
    using SafetyBackup = std::function<Status(Database& db, RiskyChange change)>;

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (creating if needed) and upgrades the database at `path` to the latest schema.
    static Result<std::unique_ptr<Database>> open(const QString& path);
    // The same, with `safety` installed first: an existing file that needs an upgrade is
    // copied by it before the first migration step runs.
    static Result<std::unique_ptr<Database>> open(const QString& path, SafetyBackup safety);
    // Opens without migrating: for tests of the migrations themselves.
    static Result<std::unique_ptr<Database>> openRaw(const QString& path);

    QString path() const { return m_path; }
    sqlite3* handle() const { return m_handle; }

    // A statement prepared once and kept for the life of the connection, found again by its
    // SQL text (docs/decisions/0103): `sql` may point anywhere, a literal or a temporary
    // buffer, since the cache keeps its own copy of the text. Every caller passing the same
    // text gets the same Statement: bind, step and reset it without calling, in between, code
    // that may use the same text.
    Statement& cached(const char* sql);
    // Runs one or more SQL statements with no bound values (schema scripts, pragmas).
    Status execScript(const QByteArray& sql);
    int schemaVersion();
    bool inTransaction() const;

    void setSafetyBackup(SafetyBackup safety) { m_safety = std::move(safety); }
    // Runs the installed safety backup for `change` (success when none is installed).
    Status beforeRiskyChange(RiskyChange change);

    // Tansiq's SQLite application_id ("TSIQ").
    static constexpr int kApplicationId = 0x54534951;

private:
    Database() = default;

    QString m_path;
    QString m_connectionName;
    sqlite3* m_handle = nullptr;
    QHash<QByteArray, std::shared_ptr<Statement>> m_cache; // by SQL text
    SafetyBackup m_safety;
};

} // namespace tansiq
