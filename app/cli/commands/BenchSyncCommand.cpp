#include "CliCommand.h"
#include "SyncCliSupport.h"
#include "demo/DemoGenerator.h"
#include "registry/Registry.h"
#include "registry/TableSpec.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "sync/Exporter.h"
#include "sync/Importer.h"
#include "sync/Roster.h"
#include "sync/StateHash.h"
#include "sync/SyncContext.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>

namespace tansiq::cli {

using synccli::tr;

namespace {

struct Office {
    std::unique_ptr<Workspace> workspace;
    sync::OfficeKeys keys;
};

std::optional<Office> openOffice(CliContext& context, const QString& path)
{
    auto opened = Workspace::open(path, context.clock());
    if (!opened.ok()) {
        context.report(opened.issues());
        return std::nullopt;
    }
    Office office;
    office.workspace = std::move(opened.value());
    office.keys = sync::OfficeKeys::generate(office.workspace->registry().office().officeId);
    return office;
}

void enrol(Office& a, Office& b)
{
    for (Office* office : {&a, &b}) {
        sync::Roster roster(office->workspace->database());
        (void)roster.setRoot(a.keys.office, a.keys.signPublic);
        for (Office* other : {&a, &b}) {
            sync::OfficeEntry entry{other->keys.office, other == &a ? QStringLiteral("HO") : QStringLiteral("F1"),
                                    other == &a, other->keys.signPublic, other->keys.boxPublic, 1, {}, false};
            entry.certificate = sync::certs::issue(entry, a.keys);
            (void)roster.put(entry);
        }
    }
}

// The baseline: the same rows, inserted with plain INSERTs in one transaction.
qint64 copyRows(Database& from, Database& to)
{
    QElapsedTimer timer;
    timer.start();
    Transaction tx(to);
    for (const TableSpec* spec : tables::all()) {
        QByteArray columns = "id, origin_office, created_at, updated_at, deleted";
        QByteArray marks = "?, ?, ?, ?, ?";
        for (const char* column : spec->columns) {
            columns += QByteArray(", ") + column;
            marks += ", ?";
        }
        Statement select(from.handle(), "SELECT " + columns + " FROM " + spec->name);
        Statement insert(to.handle(), "INSERT OR IGNORE INTO " + QByteArray(spec->name) + " ("
                                          + columns + ") VALUES (" + marks + ")");
        const int count = 5 + int(spec->columns.size());
        while (select.step() == Statement::Step::Row) {
            for (int c = 0; c < count; ++c)
                insert.bind(c + 1, select.value(c));
            (void)insert.run();
        }
    }
    (void)tx.commit();
    return timer.elapsed();
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

}  // namespace

int runBenchSync(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption activities(QStringLiteral("activities"), tr("changed activities"),
                                        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption runs(QStringLiteral("runs"), tr("import runs (median reported)"),
                                  QStringLiteral("N"), QStringLiteral("3"));
    parser.addOptions({activities, runs});
    if (auto stop = context.parse(parser, args,
                                  tr("Measures export and import of changed activities against "
                                     "plain SQLite inserts of the same rows.")))
        return *stop;
    const qint64 count = parser.value(activities).toLongLong();
    const int repeat = qBound(1, parser.value(runs).toInt(), 9);
    QTemporaryDir dir;
    QTextStream& out = context.out();
    auto source = openOffice(context, QDir(dir.path()).filePath(QStringLiteral("source.db")));
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
        auto target = openOffice(context, QDir(dir.path()).filePath(QStringLiteral("t%1.db").arg(run)));
        auto plain = openOffice(context, QDir(dir.path()).filePath(QStringLiteral("b%1.db").arg(run)));
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
            context.err() << tr("error: the imported database differs from the source") << '\n';
            return Failure;
        }
        baselineMs << copyRows(source->workspace->database(), plain->workspace->database());
        out << tr("run %1: export %2 ms, import %3 ms, plain inserts %4 ms")
                   .arg(run + 1)
                   .arg(exportMs.last())
                   .arg(importMs.last())
                   .arg(baselineMs.last())
            << '\n';
    }
    const qint64 base = qMax<qint64>(1, median(baselineMs));
    out << tr("%1 activities (+%2 organisations, %3 projects, %4 needs):")
               .arg(count)
               .arg(demo->organisations)
               .arg(demo->projects)
               .arg(demo->needs)
        << '\n'
        << tr("  bundle: %1 bytes, %2 bytes per activity (all records and signatures included)")
               .arg(bundleBytes)
               .arg(double(bundleBytes) / double(qMax<qint64>(1, count)), 0, 'f', 1)
        << '\n'
        << tr("  export: %1 ms including sealing the captured operations into signed batches "
              "(%2x plain inserts); later exports of the sealed batches: median %3 ms")
               .arg(exportMs.first())
               .arg(double(exportMs.first()) / double(base), 0, 'f', 2)
               .arg(median(exportMs.mid(1)))
        << '\n'
        << tr("  import: median %1 ms (%2x plain inserts)")
               .arg(median(importMs))
               .arg(double(median(importMs)) / double(base), 0, 'f', 2)
        << '\n'
        << tr("  baseline, plain SQLite inserts of the same rows: median %1 ms").arg(base) << '\n';
    return Success;
}

}  // namespace tansiq::cli
