#include "core/engine/SqlPivot.h"

#include "core/engine/Calendar.h"
#include "core/engine/Members.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"

#include <QCoreApplication>

#include <limits>

namespace tansiq::engine {

namespace {

const char* const kPrelude = R"SQL(
WITH RECURSIVE anc(pcode, apcode, alevel) AS (
  SELECT pcode, pcode, level FROM admin_unit
  UNION ALL
  SELECT anc.pcode, p.pcode, p.level FROM anc
    JOIN admin_unit u ON u.pcode = anc.apcode JOIN admin_unit p ON p.pcode = u.parent_pcode),
act AS (
  SELECT a.id AS id, a.implementing_org_id AS impl,
         COALESCE(a.reporting_org_id, a.implementing_org_id) AS rep,
         COALESCE(a.donor_org_id, (SELECT min(pp.org_id) FROM project_partner pp
                                   WHERE pp.project_id = a.project_id AND pp.role = 'funding'
                                     AND pp.deleted = 0)) AS fund,
         o.org_type AS otype, s.code AS sector, COALESCE(t.code, '') AS atype,
         a.admin_pcode AS place, a.start_date AS sd,
         COALESCE(a.end_date,
                  CASE WHEN a.status IN ('completed', 'suspended', 'cancelled')
                       THEN max(a.start_date, date(a.reporting_month || '-01', '+1 month', '-1 day'))
                       ELSE '9999-12-31' END) AS ed,
         a.reporting_month AS rm, a.status AS status, a.modality AS modality,
         a.population_group AS grp, COALESCE(a.targeted, 0) AS tg, COALESCE(a.reached, 0) AS rc,
         COALESCE(a.households, 0) AS hh, COALESCE(a.budget, 0) AS bg,
         COALESCE(a.targeted_girls, 0) AS t0, COALESCE(a.targeted_boys, 0) AS t1,
         COALESCE(a.targeted_women, 0) AS t2, COALESCE(a.targeted_men, 0) AS t3,
         COALESCE(a.targeted_elderly_women, 0) AS t4, COALESCE(a.targeted_elderly_men, 0) AS t5,
         COALESCE(a.reached_girls, 0) AS r0, COALESCE(a.reached_boys, 0) AS r1,
         COALESCE(a.reached_women, 0) AS r2, COALESCE(a.reached_men, 0) AS r3,
         COALESCE(a.reached_elderly_women, 0) AS r4, COALESCE(a.reached_elderly_men, 0) AS r5
  FROM activity a JOIN organisation o ON o.id = a.implementing_org_id
       JOIN sector s ON s.id = a.sector_id LEFT JOIN activity_type t ON t.id = a.activity_type_id
  WHERE a.deleted = 0),
latest AS (
  SELECT n.admin_pcode AS place, s.code AS sector, n.people_in_need AS pin, n.severity AS severity
  FROM need n JOIN sector s ON s.id = n.sector_id
  WHERE n.deleted = 0 AND NOT EXISTS (
    SELECT 1 FROM need m WHERE m.deleted = 0 AND m.admin_pcode = n.admin_pcode
      AND m.sector_id = n.sector_id
      AND (m.assessed_on > n.assessed_on
           OR (m.assessed_on = n.assessed_on AND m.people_in_need > n.people_in_need))))
)SQL";

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

QString isoMonthStart(int month)
{
    return calendar::monthLabel(month) + QStringLiteral("-01");
}

Issue sqlFailure(const QString& detail)
{
    return Issue::error(QStringLiteral("sql-pivot"), QString(), detail,
        QCoreApplication::translate("tansiq::Engine", "The SQL pivot failed: %1").arg(detail));
}

bool isOrg(Dimension d)
{
    return d == Dimension::ImplementingOrg || d == Dimension::ReportingOrg
        || d == Dimension::FundingOrg;
}

QString column(Dimension d)
{
    switch (d) {
    case Dimension::ImplementingOrg:
        return QStringLiteral("impl");
    case Dimension::ReportingOrg:
        return QStringLiteral("rep");
    case Dimension::FundingOrg:
        return QStringLiteral("fund");
    case Dimension::OrgType:
        return QStringLiteral("otype");
    case Dimension::Sector:
        return QStringLiteral("sector");
    case Dimension::ActivityType:
        return QStringLiteral("atype");
    case Dimension::Status:
        return QStringLiteral("status");
    case Dimension::Modality:
        return QStringLiteral("modality");
    default:
        return QStringLiteral("grp");
    }
}

} // namespace

QString SqlPivot::prelude()
{
    return QString::fromLatin1(kPrelude);
}

QString SqlPivot::keySql(Dimension d) const
{
    if (d == Dimension::None)
        return QStringLiteral("SELECT id, '' AS k FROM fa");
    if (isOrg(d))
        return QStringLiteral("SELECT id, COALESCE(lower(hex(%1)), '') AS k FROM fa")
            .arg(column(d));
    if (const int level = adminLevelOf(d)) {
        return QStringLiteral(
            "SELECT f.id, COALESCE((SELECT apcode FROM anc WHERE anc.pcode = f.place "
            "AND anc.alevel = %1), '') AS k FROM fa f")
            .arg(level);
    }
    if (isTimeDimension(d)) {
        QString unit = QStringLiteral("substr(m, 1, 7)");
        if (d == Dimension::Quarter)
            unit = QStringLiteral(
                "strftime('%Y', m) || '-Q' || ((CAST(strftime('%m', m) AS INTEGER) + 2) / 3)");
        else if (d == Dimension::Year)
            unit = QStringLiteral("strftime('%Y', m)");
        return QStringLiteral("SELECT DISTINCT f.id, %1 AS k FROM fa f JOIN months "
                              "ON f.sd <= date(m, '+1 month', '-1 day') AND f.ed >= m")
            .arg(unit);
    }
    return QStringLiteral("SELECT id, %1 AS k FROM fa").arg(column(d));
}

QString SqlPivot::filterConditions(const PivotQuery& q, QVariantList& binds) const
{
    QStringList conds { QStringLiteral("1") };
    if (q.period) {
        conds << QStringLiteral("sd <= ? AND ed >= ?");
        binds << calendar::dayLabel(calendar::lastDayOfMonth(q.period->lastMonth))
              << calendar::dayLabel(calendar::firstDayOfMonth(q.period->firstMonth));
    }
    for (const Filter& f : q.filters) {
        if (isTimeDimension(f.dimension)) {
            QStringList any;
            for (int member : f.members) {
                int first = member, last = member;
                if (f.dimension == Dimension::Quarter) {
                    first = (member / 4) * 12 + (member % 4) * 3;
                    last = first + 2;
                } else if (f.dimension == Dimension::Year) {
                    first = member * 12;
                    last = first + 11;
                }
                any << QStringLiteral("(sd <= ? AND ed >= ?)");
                binds << calendar::dayLabel(calendar::lastDayOfMonth(last))
                      << calendar::dayLabel(calendar::firstDayOfMonth(first));
            }
            conds << QStringLiteral("(%1)").arg(
                any.isEmpty() ? QStringLiteral("0") : any.join(QStringLiteral(" OR ")));
            continue;
        }
        for (int member : f.members) {
            if (isOrg(f.dimension))
                binds << (member < 0 ? QVariant() : QVariant(m_s.orgs.at(member).id));
            else
                binds << memberCode(m_s, f.dimension, member);
        }
        const QString marks = placeholders(f.members.size());
        if (adminLevelOf(f.dimension) > 0)
            conds << QStringLiteral("place IN (SELECT pcode FROM anc WHERE apcode IN (%1))")
                         .arg(marks);
        else
            conds << QStringLiteral("%1 IN (%2)").arg(column(f.dimension), marks);
    }
    return conds.join(QStringLiteral(" AND "));
}

Result<SqlPivot::Cells> SqlPivot::run(const PivotQuery& q)
{
    const QString prelude = QString::fromLatin1(kPrelude);
    // The months the time axes span: the period, or from the first start to the last month
    // any activity starts, ends or reports in.
    QString firstMonth, lastMonth;
    if (q.period) {
        firstMonth = isoMonthStart(q.period->firstMonth);
        lastMonth = isoMonthStart(q.period->lastMonth);
    } else {
        Statement h(m_db.handle(),
            (prelude
                + QStringLiteral("SELECT min(substr(sd, 1, 7)), max(max(substr(sd, 1, 7), rm, "
                                 "CASE WHEN ed = '9999-12-31' THEN '0000-00' ELSE substr(ed, 1, 7) "
                                 "END)) FROM act"))
                .toUtf8());
        if (h.step() != Statement::Step::Row)
            return sqlFailure(h.lastError());
        firstMonth = h.text(0) + QStringLiteral("-01");
        lastMonth = h.text(1) + QStringLiteral("-01");
    }
    QVariantList binds { firstMonth, lastMonth };
    QString sql = prelude
        + QStringLiteral(
            ", months(m) AS (SELECT ? UNION ALL SELECT date(m, '+1 month') FROM months WHERE m < ?)"
            ", fa AS (SELECT * FROM act WHERE %1), rk AS (%2), ck AS (%3) ")
              .arg(filterConditions(q, binds), keySql(q.rows), keySql(q.columns));

    const bool unique = q.measure == Measure::ReachedUnique || q.measure == Measure::Coverage;
    QString measure;
    switch (q.measure) {
    case Measure::Activities:
        measure = QStringLiteral("count(*)");
        break;
    case Measure::Organisations:
        measure = QStringLiteral("count(DISTINCT f.impl)");
        break;
    case Measure::Targeted:
        measure = QStringLiteral("total(f.tg)");
        break;
    case Measure::Reached:
        measure = QStringLiteral("total(f.rc)");
        break;
    case Measure::Households:
        measure = QStringLiteral("total(f.hh)");
        break;
    case Measure::Budget:
        measure = QStringLiteral("total(f.bg)");
        break;
    default:
        measure = QStringLiteral("max(f.rc)");
        break;
    }
    if (const PeopleCells people = peopleCellsOf(q.measure); !people.cells.isEmpty()) {
        QStringList cells;
        for (int c : people.cells)
            cells << (people.reached ? QStringLiteral("f.r") : QStringLiteral("f.t"))
                    + QString::number(c);
        measure = QStringLiteral("total(%1)").arg(cells.join(QStringLiteral(" + ")));
    }
    QStringList parts;
    for (int variant = 0; variant < 4; ++variant) {
        const bool byRow = !(variant & 1), byCol = !(variant & 2);
        const QString rowKey = byRow ? QStringLiteral("r.k") : QStringLiteral("'#T'");
        const QString colKey = byCol ? QStringLiteral("c.k") : QStringLiteral("'#T'");
        QString from = QStringLiteral("fa f");
        if (byRow)
            from += QStringLiteral(" JOIN rk r ON r.id = f.id");
        if (byCol)
            from += QStringLiteral(" JOIN ck c ON c.id = f.id");
        if (unique) {
            parts << QStringLiteral(
                "SELECT rk_, ck_, sum(n), sum(mx) FROM (SELECT %1 AS rk_, %2 AS ck_, "
                "f.place, count(*) AS n, %3 AS mx FROM %4 GROUP BY 1, 2, 3) GROUP BY 1, 2")
                         .arg(rowKey, colKey, measure, from);
        } else {
            parts << QStringLiteral("SELECT %1, %2, count(*), %3 FROM %4 GROUP BY 1, 2")
                         .arg(rowKey, colKey, measure, from);
        }
    }
    sql += parts.join(QStringLiteral(" UNION ALL "));
    Statement st(m_db.handle(), sql.toUtf8());
    for (int i = 0; i < binds.size(); ++i)
        st.bind(i + 1, binds.at(i));
    Cells cells;
    for (;;) {
        const Statement::Step step = st.step();
        if (step == Statement::Step::Error)
            return sqlFailure(st.lastError());
        if (step == Statement::Step::Done)
            break;
        Cell cell;
        cell.activities = st.int64(2);
        cell.value = st.real(3);
        if (cell.activities > 0)
            cells.insert(cellKey(st.text(0), st.text(1)), cell);
    }
    if (q.measure == Measure::Coverage) {
        for (auto it = cells.begin(); it != cells.end(); ++it) {
            const QStringList keys = it.key().split(QLatin1Char('|'));
            const auto need = peopleInNeed(q, keys.at(0), keys.at(1));
            if (!need.ok())
                return need;
            it->value = need.value() > 0 ? it->value / need.value()
                                         : std::numeric_limits<double>::quiet_NaN();
        }
    }
    return cells;
}

QString SqlPivot::needConditions(const PivotQuery& q, Dimension rows, const QString& rowKey,
    Dimension cols, const QString& colKey, QVariantList& binds) const
{
    QStringList conds { QStringLiteral("1") };
    const auto axis = [&](Dimension d, const QString& key) {
        if (key == totalKey())
            return;
        if (const int level = adminLevelOf(d)) {
            if (key.isEmpty()) {
                conds << QStringLiteral(
                    "NOT EXISTS (SELECT 1 FROM anc WHERE anc.pcode = l.place AND anc.alevel = %1)")
                             .arg(level);
            } else {
                conds << QStringLiteral("l.place IN (SELECT pcode FROM anc WHERE apcode = ?)");
                binds << key;
            }
        } else if (d == Dimension::Sector) {
            conds << QStringLiteral("l.sector = ?");
            binds << key;
        } else if (d == Dimension::ActivityType && !key.isEmpty()) {
            conds << QStringLiteral("l.sector = (SELECT s.code FROM activity_type t JOIN sector s "
                                    "ON s.id = t.sector_id WHERE t.code = ?)");
            binds << key;
        }
    };
    axis(rows, rowKey);
    axis(cols, colKey);
    for (const Filter& f : q.filters) {
        QStringList codes;
        for (int member : f.members)
            codes << memberCode(m_s, f.dimension, member);
        const QString marks = placeholders(codes.size());
        if (adminLevelOf(f.dimension) > 0)
            conds << QStringLiteral("l.place IN (SELECT pcode FROM anc WHERE apcode IN (%1))")
                         .arg(marks);
        else if (f.dimension == Dimension::Sector)
            conds << QStringLiteral("l.sector IN (%1)").arg(marks);
        else if (f.dimension == Dimension::ActivityType)
            conds << QStringLiteral("l.sector IN (SELECT s.code FROM activity_type t JOIN sector s "
                                    "ON s.id = t.sector_id WHERE t.code IN (%1))")
                         .arg(marks);
        else
            continue;
        for (const QString& code : codes)
            binds << code;
    }
    return conds.join(QStringLiteral(" AND "));
}

Result<double> SqlPivot::peopleInNeed(
    const PivotQuery& q, const QString& rowKey, const QString& colKey)
{
    QVariantList binds;
    const QString sql = QString::fromLatin1(kPrelude)
        + QStringLiteral("SELECT COALESCE(sum(mx), 0) FROM (SELECT max(pin) AS mx FROM latest l "
                         "WHERE %1 GROUP BY l.place)")
              .arg(needConditions(q, q.rows, rowKey, q.columns, colKey, binds));
    Statement st(m_db.handle(), sql.toUtf8());
    for (int i = 0; i < binds.size(); ++i)
        st.bind(i + 1, binds.at(i));
    if (st.step() != Statement::Step::Row)
        return sqlFailure(st.lastError());
    return st.real(0);
}

} // namespace tansiq::engine
