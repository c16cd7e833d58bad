#include "core/stats/RegistryStats.h"

#include "core/storage/Database.h"

namespace tansiq {

namespace {
qint64 scalar(Database& db, const char* sql)
{
    Statement query(db.handle(), QByteArray(sql));
    return query.step() == Statement::Step::Row ? query.int64(0) : 0;
}
} // namespace

RegistryStats RegistryStats::collect(Database& db)
{
    RegistryStats stats;
    stats.organisations = scalar(db, "SELECT count(*) FROM organisation WHERE deleted = 0");
    stats.projects = scalar(db, "SELECT count(*) FROM project WHERE deleted = 0");
    stats.activities = scalar(db, "SELECT count(*) FROM activity WHERE deleted = 0");
    stats.needs = scalar(db, "SELECT count(*) FROM need WHERE deleted = 0");
    stats.sectors = scalar(db, "SELECT count(*) FROM sector WHERE deleted = 0");
    stats.activityTypes = scalar(db, "SELECT count(*) FROM activity_type WHERE deleted = 0");
    Statement levels(db.handle(), "SELECT level, count(*) FROM admin_unit GROUP BY level");
    while (levels.step() == Statement::Step::Row) {
        const qint64 level = levels.int64(0);
        if (level >= 0 && level < 5)
            stats.adminUnits[size_t(level)] = levels.int64(1);
    }
    stats.schemaVersion = db.schemaVersion();
    return stats;
}

QJsonObject RegistryStats::toJson() const
{
    return QJsonObject {
        { QStringLiteral("schema_version"), schemaVersion },
        { QStringLiteral("organisations"), organisations },
        { QStringLiteral("projects"), projects },
        { QStringLiteral("activities"), activities },
        { QStringLiteral("needs"), needs },
        { QStringLiteral("sectors"), sectors },
        { QStringLiteral("activity_types"), activityTypes },
        { QStringLiteral("admin_units"),
            QJsonObject { { QStringLiteral("countries"), adminUnits[0] },
                { QStringLiteral("governorates"), adminUnits[1] },
                { QStringLiteral("districts"), adminUnits[2] },
                { QStringLiteral("sub_districts"), adminUnits[3] },
                { QStringLiteral("communities"), adminUnits[4] } } },
    };
}

} // namespace tansiq
