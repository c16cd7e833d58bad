#include "core/storage/Database.h"

#include "core/storage/Migrator.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace tansiq {

namespace {

// Database.h, included nearly everywhere, stays free of the macro (docs/decisions/0109).
struct DatabaseText {
    Q_DECLARE_TR_FUNCTIONS(tansiq::Database)
};

Issue openError(const QString& path, const QString& why)
{
    return Issue::error(QStringLiteral("database-open"), DatabaseText::tr("database"), path,
        DatabaseText::tr("Cannot open the database “%1”: %2").arg(path, why));
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("tansiq-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::~Database()
{
    m_cache.clear(); // finalize statements before the connection closes
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

Result<std::unique_ptr<Database>> Database::openRaw(const QString& path)
{
    std::unique_ptr<Database> self(new Database);
    self->m_path = path;
    self->m_connectionName = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), self->m_connectionName);
    if (!db.isValid())
        return openError(path, DatabaseText::tr("the Qt SQLite driver (QSQLITE) is not installed"));
    db.setDatabaseName(path);
    if (!db.open())
        return openError(path, db.lastError().text());
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return openError(path, DatabaseText::tr("the SQLite driver gave no usable handle"));
    self->m_handle = *static_cast<sqlite3* const*>(handle.data());

    sqlite3_busy_timeout(self->m_handle, 5000);
    // A file that is not SQLite fails on its first read: check here with a clear message.
    bool empty = false;
    qint64 applicationId = 0;
    {
        Statement probe(self->m_handle, "SELECT count(*) FROM sqlite_schema");
        if (probe.step() != Statement::Step::Row)
            return openError(path, DatabaseText::tr("this file is not a Tansiq database"));
        empty = probe.int64(0) == 0;
        Statement appId(self->m_handle, "PRAGMA application_id");
        appId.step();
        applicationId = appId.int64(0);
    }
    if (applicationId != kApplicationId && !(applicationId == 0 && empty))
        return openError(path, DatabaseText::tr("this file is not a Tansiq database"));

    const Status pragmas = self->execScript("PRAGMA journal_mode = WAL;"
                                            "PRAGMA synchronous = NORMAL;"
                                            "PRAGMA foreign_keys = ON;"
                                            "PRAGMA temp_store = MEMORY;"
                                            "PRAGMA cache_size = -65536;");
    if (!pragmas.ok())
        return openError(path, pragmas.errorText());
    if (empty) {
        const Status stamp = self->execScript("PRAGMA application_id = 1414744401;");
        if (!stamp.ok())
            return openError(path, stamp.errorText());
    }
    return self;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path)
{
    return open(path, SafetyBackup());
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, SafetyBackup safety)
{
    auto opened = openRaw(path);
    if (!opened.ok())
        return opened;
    opened.value()->setSafetyBackup(std::move(safety));
    const Status migrated = Migrator(*opened.value()).migrateToLatest();
    if (!migrated.ok())
        return migrated;
    return opened;
}

Statement& Database::cached(const char* sql)
{
    // Found by the text, wrapped without a copy; the key is a copy of its own, made once, so
    // it never points at the caller's memory (docs/decisions/0103).
    const QByteArray text = QByteArray::fromRawData(sql, qsizetype(qstrlen(sql)));
    auto it = m_cache.find(text);
    if (it == m_cache.end()) {
        const QByteArray owned(text.constData(), text.size());
        it = m_cache.insert(owned, std::make_shared<Statement>(m_handle, owned));
    }
    return *it.value();
}

Status Database::execScript(const QByteArray& sql)
{
    char* message = nullptr;
    if (sqlite3_exec(m_handle, sql.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString why = QString::fromUtf8(message);
        sqlite3_free(message);
        return Issue::error(QStringLiteral("database"), QString(), QString(),
            DatabaseText::tr("The database refused the change: %1").arg(why));
    }
    return success();
}

int Database::schemaVersion()
{
    Statement version(m_handle, "PRAGMA user_version");
    version.step();
    return int(version.int64(0));
}

Status Database::beforeRiskyChange(RiskyChange change)
{
    if (!m_safety)
        return success();
    return m_safety(*this, change);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_handle) == 0;
}

} // namespace tansiq
