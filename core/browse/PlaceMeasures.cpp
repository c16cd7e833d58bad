#include "core/browse/PlaceMeasures.h"

#include "core/filter/ActivityWhere.h"
#include "core/storage/Database.h"

namespace tansiq {

namespace {
// Syrian P-codes: SY + 2 digits per level (SY09, SY0903, SY090301).
int pcodeLength(int level)
{
    return 2 + 2 * level;
}
} // namespace

QHash<QString, double> PlaceMeasures::compute(
    Database& db, int level, PlaceMeasure measure, const ActivityFilter& filter)
{
    QHash<QString, double> values;
    const int length = pcodeLength(level);
    if (measure == PlaceMeasure::Severity) {
        QByteArray sql = "SELECT substr(admin_pcode, 1, ?) AS place, max(severity) FROM need"
                         " WHERE deleted = 0 AND length(admin_pcode) >= ?";
        for (qsizetype i = 0; i < filter.sectorIds.size(); ++i)
            sql += i == 0 ? " AND sector_id IN (?" : ", ?";
        if (!filter.sectorIds.isEmpty())
            sql += ")";
        Statement query(db.handle(), sql + " GROUP BY place");
        query.bind(1, length).bind(2, length);
        for (qsizetype i = 0; i < filter.sectorIds.size(); ++i)
            query.bind(3 + int(i), filter.sectorIds.at(i));
        while (query.step() == Statement::Step::Row)
            values.insert(query.text(0), query.real(1));
        return values;
    }
    const char* aggregate = measure == PlaceMeasure::Activities ? "count(*)"
        : measure == PlaceMeasure::Reached                      ? "coalesce(sum(a.reached), 0)"
                                           : "count(DISTINCT a.implementing_org_id)";
    const ActivityWhere where(db, filter);
    Statement query(db.handle(),
        QByteArray("SELECT substr(a.admin_pcode, 1, ?) AS place, ") + aggregate + " FROM "
            + where.table() + where.sql() + " AND length(a.admin_pcode) >= ? GROUP BY place");
    query.bind(1, length);
    const int next = where.bind(query, 2);
    query.bind(next, length);
    while (query.step() == Statement::Step::Row)
        values.insert(query.text(0), query.real(1));
    return values;
}

} // namespace tansiq
