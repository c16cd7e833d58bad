#include "ActivityQuery.h"

#include "registry/ActivityRepository.h"
#include "registry/TableSpec.h"
#include "storage/Database.h"

namespace tansiq::interop {

std::optional<Activity> ActivityQuery::load(const QUuid& id) const
{
    static const QByteArray sql = [] {
        QByteArray text = "SELECT deleted";
        for (const char* column : tables::activity.columns)
            text += QByteArray(", ") + column;
        return text + " FROM activity WHERE id = ?";
    }();
    Statement& query = m_db.cached(sql.constData());
    query.bind(1, id);
    std::optional<Activity> found;
    if (query.step() == Statement::Step::Row) {
        QVariantList values;
        const int n = int(tables::activity.columns.size());
        values.reserve(n);
        for (int c = 0; c < n; ++c)
            values << query.value(c + 1);
        found = ActivityRepository::fromValues(id, values);
        found->meta.deleted = query.int64(0) != 0;
    }
    query.reset();
    return found;
}

bool ActivityQuery::forEach(const ExportFilter& filter, const QList<QUuid>& organisationIds,
                            const std::function<bool(const Activity&)>& visit) const
{
    QByteArray sql = "SELECT a.id";
    for (const char* column : tables::activity.columns)
        sql += QByteArray(", a.") + column;
    sql += " FROM activity a JOIN sector s ON s.id = a.sector_id"
           " JOIN organisation o ON o.id = a.implementing_org_id WHERE a.deleted = 0";
    QVariantList values;
    const auto placeholders = [](qsizetype n) {
        QByteArray list = "?";
        for (qsizetype i = 1; i < n; ++i)
            list += ", ?";
        return list;
    };
    if (!filter.sectorCodes.isEmpty()) {
        sql += " AND s.code IN (" + placeholders(filter.sectorCodes.size()) + ")";
        for (const QString& code : filter.sectorCodes)
            values << code;
    }
    if (!filter.pcodePrefix.isEmpty()) {
        sql += " AND substr(a.admin_pcode, 1, ?) = ?";
        values << qint64(filter.pcodePrefix.size()) << filter.pcodePrefix;
    }
    if (!filter.activeFrom.isEmpty()) {
        // Overlaps the period; open-ended activities count while planned or ongoing.
        sql += " AND a.start_date <= ? AND ((a.end_date IS NOT NULL AND a.end_date >= ?)"
               " OR (a.end_date IS NULL AND a.status IN ('planned', 'ongoing')))";
        values << filter.activeTo << filter.activeFrom;
    }
    if (!filter.organisations.isEmpty()) {
        sql += " AND a.implementing_org_id IN (" + placeholders(std::max<qsizetype>(1, organisationIds.size())) + ")";
        if (organisationIds.isEmpty())
            values << QByteArray(16, '\0');
        for (const QUuid& id : organisationIds)
            values << id.toRfc4122();
    }
    sql += " ORDER BY a.reporting_month, o.acronym, a.admin_pcode, a.start_date, a.id";
    Statement query(m_db.handle(), sql);
    for (int i = 0; i < values.size(); ++i)
        query.bind(i + 1, values.at(i));
    const int n = int(tables::activity.columns.size());
    QVariantList row;
    row.reserve(n);
    while (query.step() == Statement::Step::Row) {
        row.clear();
        for (int c = 0; c < n; ++c)
            row << query.value(c + 1);
        if (!visit(ActivityRepository::fromValues(query.uuid(0), row)))
            return false;
    }
    return true;
}

}  // namespace tansiq::interop
