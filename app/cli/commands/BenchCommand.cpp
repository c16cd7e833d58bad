#include "app/cli/CliCommand.h"
#include "app/cli/CliContext.h"
#include "core/bench/BenchExport.h"
#include "core/bench/EngineBench.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace tansiq::cli {

int runBench(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("print JSON"));
    const QCommandLineOption runs(QStringLiteral("runs"),
        Cli::tr("engine runs per pivot (default 9)"), QStringLiteral("N"), QStringLiteral("9"));
    const QCommandLineOption sqlRuns(QStringLiteral("sql-runs"),
        Cli::tr("SQL runs per pivot (default 3; 0 skips SQL)"), QStringLiteral("N"),
        QStringLiteral("3"));
    const QCommandLineOption exportResults(QStringLiteral("export-results"),
        Cli::tr("instead of timing: write the activities, the bench's parameters and the "
                "engine's results of the five pivots as CSV into DIR (for scripts/bench-duckdb)"),
        QStringLiteral("DIR"));
    const QCommandLineOption cached(QStringLiteral("cached"),
        Cli::tr("start from the snapshot cache beside the database when it fits, as the "
                "application does (else build it and write the cache); skips the cache's own "
                "timings"));
    const QCommandLineOption only(QStringLiteral("only"),
        Cli::tr("time only these pivots (names separated by commas)"), QStringLiteral("NAMES"));
    parser.addOption(exportResults);
    parser.addOption(cached);
    parser.addOption(only);
    parser.addOption(json);
    parser.addOption(runs);
    parser.addOption(sqlRuns);
    if (auto stop = context.parse(parser, args,
            Cli::tr("Times the five named pivots of docs/benchmarks.md with the 4W engine and "
                    "with the equivalent SQL in the same process; reports medians and ratios.")))
        return *stop;
    bool ok1 = false, ok2 = false;
    const int engineRuns = parser.value(runs).toInt(&ok1);
    const int sqlCount = parser.value(sqlRuns).toInt(&ok2);
    if (!ok1 || !ok2 || engineRuns < 1 || sqlCount < 0) {
        context.err() << Cli::tr("error: --runs and --sql-runs need a positive number") << '\n';
        return UsageError;
    }
    Workspace* workspace = context.workspace({ .createIfMissing = false, .seedGazetteer = false });
    if (!workspace)
        return Failure;
    if (parser.isSet(exportResults)) {
        const auto exported
            = engine::exportBenchResults(workspace->database(), parser.value(exportResults));
        if (!exported.ok())
            return context.fail(exported.issues());
        context.out() << Cli::tr("%1 activities and the engine's results written to %2")
                             .arg(exported.value())
                             .arg(parser.value(exportResults))
                      << '\n';
        return Success;
    }
    engine::BenchOptions options;
    options.engineRuns = engineRuns;
    options.sqlRuns = sqlCount;
    options.fromCache = parser.isSet(cached);
    if (parser.isSet(only))
        options.only = parser.value(only).split(u',', Qt::SkipEmptyParts);
    const auto report = engine::EngineBench(workspace->database()).run(options);
    if (!report.ok())
        return context.fail(report.issues());
    const engine::BenchReport& r = report.value();
    if (parser.isSet(json)) {
        context.out() << QString::fromUtf8(
            QJsonDocument(r.toJson()).toJson(QJsonDocument::Indented));
        return Success;
    }
    QTextStream& out = context.out();
    out << Cli::tr("Database: %1 (%2 live activities)").arg(r.database).arg(r.activities) << '\n'
        << (r.snapshotFromCache
                   ? Cli::tr("Snapshot read from the cache in %1 ms (%6 ms of processor time; "
                             "columns %2 MB); resident memory %3 MB before, peak %4 MB after the "
                             "engine runs (+%5 MB)")
                   : Cli::tr(
                       "Snapshot built in %1 ms (%6 ms of processor time; columns %2 MB); resident "
                       "memory %3 MB before, peak %4 MB after the engine runs (+%5 MB)"))
               .arg(r.snapshotBuildMs, 0, 'f', 0)
               .arg(r.snapshotColumnsMb, 0, 'f', 1)
               .arg(r.rssBeforeMb, 0, 'f', 1)
               .arg(r.peakAfterEngineMb, 0, 'f', 1)
               .arg(r.engineExtraMb(), 0, 'f', 1)
               .arg(r.snapshotBuildCpuMs, 0, 'f', 0)
        << '\n';
    if (r.cacheLoadMs >= 0)
        out << Cli::tr(
            "Snapshot cache: written in %1 ms (%2 MB), a cold start read from it in %3 ms")
                   .arg(r.cacheSaveMs, 0, 'f', 0)
                   .arg(r.cacheMb, 0, 'f', 1)
                   .arg(r.cacheLoadMs, 0, 'f', 0)
            << '\n';
    out << Cli::tr("Medians of %1 engine runs and %2 SQL runs:").arg(r.engineRuns).arg(r.sqlRuns)
        << '\n';
    out << Cli::tr("  (wall = elapsed time; cpu = processor time of the engine thread; ratio = SQL "
                   "wall ÷ engine wall)")
        << '\n';
    for (const engine::BenchCase& c : r.cases) {
        out << QStringLiteral(
            "  %1  engine %2 ms wall, %3 ms cpu (first run %4 ms)  SQL %5 ms  ratio %6\n      %7\n")
                   .arg(c.name.leftJustified(32))
                   .arg(c.engineMedianMs, 0, 'f', 2)
                   .arg(c.engineCpuMedianMs, 0, 'f', 2)
                   .arg(c.engineFirstMs, 0, 'f', 1)
                   .arg(c.sqlMedianMs, 0, 'f', 1)
                   .arg(c.ratio(), 0, 'f', 0)
                   .arg(c.description);
    }
    return Success;
}

} // namespace tansiq::cli
