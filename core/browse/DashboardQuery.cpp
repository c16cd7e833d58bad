#include "DashboardQuery.h"

#include "ActivityWhere.h"
#include "storage/Database.h"

namespace tansiq {

DashboardData DashboardQuery::collect(Database& db, const ActivityFilter& filter)
{
    DashboardData data;
    const ActivityWhere where(db, filter);
    {
        Statement query(db.handle(),
                        "SELECT count(*), coalesce(sum(a.targeted), 0), coalesce(sum(a.reached), 0),"
                        " count(DISTINCT a.implementing_org_id), count(DISTINCT a.admin_pcode)"
                        " FROM activity a" + where.sql());
        where.bind(query);
        if (query.step() == Statement::Step::Row) {
            data.figures = {query.int64(0), query.int64(1), query.int64(2), query.int64(3),
                            query.int64(4)};
        }
    }
    {
        Statement query(db.handle(),
                        "SELECT s.code, s.name_en, s.name_ar, t.n, t.reached FROM"
                        " (SELECT a.sector_id, count(*) AS n, coalesce(sum(a.reached), 0) AS reached"
                        "  FROM activity a" + where.sql() + " GROUP BY a.sector_id) t"
                        " JOIN sector s ON s.id = t.sector_id ORDER BY t.reached DESC, s.code");
        where.bind(query);
        while (query.step() == Statement::Step::Row) {
            data.bySector << Breakdown{query.text(0), query.text(1), query.text(2),
                                       query.int64(3), query.int64(4)};
        }
    }
    {
        Statement query(db.handle(),
                        "SELECT a.reporting_month, count(*), coalesce(sum(a.reached), 0)"
                        " FROM activity a" + where.sql()
                            + " GROUP BY a.reporting_month ORDER BY a.reporting_month");
        where.bind(query);
        while (query.step() == Statement::Step::Row) {
            const QString month = query.text(0);
            data.byMonth << Breakdown{month, month, month, query.int64(1), query.int64(2)};
        }
    }
    return data;
}

QStringList DashboardQuery::months(Database& db)
{
    // The month index answers DISTINCT without reading the table.
    Statement query(db.handle(), "SELECT DISTINCT reporting_month FROM activity"
                                 " ORDER BY reporting_month");
    QStringList months;
    while (query.step() == Statement::Step::Row)
        months << query.text(0);
    return months;
}

}  // namespace tansiq
