#include "core/interop/ActivityQuery.h"

#include "core/filter/ActivityWhere.h"
#include "core/registry/ActivityRepository.h"
#include "core/registry/TableSpec.h"
#include "core/storage/Database.h"

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

bool ActivityQuery::forEach(
    const ExportFilter& filter, const std::function<bool(const Activity&)>& visit) const
{
    const ActivityWhere where(m_db, filter);
    QByteArray sql = "SELECT a.id";
    for (const char* column : tables::activity.columns)
        sql += QByteArray(", a.") + column;
    sql += " FROM " + where.table() + " JOIN organisation o ON o.id = a.implementing_org_id"
        + where.sql() + " ORDER BY a.reporting_month, o.acronym, a.admin_pcode, a.start_date, a.id";
    Statement query(m_db.handle(), sql);
    where.bind(query);
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

} // namespace tansiq::interop
