// bench-sync --offices N: the head office imports one bundle from each of N field offices, each
// carrying `--activities` changed activities (issue 18, item 5). The imports are the real ones
// (signatures, roster, backlog, merge, one transaction per bundle), in one import session as
// `import-bundle` of several files does (one safety backup, one compaction after the last:
// docs/decisions/0110); with --each-alone also as separate imports, each with its backup and
// compaction. The baseline is plain SQLite inserts of the same rows into one database.
#include "app/cli/CliCommand.h"
#include "app/cli/commands/BenchSyncSupport.h"
#include "app/cli/commands/SyncCliSupport.h"
#include "core/common/ProcessorTime.h"
#include "core/demo/DemoGenerator.h"
#include "core/registry/Registry.h"
#include "core/storage/Database.h"
#include "core/sync/Exporter.h"
#include "core/sync/Importer.h"
#include "core/sync/Roster.h"
#include "core/sync/SyncContext.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <optional>
#include <vector>

namespace tansiq::cli {

namespace {

void enrolAll(const QList<benchsync::Office*>& offices)
{
    const benchsync::Office& head = *offices.first();
    QList<sync::OfficeEntry> entries;
    for (const benchsync::Office* office : offices) {
        sync::OfficeEntry entry { office->keys.office,
            office == &head ? QStringLiteral("HO") : QStringLiteral("F%1").arg(entries.size()),
            office == &head, office->keys.signPublic, office->keys.boxPublic, 1, {}, false };
        entry.certificate = sync::certs::issue(entry, head.keys);
        entries << entry;
    }
    for (benchsync::Office* office : offices) {
        sync::Roster roster(office->workspace->database());
        (void)roster.setRoot(head.keys.office, head.keys.signPublic);
        for (const sync::OfficeEntry& entry : entries)
            (void)roster.put(entry);
    }
}

qint64 activityCount(Database& db)
{
    Statement count(db.handle(), "SELECT count(*) FROM activity");
    return count.step() == Statement::Step::Row ? count.int64(0) : -1;
}

} // namespace

int benchHeadOffice(CliContext& context, qint64 count, int offices, int repeat, bool eachAlone)
{
    QTemporaryDir dir;
    QTextStream& out = context.out();
    const auto path = [&dir](const QString& name) { return QDir(dir.path()).filePath(name); };
    auto head = benchsync::openOffice(context, path(QStringLiteral("ho.db")), dir.path());
    auto plain = benchsync::openOffice(context, path(QStringLiteral("plain.db")), dir.path());
    if (!head || !plain)
        return Failure;
    // Every field office: its own demo registry (its own organisations, projects, needs and
    // activities, seed = its number), enrolled with the head office, one bundle to it.
    std::vector<benchsync::Office> fields;
    for (int i = 0; i < offices; ++i) {
        auto field
            = benchsync::openOffice(context, path(QStringLiteral("f%1.db").arg(i + 1)), dir.path());
        if (!field)
            return Failure;
        fields.push_back(std::move(*field));
    }
    QList<benchsync::Office*> all { &*head };
    for (benchsync::Office& field : fields)
        all << &field;
    enrolAll(all);
    QList<QByteArray> bundles;
    QList<qint64> exportMs;
    qint64 baselineMs = 0, baselineCpuMs = 0, bundleBytes = 0, expected = 0;
    for (int i = 0; i < offices; ++i) {
        benchsync::Office& field = fields[size_t(i)];
        DemoOptions options;
        options.activities = count;
        options.seed = quint64(i + 1);
        const auto demo = DemoGenerator(field.workspace->registry(), options).run();
        if (!demo.ok())
            return context.fail(demo.issues());
        sync::SyncContext from(field.workspace->registry(), context.clock());
        sync::Exporter exporter(from);
        QElapsedTimer timer;
        timer.start();
        const auto built = exporter.build(head->keys.office, field.keys);
        exportMs << timer.elapsed();
        if (!built.ok())
            return context.fail(built.issues());
        bundles << built->bytes;
        bundleBytes += built->bytes.size();
        expected += activityCount(field.workspace->database());
        const qint64 cpuBefore = qint64(processor::processMs());
        baselineMs
            += benchsync::copyRows(field.workspace->database(), plain->workspace->database());
        baselineCpuMs += qint64(processor::processMs()) - cpuBefore;
        field.workspace.reset(); // one office open at a time besides the head office
        context.err() << Cli::tr("office %1 of %2 ready: %3 bytes")
                             .arg(i + 1)
                             .arg(offices)
                             .arg(built->bytes.size())
                      << '\n';
    }
    // Each run imports into a fresh copy of the head office as it was before any bundle.
    (void)head->workspace->database().execScript("PRAGMA wal_checkpoint(TRUNCATE)");
    head->workspace.reset();
    QList<qint64> totalMs, perBundleMs, aloneMs, totalCpuMs, aloneCpuMs;
    // One pass: every bundle into a copy of the head office, in one session or one by one.
    const auto importAll = [&](int run, bool alone) -> std::optional<qint64> {
        const QString copy = path(QStringLiteral("ho-run%1.db").arg(run + 1));
        if (!QFile::copy(path(QStringLiteral("ho.db")), copy)) {
            context.err() << Cli::tr("error: cannot copy the head office's database") << '\n';
            return std::nullopt;
        }
        auto target = benchsync::reopen(context, copy, dir.path(), head->keys);
        if (!target)
            return std::nullopt;
        sync::SyncContext to(target->workspace->registry(), context.clock());
        sync::ImportSession session(to);
        const qint64 cpuBefore = qint64(processor::processMs());
        QElapsedTimer total;
        total.start();
        qint64 applied = 0;
        for (const QByteArray& bundle : bundles) {
            QElapsedTimer one;
            one.start();
            const auto imported = alone ? sync::Importer(to).run(bundle, target->keys)
                                        : session.import(bundle, target->keys);
            if (!alone)
                perBundleMs << one.elapsed();
            if (!imported.ok()) {
                context.fail(imported.issues());
                return std::nullopt;
            }
            if (imported->waiting > 0 || imported->conflicts > 0) {
                context.err() << Cli::tr("error: a bundle left operations waiting or in conflict")
                              << '\n';
                return std::nullopt;
            }
            applied += imported->applied;
        }
        if (const Status finished = session.finish(); !finished.ok()) {
            context.fail(finished.issues());
            return std::nullopt;
        }
        const qint64 ms = total.elapsed();
        (alone ? aloneCpuMs : totalCpuMs) << qint64(processor::processMs()) - cpuBefore;
        const qint64 held = activityCount(target->workspace->database());
        if (held != expected) {
            context.err() << Cli::tr("error: the head office holds %1 activities, %2 were sent")
                                 .arg(held)
                                 .arg(expected)
                          << '\n';
            return std::nullopt;
        }
        out << (alone ? Cli::tr("run %1, separate imports: %2 bundles imported in %3 ms (%4 "
                                "operations applied)")
                      : Cli::tr("run %1: %2 bundles imported in %3 ms (%4 operations applied)"))
                   .arg(run + 1)
                   .arg(bundles.size())
                   .arg(ms)
                   .arg(applied)
            << '\n'
            << Qt::flush;
        target->workspace.reset();
        QFile::remove(copy);
        // This pass's safety backups (a folder named after the copy): disk space for the next.
        const QString stem = QFileInfo(copy).completeBaseName() + u'-';
        const QDir backups(path(QStringLiteral("backups")));
        for (const QFileInfo& folder : backups.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot))
            if (folder.fileName().startsWith(stem))
                QDir(folder.absoluteFilePath()).removeRecursively();
        return ms;
    };
    for (int run = 0; run < repeat; ++run) {
        const auto together = importAll(run, false);
        if (!together)
            return Failure;
        totalMs << *together;
        if (eachAlone) {
            const auto alone = importAll(run, true);
            if (!alone)
                return Failure;
            aloneMs << *alone;
        }
    }
    const qint64 total = benchsync::median(totalMs);
    out << Cli::tr("Head office: %1 field offices, %2 changed activities each (%3 activities, %4 "
                   "bundle bytes in all):")
               .arg(offices)
               .arg(count)
               .arg(expected)
               .arg(bundleBytes)
        << '\n'
        << Cli::tr(
               "  all bundles imported: median %1 ms (%2x plain inserts); one bundle: median %3 ms")
               .arg(total)
               .arg(double(total) / double(qMax<qint64>(1, baselineMs)), 0, 'f', 2)
               .arg(benchsync::median(perBundleMs))
        << '\n'
        << Cli::tr("  export at a field office: median %1 ms").arg(benchsync::median(exportMs))
        << '\n'
        << Cli::tr("  baseline, plain SQLite inserts of the same rows: %1 ms").arg(baselineMs)
        << '\n'
        << Cli::tr(
               "  processor time: all bundles imported: median %1 ms (%2x the plain inserts' %3 "
               "ms)")
               .arg(benchsync::median(totalCpuMs))
               .arg(double(benchsync::median(totalCpuMs)) / double(qMax<qint64>(1, baselineCpuMs)),
                   0, 'f', 2)
               .arg(baselineCpuMs)
        << '\n';
    if (eachAlone) {
        const qint64 alone = benchsync::median(aloneMs);
        out << Cli::tr(
            "  as separate imports (a safety backup and a compaction each): median %1 ms "
            "(%2x the single import)")
                   .arg(alone)
                   .arg(double(alone) / double(qMax<qint64>(1, total)), 0, 'f', 2)
            << '\n'
            << Cli::tr("  processor time, separate imports: median %1 ms")
                   .arg(benchsync::median(aloneCpuMs))
            << '\n';
    }
    return Success;
}

} // namespace tansiq::cli
