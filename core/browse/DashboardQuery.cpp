#include "core/browse/DashboardQuery.h"

#include "core/filter/ActivityWhere.h"
#include "core/storage/Database.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace tansiq {

DashboardData DashboardQuery::collect(Database& db, const ActivityFilter& filter)
{
    DashboardData data;
    const ActivityWhere where(db, filter);
    {
        // Two passes over the matching activities: distinct partners and places, then the
        // totals by sector and month, from which the key figures and both charts are summed.
        Statement query(db.handle(),
            "SELECT count(DISTINCT a.implementing_org_id),"
            " count(DISTINCT a.admin_pcode) FROM "
                + where.table() + where.sql());
        where.bind(query);
        if (query.step() == Statement::Step::Row) {
            data.figures.partners = query.int64(0);
            data.figures.places = query.int64(1);
        }
    }
    QHash<QUuid, qsizetype> sectorIndex;
    {
        Statement sectors(
            db.handle(), "SELECT id, code, name_en, name_ar FROM sector ORDER BY code");
        while (sectors.step() == Statement::Step::Row) {
            sectorIndex.insert(sectors.uuid(0), data.bySector.size());
            data.bySector << Breakdown { sectors.text(1), sectors.text(2), sectors.text(3), 0, 0 };
        }
    }
    QMap<QString, Breakdown> months;
    Statement query(db.handle(),
        "SELECT a.sector_id, a.reporting_month, count(*),"
        " coalesce(sum(a.targeted), 0), coalesce(sum(a.reached), 0)"
        " FROM "
            + where.table() + where.sql() + " GROUP BY a.sector_id, a.reporting_month");
    where.bind(query);
    while (query.step() == Statement::Step::Row) {
        const qint64 count = query.int64(2);
        const qint64 reached = query.int64(4);
        data.figures.activities += count;
        data.figures.targeted += query.int64(3);
        data.figures.reached += reached;
        const qsizetype sector = sectorIndex.value(query.uuid(0), -1);
        if (sector >= 0) {
            data.bySector[sector].activities += count;
            data.bySector[sector].reached += reached;
        }
        const QString month = query.text(1);
        Breakdown& bar = months[month];
        bar.key = bar.labelEn = bar.labelAr = month;
        bar.activities += count;
        bar.reached += reached;
    }
    data.bySector.removeIf([](const Breakdown& b) { return b.activities == 0; });
    std::stable_sort(data.bySector.begin(), data.bySector.end(),
        [](const Breakdown& a, const Breakdown& b) { return a.reached > b.reached; });
    data.byMonth = months.values(); // QMap: chronological
    return data;
}

QStringList DashboardQuery::months(Database& db)
{
    // One seek in the month index per month (a loose index scan): SELECT DISTINCT walked the
    // whole index, a second on the GUI thread at ten million activities. Months are
    // 'YYYY-MM', never NULL (the schema checks), and every one sorts after ''.
    Statement next(
        db.handle(), "SELECT MIN(reporting_month) FROM activity WHERE reporting_month > ?");
    QStringList months;
    QString after; // binds as the empty text
    for (;;) {
        next.reset();
        next.bind(1, after);
        if (next.step() != Statement::Step::Row || next.isNull(0))
            break;
        after = next.text(0);
        months << after;
    }
    return months;
}

} // namespace tansiq
