#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace tansiq {
class Database;
}

namespace tansiq::publish {

struct PublishOptions {
    QString connection; // libpq connection string
    QString schema = QStringLiteral("tansiq");
    bool compareAll = false; // compare every record even when the op log suffices
    // Called after each table is written, inside the transaction; a failure it returns undoes
    // the whole run (tests force an interrupted publication with it).
    std::function<Status(const QByteArray& table)> afterTable;
};

struct TableCounts {
    QByteArray table;
    qint64 written = 0;
    qint64 deleted = 0;
};

struct PublishReport {
    // Full: the schema was (re)created and everything loaded. Compared: every record compared
    // with the target. Incremental: only the records the op log names since the last run.
    enum class Mode { Full, Compared, Incremental };
    Mode mode = Mode::Incremental;
    QString reason;
    bool postgis = false;
    QList<TableCounts> tables;
    qint64 written() const;
    qint64 deleted() const;
    QString modeName() const; // "full", "compared", "incremental"
};

// Publishes the registry into a PostgreSQL schema in one transaction: a failure anywhere
// leaves the target as the previous publication left it (docs/publishing.md).
class Publisher {
public:
    explicit Publisher(Database& db) : m_db(db) { }
    Result<PublishReport> run(const PublishOptions& options);

private:
    Database& m_db;
};

} // namespace tansiq::publish
