#include "core/publish/PgTarget.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace tansiq::publish {

namespace {

// Row keys as the target's key column wants them.
QVariant keyValue(const PublishedTable& table, const QByteArray& key)
{
    if (table.replicated)
        return QUuid::fromRfc4122(key).toString(QUuid::WithoutBraces);
    return QString::fromUtf8(key);
}

// A value as JSON for jsonb_populate_recordset: 64-bit integers as text (JSON numbers are
// doubles), times in ISO 8601 UTC.
QJsonValue jsonValue(const QVariant& value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.metaType().id()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return QString::number(value.toLongLong());
    case QMetaType::Double:
        return value.toDouble();
    case QMetaType::QDateTime:
        return value.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    default:
        return value.toString();
    }
}

} // namespace

PgTarget::PgTarget(QString schema)
    : m_schema(std::move(schema))
    , m_connection(
          QStringLiteral("tansiq-publish-%1").arg(QUuid::createUuid().toString(QUuid::Id128)))
{
}

PgTarget::~PgTarget()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool PgTarget::validSchemaName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return pattern.match(name).hasMatch();
}

QString PgTarget::qualified(const QByteArray& table) const
{
    return m_schema + u'.' + QString::fromLatin1(table);
}

Issue PgTarget::failure(const QSqlQuery& query) const
{
    return Issue::error(QStringLiteral("publish-target"), QString(), QString(),
        QCoreApplication::translate(
            "tansiq::publish::PgTarget", "The PostgreSQL server refused the publication: %1")
            .arg(query.lastError().text().trimmed()));
}

Status PgTarget::open(const QString& connectionString)
{
    const Result<ConnInfo> info = parseConnInfo(connectionString);
    if (!info.ok())
        return info;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        return Issue::error(QStringLiteral("publish-no-driver"), QString(), QStringLiteral("QPSQL"),
            QCoreApplication::translate("tansiq::publish::PgTarget",
                "Qt's PostgreSQL driver (QPSQL) is not installed: install the package "
                "libqt6sql6-psql."));
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    m_db.setHostName(info->host);
    m_db.setDatabaseName(info->database);
    m_db.setUserName(info->user);
    m_db.setPassword(info->password);
    if (info->port > 0)
        m_db.setPort(info->port);
    m_db.setConnectOptions(info->options);
    if (!m_db.open()) {
        return Issue::error(QStringLiteral("publish-connect"), QStringLiteral("--postgres"),
            connectionString,
            QCoreApplication::translate("tansiq::publish::PgTarget",
                "Could not connect to the PostgreSQL server with “%1”: %2")
                .arg(connectionString, m_db.lastError().text().trimmed()));
    }
    return exec(QStringLiteral("SET client_min_messages = warning"));
}

Status PgTarget::exec(const QString& sql, const QVariantList& values)
{
    QSqlQuery query(m_db);
    if (values.isEmpty()) {
        if (!query.exec(sql))
            return failure(query);
        return success();
    }
    if (!query.prepare(sql))
        return failure(query);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return failure(query);
    return success();
}

Status PgTarget::begin()
{
    if (!m_db.transaction()) {
        return Issue::error(QStringLiteral("publish-target"), QString(), QString(),
            QCoreApplication::translate(
                "tansiq::publish::PgTarget", "The PostgreSQL server refused the publication: %1")
                .arg(m_db.lastError().text().trimmed()));
    }
    // One publisher per schema at a time; the lock ends with the transaction.
    return exec(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext(?))"),
        { QStringLiteral("tansiq-publish:") + m_schema });
}

Status PgTarget::commit()
{
    if (!m_db.commit()) {
        return Issue::error(QStringLiteral("publish-target"), QString(), QString(),
            QCoreApplication::translate(
                "tansiq::publish::PgTarget", "The PostgreSQL server refused the publication: %1")
                .arg(m_db.lastError().text().trimmed()));
    }
    return success();
}

void PgTarget::rollback()
{
    if (m_db.isOpen())
        m_db.rollback();
}

bool PgTarget::hasPostgis()
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT 1 FROM pg_extension WHERE extname = 'postgis'"))
        && query.next())
        return true;
    // Installed on the server but not in this database: try to create it, and go on without it
    // (WKT only) when this role may not (docs/decisions/0089).
    if (!query.exec(QStringLiteral("SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'"))
        || !query.next())
        return false;
    if (!query.exec(QStringLiteral("SAVEPOINT tansiq_postgis")))
        return false;
    if (query.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS postgis"))) {
        query.exec(QStringLiteral("RELEASE SAVEPOINT tansiq_postgis"));
        return true;
    }
    query.exec(QStringLiteral("ROLLBACK TO SAVEPOINT tansiq_postgis"));
    return false;
}

Result<std::optional<PublicationState>> PgTarget::readState()
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT to_regclass(?) IS NOT NULL"));
    query.addBindValue(qualified("publication"));
    if (!query.exec() || !query.next())
        return failure(query);
    if (!query.value(0).toBool()) {
        // No publication yet: the schema must not exist, or be empty. A first publication
        // recreates it, and must never drop somebody else's tables.
        QSqlQuery objects(m_db);
        objects.prepare(
            QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = "
                           "c.relnamespace WHERE n.nspname = ?"));
        objects.addBindValue(m_schema);
        if (!objects.exec() || !objects.next())
            return failure(objects);
        if (objects.value(0).toLongLong() > 0) {
            return Issue::error(QStringLiteral("publish-foreign-schema"),
                QStringLiteral("--schema"), m_schema,
                QCoreApplication::translate("tansiq::publish::PgTarget",
                    "The schema “%1” already holds tables that Tansiq did not publish: choose "
                    "another "
                    "schema with --schema, or drop that one.")
                    .arg(m_schema));
        }
        return std::optional<PublicationState>();
    }
    if (!query.exec(QStringLiteral("SELECT schema_version, signature, source_office::text, "
                                   "source_replica::text, frontier FROM %1 WHERE id = 1")
                        .arg(qualified("publication"))))
        return failure(query);
    if (!query.next())
        return std::optional<PublicationState>();
    PublicationState state;
    state.schemaVersion = query.value(0).toInt();
    state.signature = query.value(1).toString();
    state.sourceOffice = query.value(2).toString();
    state.sourceReplica = query.value(3).toString();
    state.frontier = query.value(4).toString();
    return std::optional<PublicationState>(state);
}

Status PgTarget::create(const QStringList& definitions)
{
    if (const Status dropped
        = exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(m_schema));
        !dropped.ok())
        return dropped;
    for (const QString& sql : definitions) {
        if (const Status done = exec(sql); !done.ok())
            return done;
    }
    return success();
}

Status PgTarget::writeState(const PublicationState& state)
{
    return exec(QStringLiteral(
                    "INSERT INTO %1 (id, schema_version, signature, source_office, source_replica, "
                    "frontier, published_at) VALUES (1, ?, ?, ?, ?, ?, now()) ON CONFLICT (id) DO "
                    "UPDATE SET schema_version = EXCLUDED.schema_version, signature = "
                    "EXCLUDED.signature, source_office = EXCLUDED.source_office, source_replica = "
                    "EXCLUDED.source_replica, frontier = EXCLUDED.frontier, published_at = now()")
                    .arg(qualified("publication")),
        { state.schemaVersion, state.signature,
            state.sourceOffice.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                         : state.sourceOffice,
            state.sourceReplica.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                          : state.sourceReplica,
            state.frontier });
}

Status PgTarget::logRun(const QString& mode, const QString& reason, qint64 upserted, qint64 deleted)
{
    return exec(
        QStringLiteral("INSERT INTO %1 (mode, reason, upserted, deleted) VALUES (?, ?, ?, ?)")
            .arg(qualified("publication_run")),
        { mode, reason, upserted, deleted });
}

Status PgTarget::openDigests(const PublishedTable& table)
{
    m_digestKeysAreUuids = table.replicated;
    // uuid sorts bytewise in PostgreSQL; text keys are sorted with the "C" collation (bytes).
    return exec(QStringLiteral(
        "DECLARE tansiq_digests NO SCROLL CURSOR FOR SELECT %1::text, _digest FROM %2 "
        "ORDER BY %1%3")
                    .arg(QString::fromLatin1(table.key()), qualified(table.name),
                        table.replicated ? QString() : QStringLiteral(" COLLATE \"C\"")));
}

Result<QList<QPair<QByteArray, quint64>>> PgTarget::nextDigests(int count)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("FETCH %1 FROM tansiq_digests").arg(count)))
        return failure(query);
    QList<QPair<QByteArray, quint64>> page;
    while (query.next()) {
        const QString key = query.value(0).toString();
        page.append({ m_digestKeysAreUuids ? QUuid(key).toRfc4122() : key.toUtf8(),
            quint64(query.value(1).toLongLong()) });
    }
    return page;
}

Status PgTarget::closeDigests()
{
    return exec(QStringLiteral("CLOSE tansiq_digests"));
}

// Rows travel as one JSON array per statement, expanded by jsonb_populate_recordset into the
// table's own row type: one bound parameter whatever the number of rows, and PostgreSQL's
// input functions convert the values (uuid, date, timestamptz). Far faster than a VALUES list
// of thousands of parameters.
Status PgTarget::upsert(const PublishedTable& table, const QList<PublishedRow>& rows)
{
    if (rows.isEmpty())
        return success();
    QString columns, updates;
    for (const PgColumn& column : table.columns) {
        const QString name = QString::fromLatin1(column.name);
        columns += name + QStringLiteral(", ");
        if (column.name != table.key())
            updates += name + QStringLiteral(" = EXCLUDED.") + name + QStringLiteral(", ");
    }
    QJsonArray array;
    for (const PublishedRow& row : rows) {
        QJsonObject object;
        for (qsizetype i = 0; i < table.columns.size(); ++i)
            object.insert(
                QString::fromLatin1(table.columns.at(i).name), jsonValue(row.values.at(i)));
        object.insert(QStringLiteral("_digest"), QString::number(qint64(row.digest)));
        array.append(object);
    }
    return exec(
        QStringLiteral(
            "INSERT INTO %1 (%2_digest) SELECT %2_digest FROM "
            "jsonb_populate_recordset(NULL::%1, ?::jsonb) ON CONFLICT (%3) DO UPDATE SET "
            "%4_digest = EXCLUDED._digest WHERE %1._digest IS DISTINCT FROM EXCLUDED._digest")
            .arg(qualified(table.name), columns, QString::fromLatin1(table.key()), updates),
        { QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) });
}

Status PgTarget::remove(const PublishedTable& table, const QList<QByteArray>& keys)
{
    if (keys.isEmpty())
        return success();
    QJsonArray array;
    for (const QByteArray& key : keys)
        array.append(keyValue(table, key).toString());
    const char* type = table.replicated ? "uuid" : "text";
    return exec(QStringLiteral("DELETE FROM %1 WHERE %2 IN (SELECT value::%3 FROM "
                               "jsonb_array_elements_text(?::jsonb))")
                    .arg(qualified(table.name), QString::fromLatin1(table.key()),
                        QString::fromLatin1(type)),
        { QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) });
}

} // namespace tansiq::publish
