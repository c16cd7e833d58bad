#include "app/cli/CliCommand.h"
#include "app/cli/commands/BenchSyncSupport.h"
#include "app/cli/commands/SyncCliSupport.h"
#include "core/demo/DemoGenerator.h"
#include "core/registry/Registry.h"
#include "core/registry/TableSpec.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"
#include "core/sync/Exporter.h"
#include "core/sync/Importer.h"
#include "core/sync/Roster.h"
#include "core/sync/StateHash.h"
#include "core/sync/SyncContext.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

namespace tansiq::cli {

namespace {

using benchsync::Office;

void enrol(Office& a, Office& b)
{
    for (Office* office : { &a, &b }) {
        sync::Roster roster(office->workspace->database());
        (void)roster.setRoot(a.keys.office, a.keys.signPublic);
        for (Office* other : { &a, &b }) {
            sync::OfficeEntry entry { other->keys.office,
                other == &a ? QStringLiteral("HO") : QStringLiteral("F1"), other == &a,
                other->keys.signPublic, other->keys.boxPublic, 1, {}, false };
            entry.certificate = sync::certs::issue(entry, a.keys);
            (void)roster.put(entry);
        }
    }
}

} // namespace

int benchHeadOffice(CliContext& context, qint64 count, int offices, int repeat, bool eachAlone);

int runBenchSync(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption activities(QStringLiteral("activities"), Cli::tr("changed activities"),
        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption runs(QStringLiteral("runs"), Cli::tr("import runs (median reported)"),
        QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption offices(QStringLiteral("offices"),
        Cli::tr("instead: the head office imports one bundle from each of N field offices, each "
                "with the given number of changed activities"),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption eachAlone(QStringLiteral("each-alone"),
        Cli::tr(
            "with --offices: also import the bundles as separate imports (a safety backup and a "
            "compaction each), for comparison"));
    parser.addOptions({ activities, runs, offices, eachAlone });
    if (auto stop = context.parse(parser, args,
            Cli::tr("Measures export and import of changed activities against "
                    "plain SQLite inserts of the same rows.")))
        return *stop;
    const qint64 count = parser.value(activities).toLongLong();
    const int repeat = qBound(1, parser.value(runs).toInt(), 9);
    if (const int fieldOffices = parser.value(offices).toInt(); fieldOffices > 0)
        return benchHeadOffice(
            context, count, qMin(fieldOffices, 64), repeat, parser.isSet(eachAlone));
    QTemporaryDir dir;
    QTextStream& out = context.out();
    auto source = benchsync::openOffice(
        context, QDir(dir.path()).filePath(QStringLiteral("source.db")), dir.path());
    if (!source)
        return Failure;
    DemoOptions options;
    options.activities = count;
    DemoGenerator generator(source->workspace->registry(), options);
    const auto demo = generator.run();
    if (!demo.ok())
        return context.fail(demo.issues());

    QList<qint64> exportMs, importMs, baselineMs;
    qint64 bundleBytes = 0;
    QByteArray bundle;
    for (int run = 0; run < repeat; ++run) {
        auto target = benchsync::openOffice(
            context, QDir(dir.path()).filePath(QStringLiteral("t%1.db").arg(run)), dir.path());
        auto plain = benchsync::openOffice(
            context, QDir(dir.path()).filePath(QStringLiteral("b%1.db").arg(run)), dir.path());
        if (!target || !plain)
            return Failure;
        enrol(*source, *target);
        sync::SyncContext from(source->workspace->registry(), context.clock());
        sync::Exporter exporter(from);
        QElapsedTimer timer;
        timer.start();
        const auto built = exporter.build(target->keys.office, source->keys);
        exportMs << timer.elapsed();
        if (!built.ok())
            return context.fail(built.issues());
        bundle = built->bytes;
        bundleBytes = bundle.size();
        sync::SyncContext to(target->workspace->registry(), context.clock());
        sync::Importer importer(to);
        timer.restart();
        const auto imported = importer.run(bundle, target->keys);
        importMs << timer.elapsed();
        if (!imported.ok())
            return context.fail(imported.issues());
        if (sync::stateHash(target->workspace->database())
            != sync::stateHash(source->workspace->database())) {
            context.err() << Cli::tr("error: the imported database differs from the source")
                          << '\n';
            return Failure;
        }
        baselineMs << benchsync::copyRows(
            source->workspace->database(), plain->workspace->database());
        out << Cli::tr("run %1: export %2 ms, import %3 ms, plain inserts %4 ms")
                   .arg(run + 1)
                   .arg(exportMs.last())
                   .arg(importMs.last())
                   .arg(baselineMs.last())
            << '\n';
    }
    const qint64 base = qMax<qint64>(1, benchsync::median(baselineMs));
    out << Cli::tr("%1 activities (+%2 organisations, %3 projects, %4 needs):")
               .arg(count)
               .arg(demo->organisations)
               .arg(demo->projects)
               .arg(demo->needs)
        << '\n'
        << Cli::tr(
               "  bundle: %1 bytes, %2 bytes per activity (all records and signatures included)")
               .arg(bundleBytes)
               .arg(double(bundleBytes) / double(qMax<qint64>(1, count)), 0, 'f', 1)
        << '\n'
        << Cli::tr("  export: %1 ms including sealing the captured operations into signed batches "
                   "(%2x plain inserts); later exports of the sealed batches: median %3 ms")
               .arg(exportMs.first())
               .arg(double(exportMs.first()) / double(base), 0, 'f', 2)
               .arg(benchsync::median(exportMs.mid(1)))
        << '\n'
        << Cli::tr("  import: median %1 ms (%2x plain inserts)")
               .arg(benchsync::median(importMs))
               .arg(double(benchsync::median(importMs)) / double(base), 0, 'f', 2)
        << '\n'
        << Cli::tr("  baseline, plain SQLite inserts of the same rows: median %1 ms").arg(base)
        << '\n';
    return Success;
}

} // namespace tansiq::cli
