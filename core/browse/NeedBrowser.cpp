#include "core/browse/NeedBrowser.h"

#include "core/storage/Database.h"

namespace tansiq {

QList<NeedRow> NeedBrowser::list(Database& db, const QString& placePcode)
{
    Statement query(db.handle(),
        "SELECT n.id, n.admin_pcode, u.name_en, u.name_ar, s.code, s.name_en, s.name_ar,"
        " n.severity, n.people_in_need, n.source, n.assessed_on FROM need n"
        " JOIN sector s ON s.id = n.sector_id"
        " LEFT JOIN admin_unit u ON u.pcode = n.admin_pcode"
        " WHERE n.deleted = 0 AND n.admin_pcode >= ? AND n.admin_pcode < ?"
        " ORDER BY n.severity DESC, n.admin_pcode, s.code");
    query.bind(1, placePcode).bind(2, placePcode + QLatin1Char('~'));
    QList<NeedRow> rows;
    while (query.step() == Statement::Step::Row) {
        rows << NeedRow { query.uuid(0), query.text(1), query.text(2), query.text(3), query.text(4),
            query.text(5), query.text(6), int(query.int64(7)), query.int64(8), query.text(9),
            query.text(10) };
    }
    return rows;
}

} // namespace tansiq
