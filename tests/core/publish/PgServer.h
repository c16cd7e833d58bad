#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace tansiq::test {

// A throw-away PostgreSQL server for tests: initdb in a temporary folder, started with
// pg_ctl on a Unix socket in that folder (no TCP), as an unprivileged user when the test runs
// as root (the server refuses root), stopped and removed by the destructor.
class PgServer {
public:
    // The folder of the server programs (/usr/lib/postgresql/N/bin), empty when not installed.
    static QString binDir();

    PgServer();
    ~PgServer();
    PgServer(const PgServer&) = delete;
    PgServer& operator=(const PgServer&) = delete;

    bool started() const { return m_started; }
    QString error() const { return m_error; }
    // A libpq connection string for a database of this server, created on first use from
    // template1 (which has PostGIS when the server has it) or, when `bare`, from template0.
    QString connection(const QString& database = QStringLiteral("postgres"), bool bare = false);
    // Runs SQL through psql and returns its unaligned output (rows on lines, fields split by |).
    QString psql(const QString& database, const QString& sql);

private:
    QStringList asServerUser(const QString& program, const QStringList& args) const;
    bool run(const QString& program, const QStringList& args, QString* output = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_bin;
    QString m_data;
    QString m_user; // the OS user the server runs as ("" = this process's user)
    int m_port = 0;
    bool m_started = false;
    QString m_error;
};

} // namespace tansiq::test
