#include "app/cli/CliCommand.h"
#include "app/cli/CliContext.h"
#include "core/stats/RegistryStats.h"
#include "core/storage/Database.h"
#include "core/sync/Compactor.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace tansiq::cli {

namespace {

qint64 fileBytes(const QString& path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

} // namespace

// Compaction of the operation log (docs/decisions/0093). It also runs by itself after every
// import, export and demo; the command is for a database made before, and for VACUUM.
int runCompact(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption vacuum(QStringLiteral("vacuum"),
        Cli::tr("then give the freed space back to the disk (VACUUM: "
                "rewrites the file, needs as much free space again)"));
    parser.addOption(vacuum);
    if (auto stop = context.parse(parser, args,
            Cli::tr("Compacts the sync operation log: keeps only what "
                    "convergence, relaying and conflict detection need.")))
        return *stop;
    Workspace* workspace = context.workspace({ .createIfMissing = false, .seedGazetteer = false });
    if (!workspace)
        return Failure;
    Database& db = workspace->database();
    const qint64 before = fileBytes(db.path());
    const Result<sync::CompactionSummary> done = sync::compact(db);
    if (!done.ok())
        return context.fail(done.issues());
    if (parser.isSet(vacuum)) {
        if (const Status vacuumed = sync::vacuum(db); !vacuumed.ok())
            return context.fail(vacuumed.issues());
    }
    const qint64 after = fileBytes(db.path());
    const qint64 activities = qMax<qint64>(1, RegistryStats::collect(db).activities);
    QTextStream& out = context.out();
    out << Cli::tr(
        "Operations sealed into batches: %1; creates read from their records: %2; relayed "
        "batches acknowledged everywhere: %3; %4 bytes freed inside the file.")
               .arg(done->sealedOps)
               .arg(done->recordCreates)
               .arg(done->relayedBatches)
               .arg(done->bytesFreed)
        << '\n'
        << Cli::tr("Database file: %1 bytes before, %2 bytes after (%3 bytes per activity).")
               .arg(before)
               .arg(after)
               .arg(after / activities)
        << '\n';
    if (!parser.isSet(vacuum) && done->bytesFreed > 0) {
        out << Cli::tr(
            "The freed space is reused by later changes; --vacuum gives it back to the disk.")
            << '\n';
    }
    return Success;
}

} // namespace tansiq::cli
