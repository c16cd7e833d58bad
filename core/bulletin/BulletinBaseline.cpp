#include "core/bulletin/BulletinBaseline.h"

#include "core/engine/Calendar.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"

#include <QCoreApplication>

namespace tansiq::report {

Result<qint64> BulletinBaseline::readMonth(const QString& areaPcode, int month)
{
    static const QByteArray sql = R"SQL(
WITH RECURSIVE inside(pcode) AS (
  SELECT pcode FROM admin_unit WHERE pcode = ?1
  UNION ALL SELECT u.pcode FROM admin_unit u JOIN inside i ON u.parent_pcode = i.pcode)
SELECT a.id, a.implementing_org_id, a.sector_id, a.activity_type_id, a.admin_pcode, a.start_date,
       a.end_date, a.status, a.population_group, a.targeted, a.reached, a.households
FROM activity a
WHERE a.deleted = 0 AND a.admin_pcode IN (SELECT pcode FROM inside)
  AND a.start_date <= ?2 AND (a.end_date IS NULL OR a.end_date >= ?3)
)SQL";
    Statement st(m_db.handle(), sql);
    st.bind(1, areaPcode);
    st.bind(2, engine::calendar::dayLabel(engine::calendar::lastDayOfMonth(month)));
    st.bind(3, engine::calendar::dayLabel(engine::calendar::firstDayOfMonth(month)));
    qint64 rows = 0;
    qint64 reached = 0;
    for (;;) {
        const Statement::Step step = st.step();
        if (step == Statement::Step::Done)
            return rows + (reached < 0 ? 1 : 0);
        if (step == Statement::Step::Error) {
            return Issue::error(QStringLiteral("sql-baseline"), QString(), st.lastError(),
                QCoreApplication::translate("tansiq::Bulletin", "The SQL baseline failed: %1")
                    .arg(st.lastError()));
        }
        reached += st.int64(10);
        ++rows;
    }
}

} // namespace tansiq::report
