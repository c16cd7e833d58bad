#pragma once

#include "core/common/Result.h"
#include "core/publish/PgConnInfo.h"
#include "core/publish/PublishedTable.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <optional>

class QSqlQuery;

namespace tansiq::publish {

// What a target remembers of the last publication (table `publication`).
struct PublicationState {
    int schemaVersion = 0;
    QString signature; // digest of the tables' and views' definitions
    QString sourceOffice; // uuid of the office whose registry is published
    QString sourceReplica; // uuid of its database incarnation (a restore renews it)
    QString frontier; // ChangeFeed frontier as JSON
};

// The PostgreSQL side of a publication, through Qt's QPSQL driver: every statement the
// publication sends to the server is in this class and PgViews.cpp. Values are always bound;
// the only names spliced into SQL are the checked schema name and the registry's own table
// and column names.
class PgTarget {
public:
    static constexpr int kSchemaVersion = 1;

    explicit PgTarget(QString schema);
    ~PgTarget();
    PgTarget(const PgTarget&) = delete;
    PgTarget& operator=(const PgTarget&) = delete;

    static bool validSchemaName(const QString& name);

    Status open(const QString& connectionString);
    // A transaction holding the schema's publication lock (one publisher at a time).
    Status begin();
    Status commit();
    void rollback();

    bool hasPostgis();
    // The DDL of the whole target for these tables (its digest is the state's signature).
    QStringList definitions(const QList<PublishedTable>& tables, bool postgis) const;
    Result<std::optional<PublicationState>> readState();
    // Drops and recreates the schema's tables and views (a first publication or a new schema).
    Status create(const QStringList& definitions);
    Status writeState(const PublicationState& state);
    Status logRun(const QString& mode, const QString& reason, qint64 upserted, qint64 deleted);

    // The target's rows of a table as (key, digest) in key order (bytewise), read through a
    // server-side cursor in pages: memory stays small whatever the size of the table. Other
    // statements may run between two pages.
    Status openDigests(const PublishedTable& table);
    Result<QList<QPair<QByteArray, quint64>>> nextDigests(int count);
    Status closeDigests();
    Status upsert(const PublishedTable& table, const QList<PublishedRow>& rows);
    Status remove(const PublishedTable& table, const QList<QByteArray>& keys);

private:
    Status exec(const QString& sql, const QVariantList& values = {});
    Issue failure(const QSqlQuery& query) const;
    QString qualified(const QByteArray& table) const;

    QString m_schema;
    QString m_connection;
    QSqlDatabase m_db;
    bool m_digestKeysAreUuids = true;
};

} // namespace tansiq::publish
