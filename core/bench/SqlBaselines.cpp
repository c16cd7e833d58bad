#include "core/bench/SqlBaselines.h"

#include "core/engine/Calendar.h"
#include "core/engine/SqlPivot.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"

#include <QCoreApplication>

namespace tansiq::engine {

Result<qint64> SqlBaselines::countRows(const QString& sql, const QVariantList& binds)
{
    Statement st(m_db.handle(), sql.toUtf8());
    for (int i = 0; i < binds.size(); ++i)
        st.bind(i + 1, binds.at(i));
    qint64 rows = 0;
    for (;;) {
        const Statement::Step step = st.step();
        if (step == Statement::Step::Done)
            return rows;
        if (step == Statement::Step::Error) {
            return Issue::error(QStringLiteral("sql-baseline"), QString(), st.lastError(),
                QCoreApplication::translate("tansiq::Engine", "The SQL baseline failed: %1")
                    .arg(st.lastError()));
        }
        ++rows;
    }
}

Result<qint64> SqlBaselines::gapList(int level, const std::optional<Period>& period)
{
    QVariantList binds { level };
    QString periodCond = QStringLiteral("1");
    if (period) {
        periodCond = QStringLiteral("sd <= ? AND ed >= ?");
        binds << calendar::dayLabel(calendar::lastDayOfMonth(period->lastMonth))
              << calendar::dayLabel(calendar::firstDayOfMonth(period->firstMonth));
    }
    binds << level;
    const QString sql = SqlPivot::prelude()
        + QStringLiteral(R"SQL(
, up AS (SELECT pcode, apcode AS area FROM anc WHERE alevel = ?)
, fa AS (SELECT up.area, act.* FROM act JOIN up ON up.pcode = act.place WHERE %1)
, reach AS (SELECT area, sector, sum(mx) AS reached FROM
             (SELECT area, sector, place, max(rc) AS mx FROM fa GROUP BY area, sector, place)
           GROUP BY area, sector)
, partners AS (SELECT area, sector, count(DISTINCT impl) AS n FROM fa
               WHERE status NOT IN ('planned', 'cancelled') GROUP BY area, sector)
, needs AS (SELECT anc.apcode AS area, l.sector, max(l.severity) AS severity, sum(l.pin) AS pin
            FROM latest l JOIN anc ON anc.pcode = l.place AND anc.alevel = ?
            GROUP BY anc.apcode, l.sector)
, keys AS (SELECT area, sector FROM needs UNION SELECT area, sector FROM fa)
SELECT k.area, k.sector, COALESCE(n.severity, 0) AS severity, COALESCE(n.pin, 0) AS pin,
       COALESCE(p.n, 0) AS partners, COALESCE(r.reached, 0) AS reached,
       max(0, COALESCE(n.pin, 0) - COALESCE(r.reached, 0)) AS uncovered
FROM keys k LEFT JOIN needs n ON n.area = k.area AND n.sector = k.sector
     LEFT JOIN partners p ON p.area = k.area AND p.sector = k.sector
     LEFT JOIN reach r ON r.area = k.area AND r.sector = k.sector
ORDER BY severity DESC, uncovered DESC, pin DESC, k.area, k.sector
)SQL")
              .arg(periodCond);
    return countRows(sql, binds);
}

Result<qint64> SqlBaselines::duplicatePairs()
{
    const QString sql = SqlPivot::prelude() + QStringLiteral(R"SQL(
, cand AS (SELECT act.* FROM act JOIN admin_unit u ON u.pcode = act.place
           WHERE u.level >= 3 AND act.status <> 'cancelled' AND act.atype <> '')
SELECT a.id, b.id FROM cand a JOIN cand b
  ON b.place = a.place AND b.atype = a.atype AND b.grp = a.grp AND b.impl <> a.impl
 AND a.sd <= b.ed AND b.sd <= a.ed AND a.id < b.id
)SQL");
    return countRows(sql, {});
}

} // namespace tansiq::engine
