// The target's DDL: tables derived from the registry, indexes, PostGIS columns, bookkeeping
// tables and the views (docs/formats/postgres-publication.md, decision 0087).
#include "core/publish/PgTarget.h"
#include "core/publish/PgViews.h"

namespace tansiq::publish {

namespace {

const char* pgType(PgColumn::Kind kind)
{
    switch (kind) {
    case PgColumn::Kind::Uuid:
        return "uuid";
    case PgColumn::Kind::Date:
        return "date";
    case PgColumn::Kind::Integer:
        return "bigint";
    case PgColumn::Kind::Real:
        return "double precision";
    case PgColumn::Kind::Timestamp:
        return "timestamptz";
    case PgColumn::Kind::Text:
        break;
    }
    return "text";
}

} // namespace

QStringList PgTarget::definitions(const QList<PublishedTable>& tables, bool postgis) const
{
    QStringList ddl;
    ddl << QStringLiteral("CREATE SCHEMA %1").arg(m_schema);
    ddl << QStringLiteral(
        "COMMENT ON SCHEMA %1 IS 'Tansiq publication, schema version %2 "
        "(docs/formats/postgres-publication.md). Rewritten by tansiq-cli publish: "
        "keep your own objects in another schema.'")
               .arg(m_schema)
               .arg(kSchemaVersion);
    for (const PublishedTable& table : tables) {
        QString sql = QStringLiteral("CREATE TABLE %1 (").arg(qualified(table.name));
        for (const PgColumn& column : table.columns)
            sql += QString::fromLatin1(column.name + ' ' + pgType(column.kind))
                + QStringLiteral(", ");
        if (!table.replicated && postgis) {
            sql += QStringLiteral("geom geometry(MultiPolygon, 4326) GENERATED ALWAYS AS "
                                  "(ST_Multi(ST_GeomFromText(geom_wkt, 4326))) STORED, "
                                  "centroid geometry(Point, 4326) GENERATED ALWAYS AS "
                                  "(ST_SetSRID(ST_MakePoint(longitude, latitude), 4326)) STORED, ");
        }
        sql += QStringLiteral("_digest bigint NOT NULL, PRIMARY KEY (%1))")
                   .arg(QString::fromLatin1(table.key()));
        ddl << sql;
    }
    const auto index = [&](const char* table, const char* columns) {
        ddl << QStringLiteral("CREATE INDEX ON %1 (%2)")
                   .arg(qualified(table), QString::fromLatin1(columns));
    };
    index("activity", "admin_pcode");
    index("activity", "sector_id");
    index("activity", "implementing_org_id");
    index("need", "admin_pcode, sector_id");
    index("admin_unit", "level");
    for (const char* column : { "adm1_pcode", "adm2_pcode", "adm3_pcode", "adm4_pcode" })
        index("admin_unit", column);
    if (postgis)
        ddl << QStringLiteral("CREATE INDEX ON %1 USING gist (geom)").arg(qualified("admin_unit"));
    ddl << QStringLiteral(
        "CREATE TABLE %1 (id int PRIMARY KEY CHECK (id = 1), schema_version int NOT NULL, "
        "signature text NOT NULL, source_office uuid, source_replica uuid, "
        "frontier text NOT NULL, published_at timestamptz NOT NULL DEFAULT now())")
               .arg(qualified("publication"));
    ddl << QStringLiteral(
        "CREATE TABLE %1 (run bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now(), "
        "mode text NOT NULL, reason text NOT NULL, upserted bigint NOT NULL, "
        "deleted bigint NOT NULL)")
               .arg(qualified("publication_run"));
    ddl << viewDefinitions(m_schema);
    return ddl;
}

} // namespace tansiq::publish
