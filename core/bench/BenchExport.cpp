#include "core/bench/BenchExport.h"

#include "core/bench/BenchPlan.h"
#include "core/engine/Calendar.h"
#include "core/engine/DuplicationScan.h"
#include "core/engine/GapAnalysis.h"
#include "core/engine/LiveSnapshot.h"
#include "core/engine/Members.h"
#include "core/engine/PivotEngine.h"
#include "core/engine/SqlPivot.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace tansiq::engine {

namespace {

Issue writeFailure(const QString& path, const QString& detail)
{
    return Issue::error(QStringLiteral("bench-export"),
        QCoreApplication::translate("tansiq::Engine", "file"), path,
        QCoreApplication::translate("tansiq::Engine", "“%1” could not be written: %2")
            .arg(path, detail));
}

class Csv {
public:
    explicit Csv(const QString& path) : m_file(path) { m_ok = m_file.open(QIODevice::WriteOnly); }
    void line(const QStringList& cells)
    {
        m_buffer += cells.join(QLatin1Char(',')).toUtf8();
        m_buffer += '\n';
        if (m_buffer.size() > (1 << 20))
            flush();
    }
    Status commit()
    {
        flush();
        if (!m_ok || !m_file.commit())
            return writeFailure(m_file.fileName(), m_file.errorString());
        return success();
    }

private:
    void flush()
    {
        m_ok = m_ok && m_file.write(m_buffer) == m_buffer.size();
        m_buffer.clear();
    }
    QSaveFile m_file;
    QByteArray m_buffer;
    bool m_ok = false;
};

QString number(double value)
{
    return std::isnan(value) ? QStringLiteral("nan") : QString::number(value, 'g', 17);
}

// The SQL baseline's flattened tables, as SQLite computes them (SqlPivot::prelude).
Status exportQuery(Database& db, const QString& path, const QString& select, int columns)
{
    Csv csv(path);
    Statement st(db.handle(), (SqlPivot::prelude() + select).toUtf8());
    Statement::Step step;
    while ((step = st.step()) == Statement::Step::Row) {
        QStringList cells;
        for (int c = 0; c < columns; ++c)
            cells << st.text(c);
        csv.line(cells);
    }
    if (step == Statement::Step::Error)
        return writeFailure(path, st.lastError());
    return csv.commit();
}

// The engine's cells with SqlPivot's keys (as the engine's property tests compare them).
Status exportPivot(const Snapshot& s, const PivotResult& r, const QString& path)
{
    Csv csv(path);
    const auto key = [&](Dimension d, const QList<int>& members, int i) {
        return i == members.size() ? SqlPivot::totalKey() : memberKey(s, d, members.at(i));
    };
    for (int i = 0; i <= r.rowCount(); ++i) {
        for (int j = 0; j <= r.columnCount(); ++j) {
            if (r.activityCount(i, j) == 0)
                continue;
            csv.line({ key(r.query.rows, r.rowMembers, i), key(r.query.columns, r.columnMembers, j),
                QString::number(r.activityCount(i, j)), number(r.value(i, j)) });
        }
    }
    return csv.commit();
}

} // namespace

Result<qint64> exportBenchResults(Database& db, const QString& dir)
{
    QDir().mkpath(dir);
    const auto path = [&dir](const char* name) { return QDir(dir).filePath(QLatin1String(name)); };
    LiveSnapshot live(db);
    auto current = live.current();
    if (!current.ok())
        return current;
    const Snapshot& s = *current.value();

    // The same questions as EngineBench::run.
    const PivotEngine engine(s);
    const BenchPlan plan = benchPlan(s, engine);
    const int lastMonth = plan.lastMonth;
    const Period year = plan.year;
    const int governorate = plan.governorate;
    const PivotQuery& p1 = plan.orgSector;
    const PivotQuery& p2 = plan.uniqueReach;
    const PivotQuery& p5 = plan.coverage;

    const QJsonObject params { { QStringLiteral("month"), calendar::monthLabel(lastMonth) },
        { QStringLiteral("month_first_day"),
            calendar::dayLabel(calendar::firstDayOfMonth(lastMonth)) },
        { QStringLiteral("month_last_day"),
            calendar::dayLabel(calendar::lastDayOfMonth(lastMonth)) },
        { QStringLiteral("year"), year.firstMonth / 12 },
        { QStringLiteral("year_first_day"),
            calendar::dayLabel(calendar::firstDayOfMonth(year.firstMonth)) },
        { QStringLiteral("year_last_day"),
            calendar::dayLabel(calendar::lastDayOfMonth(year.lastMonth)) },
        { QStringLiteral("governorate"),
            governorate >= 0 ? memberCode(s, Dimension::Admin1, governorate) : QString() },
        { QStringLiteral("activities"), s.liveCount() } };
    {
        QSaveFile file(path("params.json"));
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(params).toJson()) < 0
            || !file.commit())
            return writeFailure(file.fileName(), file.errorString());
    }
    Status step = exportQuery(db, path("act.csv"),
        QStringLiteral("SELECT lower(hex(id)), lower(hex(impl)), sector, atype, "
                       "place, sd, ed, status, COALESCE(grp, ''), rc FROM act"),
        10);
    if (step.ok())
        step = exportQuery(
            db, path("anc.csv"), QStringLiteral("SELECT pcode, apcode, alevel FROM anc"), 3);
    if (step.ok())
        step = exportQuery(db, path("latest.csv"),
            QStringLiteral("SELECT place, sector, pin, severity FROM latest"), 4);
    if (step.ok())
        step = exportPivot(s, engine.run(p1), path("engine-org-sector-governorate-month.csv"));
    if (step.ok())
        step = exportPivot(s, engine.run(p2), path("engine-subdistrict-sector-year-unique.csv"));
    if (step.ok())
        step = exportPivot(s, engine.run(p5), path("engine-governorate-month-coverage.csv"));
    if (!step.ok())
        return step;
    {
        Csv csv(path("engine-gap-list-subdistrict-year.csv"));
        for (const GapRow& g : GapAnalysis(s).run(GapQuery { 3, year, {} })) {
            csv.line({ s.places.at(g.place).pcode, s.sectors.at(g.sector).code,
                QString::number(g.severity), QString::number(g.peopleInNeed),
                QString::number(g.partners), QString::number(g.reachedUnique),
                QString::number(g.uncovered) });
        }
        if (const Status done = csv.commit(); !done.ok())
            return done;
    }
    {
        // Every group (complementary ones included, as groupsFound counts them): its members'
        // ids, sorted, in rank order.
        Csv csv(path("engine-duplication-scan.csv"));
        DuplicationScan scan(s);
        DuplicationQuery all;
        all.includeComplementary = true;
        for (const DuplicateGroup& g : scan.run(all)) {
            QStringList ids;
            for (int row : g.rows)
                ids << QString::fromLatin1(
                    QByteArray(reinterpret_cast<const char*>(s.id[size_t(row)].data()), 16)
                        .toHex());
            ids.sort();
            csv.line({ ids.join(QLatin1Char(' ')) });
        }
        if (const Status done = csv.commit(); !done.ok())
            return done;
    }
    return s.liveCount();
}

} // namespace tansiq::engine
