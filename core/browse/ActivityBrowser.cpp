#include "ActivityBrowser.h"

#include "ActivityWhere.h"
#include "storage/Database.h"

namespace tansiq {

namespace {
std::optional<qint64> optionalInt(const Statement& row, int column)
{
    return row.isNull(column) ? std::nullopt : std::optional<qint64>(row.int64(column));
}

// Joins the sort needs and the ORDER BY term; rowid breaks ties so the order is total.
std::pair<QByteArray, QByteArray> sortClause(ActivitySort sort)
{
    switch (sort) {
    case ActivitySort::Month:
        return {"", "a.reporting_month"};
    case ActivitySort::Place:
        return {"", "a.admin_pcode"};
    case ActivitySort::Organisation:
        return {" JOIN organisation o ON o.id = a.implementing_org_id", "o.acronym"};
    case ActivitySort::Sector:
        return {" JOIN sector s ON s.id = a.sector_id", "s.code"};
    case ActivitySort::Status:
        return {"", "a.status"};
    case ActivitySort::Targeted:
        return {"", "coalesce(a.targeted, -1)"};
    case ActivitySort::Reached:
        return {"", "coalesce(a.reached, -1)"};
    }
    return {"", "a.reporting_month"};
}
}  // namespace

QList<qint64> ActivityBrowser::keys(const ActivityFilter& filter, ActivitySort sort,
                                    bool ascending) const
{
    const ActivityWhere where(m_db, filter);
    const auto [join, order] = sortClause(sort);
    const QByteArray direction = ascending ? " ASC" : " DESC";
    const bool indexedOrder = sort == ActivitySort::Month || sort == ActivitySort::Place;
    Statement query(m_db.handle(), "SELECT a.rowid FROM " + where.table(indexedOrder) + join + where.sql()
                                       + " ORDER BY " + order + direction + ", a.rowid"
                                       + direction);
    where.bind(query);
    QList<qint64> keys;
    while (query.step() == Statement::Step::Row)
        keys << query.int64(0);
    return keys;
}

std::optional<ActivityRow> ActivityBrowser::row(qint64 key) const
{
    Statement& query = m_db.cached(
        "SELECT a.id, a.reporting_month, o.acronym, s.code, s.name_en, s.name_ar, a.admin_pcode,"
        " u.name_en, u.name_ar, a.status, a.modality, a.targeted, a.reached, a.households"
        " FROM activity a JOIN organisation o ON o.id = a.implementing_org_id"
        " JOIN sector s ON s.id = a.sector_id LEFT JOIN admin_unit u ON u.pcode = a.admin_pcode"
        " WHERE a.rowid = ?");
    query.bind(1, key);
    std::optional<ActivityRow> found;
    if (query.step() == Statement::Step::Row) {
        ActivityRow row;
        row.key = key;
        row.id = query.uuid(0);
        row.month = query.text(1);
        row.organisation = query.text(2);
        row.sectorCode = query.text(3);
        row.sectorEn = query.text(4);
        row.sectorAr = query.text(5);
        row.pcode = query.text(6);
        row.placeEn = query.text(7);
        row.placeAr = query.text(8);
        row.status = query.text(9);
        row.modality = query.text(10);
        row.targeted = optionalInt(query, 11);
        row.reached = optionalInt(query, 12);
        row.households = optionalInt(query, 13);
        found = row;
    }
    query.reset();
    return found;
}

}  // namespace tansiq
