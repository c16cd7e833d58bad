#include "core/bench/EngineBench.h"

#include "core/bench/BenchPlan.h"
#include "core/bench/SqlBaselines.h"
#include "core/common/ProcessorTime.h"
#include "core/engine/Calendar.h"
#include "core/engine/DuplicationScan.h"
#include "core/engine/GapAnalysis.h"
#include "core/engine/LiveSnapshot.h"
#include "core/engine/Members.h"
#include "core/engine/PivotEngine.h"
#include "core/engine/SnapshotCache.h"
#include "core/engine/SqlPivot.h"
#include "core/engine/Workers.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>
#include <functional>

namespace tansiq::engine {

namespace {

struct Timing {
    double medianMs = 0;
    double cpuMedianMs = 0;
    double firstMs = 0;
};

// Median wall and processor time of `runs` calls after a first (cold) call; `rows` gets the
// last count.
template<typename Work> Result<Timing> measure(int runs, qint64& rows, Work work)
{
    std::vector<double> times, cpu;
    Timing timing;
    for (int i = 0; i <= runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = processor::threadMs();
        const Result<qint64> produced = work();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        const double cpuMs = processor::threadMs() - cpuStart;
        if (!produced.ok())
            return produced;
        rows = produced.value();
        if (i == 0)
            timing.firstMs = ms;
        if (i > 0 || runs == 1) {
            times.push_back(ms);
            cpu.push_back(cpuMs);
        }
    }
    std::sort(times.begin(), times.end());
    std::sort(cpu.begin(), cpu.end());
    timing.medianMs = times[times.size() / 2];
    timing.cpuMedianMs = cpu[cpu.size() / 2];
    return timing;
}

qint64 cellsOf(const PivotResult& r)
{
    return qint64(r.rowCount() + 1) * qint64(r.columnCount() + 1);
}

} // namespace

double EngineBench::residentMb(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

QJsonObject BenchReport::toJson() const
{
    QJsonArray list;
    for (const BenchCase& c : cases) {
        list.append(QJsonObject { { QStringLiteral("name"), c.name },
            { QStringLiteral("description"), c.description },
            { QStringLiteral("engine_median_ms"), c.engineMedianMs },
            { QStringLiteral("engine_cpu_median_ms"), c.engineCpuMedianMs },
            { QStringLiteral("engine_first_ms"), c.engineFirstMs },
            { QStringLiteral("sql_median_ms"), c.sqlMedianMs },
            { QStringLiteral("sql_cpu_median_ms"), c.sqlCpuMedianMs },
            { QStringLiteral("ratio"), c.ratio() }, { QStringLiteral("engine_rows"), c.engineRows },
            { QStringLiteral("sql_rows"), c.sqlRows } });
    }
    return QJsonObject { { QStringLiteral("database"), database },
        { QStringLiteral("activities"), activities },
        { QStringLiteral("snapshot_build_ms"), snapshotBuildMs },
        { QStringLiteral("snapshot_from_cache"), snapshotFromCache },
        { QStringLiteral("snapshot_build_cpu_ms"), snapshotBuildCpuMs },
        { QStringLiteral("snapshot_columns_mb"), snapshotColumnsMb },
        { QStringLiteral("snapshot_cache_save_ms"), cacheSaveMs },
        { QStringLiteral("snapshot_cache_load_ms"), cacheLoadMs },
        { QStringLiteral("snapshot_cache_load_cpu_ms"), cacheLoadCpuMs },
        { QStringLiteral("snapshot_cache_load_first_ms"), cacheLoadFirstMs },
        { QStringLiteral("snapshot_cache_loads"), cacheLoads },
        { QStringLiteral("snapshot_cache_mb"), cacheMb },
        { QStringLiteral("duplicate_groups"), duplicateGroups },
        { QStringLiteral("rss_before_mb"), rssBeforeMb },
        { QStringLiteral("peak_rss_after_engine_mb"), peakAfterEngineMb },
        { QStringLiteral("engine_extra_mb"), engineExtraMb() },
        { QStringLiteral("engine_runs"), engineRuns }, { QStringLiteral("sql_runs"), sqlRuns },
        { QStringLiteral("pivots"), list } };
}

Result<BenchReport> EngineBench::run(const BenchOptions& options)
{
    const int engineRuns = options.engineRuns;
    const int sqlRuns = options.sqlRuns;
    BenchReport report;
    report.database = m_db.path();
    report.engineRuns = engineRuns;
    report.sqlRuns = sqlRuns;
    report.rssBeforeMb = residentMb("VmRSS");
    const QString cachePath = SnapshotCache::pathFor(m_db.path());
    LiveSnapshot live(m_db, options.fromCache ? cachePath : QString());
    auto current = live.current();
    if (!current.ok())
        return current;
    report.snapshotFromCache = live.lastFromCache();
    const Snapshot& s = *current.value();
    report.snapshotBuildMs = live.lastBuildMs();
    report.snapshotBuildCpuMs = live.lastBuildCpuMs();
    report.activities = s.liveCount();
    report.snapshotColumnsMb = double(s.columnBytes()) / (1024.0 * 1024.0);
    if (report.activities == 0)
        return Issue::error(QStringLiteral("empty"), QString(), m_db.path(),
            tr("The database has no activities to measure (try “tansiq-cli demo”)."));

    // Parameters from the data: the latest reported month, its year, the busiest governorate.
    // Both cores where a scan is large enough (decision 0091), as the application does.
    Workers workers(Workers::available());
    const PivotEngine engine(s, &workers);
    const BenchPlan plan = benchPlan(s, engine);
    const int lastMonth = plan.lastMonth;
    const Period year = plan.year;
    const int governorate = plan.governorate;
    const QString gov
        = governorate >= 0 ? memberCode(s, Dimension::Admin1, governorate) : QString();
    const PivotQuery& p1 = plan.orgSector;
    const PivotQuery& p2 = plan.uniqueReach;
    const PivotQuery& p5 = plan.coverage;

    SqlPivot sql(m_db, s);
    SqlBaselines baselines(m_db);
    struct Plan {
        QString name;
        QString description;
        std::function<Result<qint64>()> engine;
        std::function<Result<qint64>()> sql;
    };
    const auto pivot = [&](const PivotQuery& q) {
        return [&engine, q]() -> Result<qint64> { return cellsOf(engine.run(q)); };
    };
    const auto sqlPivot = [&](const PivotQuery& q) {
        return [&sql, q]() -> Result<qint64> {
            auto cells = sql.run(q);
            if (!cells.ok())
                return cells;
            return qint64(cells.value().size());
        };
    };
    const QList<Plan> allPlans = {
        { QStringLiteral("org-sector-governorate-month"),
            tr("activities by implementing organisation × sector in %1, %2")
                .arg(gov, calendar::monthLabel(lastMonth)),
            pivot(p1), sqlPivot(p1) },
        { QStringLiteral("subdistrict-sector-year-unique"),
            tr("people reached without double counting by sub-district × sector, %1")
                .arg(year.firstMonth / 12),
            pivot(p2), sqlPivot(p2) },
        { QStringLiteral("gap-list-subdistrict-year"),
            tr("gap list: sub-district × sector with severity, people in need, partners, unique "
               "reach, %1")
                .arg(year.firstMonth / 12),
            [&]() -> Result<qint64> {
                return qint64(GapAnalysis(s, &workers).run(GapQuery { 3, year, {} }).size());
            },
            [&]() { return baselines.gapList(3, year); } },
        { QStringLiteral("duplication-scan"),
            tr("duplication scan over all activities (SQL: overlapping pairs by self-join)"),
            [&]() -> Result<qint64> {
                DuplicationScan scan(s, &workers);
                DuplicationQuery q;
                q.limit = 100;
                scan.run(q);
                report.duplicateGroups = scan.groupsFound();
                return qint64(scan.groupsFound());
            },
            [&]() { return baselines.duplicatePairs(); } },
        { QStringLiteral("governorate-month-coverage"),
            tr("coverage by governorate × month (active during), %1").arg(year.firstMonth / 12),
            pivot(p5), sqlPivot(p5) },
    };
    QList<Plan> plans;
    QStringList names;
    for (const Plan& plan : allPlans) {
        names << plan.name;
        if (options.only.isEmpty() || options.only.contains(plan.name))
            plans << plan;
    }
    if (plans.isEmpty())
        return Issue::error(QStringLiteral("no-pivot"), QString(), options.only.join(u','),
            tr("No pivot of the bench is called %1; the pivots are: %2.")
                .arg(options.only.join(QStringLiteral(", ")), names.join(QStringLiteral(", "))));
    for (const Plan& plan : plans) {
        BenchCase c;
        c.name = plan.name;
        c.description = plan.description;
        const auto e = measure(engineRuns, c.engineRows, plan.engine);
        if (!e.ok())
            return e;
        c.engineMedianMs = e.value().medianMs;
        c.engineCpuMedianMs = e.value().cpuMedianMs;
        c.engineFirstMs = e.value().firstMs;
        report.cases << c;
    }
    report.peakAfterEngineMb = residentMb("VmHWM");
    if (!cachePath.isEmpty() && !options.fromCache) {
        const auto identity = SnapshotCache::identityOf(m_db);
        const SnapshotCache cache(cachePath);
        QElapsedTimer timer;
        timer.start();
        if (identity.ok() && cache.save(s, identity.value()).ok()) {
            report.cacheSaveMs = double(timer.nsecsElapsed()) / 1e6;
            report.cacheMb = double(QFileInfo(cachePath).size()) / (1024.0 * 1024.0);
            // Cold starts read from it (the file in the page cache): median of as many loads as
            // engine runs, each snapshot released before the next.
            qint64 loadedRows = 0;
            const auto loads
                = measure(std::max(1, engineRuns), loadedRows, [&]() -> Result<qint64> {
                      const SnapshotCache::Loaded loaded = cache.load(m_db);
                      if (!loaded.snapshot)
                          return Issue::error(QStringLiteral("engine-cache"), QString(), cachePath,
                              loaded.rejected);
                      return loaded.snapshot->rowCount();
                  });
            if (loads.ok()) {
                report.cacheLoadMs = loads.value().medianMs;
                report.cacheLoadCpuMs = loads.value().cpuMedianMs;
                report.cacheLoadFirstMs = loads.value().firstMs;
                report.cacheLoads = std::max(1, engineRuns);
            }
        }
    }
    for (int i = 0; i < plans.size() && sqlRuns > 0; ++i) {
        const auto q = measure(sqlRuns, report.cases[i].sqlRows, plans.at(i).sql);
        if (!q.ok())
            return q;
        report.cases[i].sqlMedianMs = q.value().medianMs;
        report.cases[i].sqlCpuMedianMs = q.value().cpuMedianMs;
    }
    return report;
}

} // namespace tansiq::engine
