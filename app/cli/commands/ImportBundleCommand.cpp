#include "app/cli/CliCommand.h"
#include "app/cli/commands/SyncCliSupport.h"
#include "core/registry/Registry.h"
#include "core/sync/Importer.h"
#include "core/sync/SyncContext.h"
#include "core/sync/SyncLimits.h"

#include <QThread>

#include <cstdio>

namespace tansiq::cli {

namespace {

// What one imported bundle changed, as the command has always said it.
void reportImported(
    CliContext& context, sync::SyncContext& sync, const sync::ImportSummary& summary)
{
    const QString sender = sync.officeName(summary.sender);
    if (summary.alreadyImported) {
        context.out() << Cli::tr("Already imported: this bundle from “%1” was imported before; "
                                 "nothing changed.")
                             .arg(sender)
                      << '\n';
        return;
    }
    for (const QString& warning : summary.warnings)
        context.err() << Cli::tr("warning: ") << warning << '\n';
    context.out() << Cli::tr("Imported the bundle from “%1”: %2 changes applied, %3 already had, "
                             "%4 conflicts to review, %5 batches waiting for earlier bundles.")
                         .arg(sender)
                         .arg(summary.applied)
                         .arg(summary.alreadyHad)
                         .arg(summary.conflicts)
                         .arg(summary.waiting)
                  << '\n';
    if (summary.quarantined > 0)
        context.out() << Cli::tr(
            "%1 batches were held back: their clock is more than 48 hours ahead of "
            "this computer's. Check the sender's date and time.")
                             .arg(summary.quarantined)
                      << '\n';
    if (summary.equivocations > 0)
        context.out() << Cli::tr(
            "ALERT: %1 batches contradict changes received earlier from the same "
            "database (a copied or restored database). They were set aside; see "
            "“tansiq-cli sync-status”.")
                             .arg(summary.equivocations)
                      << '\n';
}

} // namespace

int runImportBundle(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(synccli::passphraseOption());
    parser.addPositionalArgument(
        QStringLiteral("files"), Cli::tr("the bundles to import"), QStringLiteral("FILE..."));
    if (auto stop = context.parse(parser, args,
            Cli::tr("Imports bundles, one after the other: each all or nothing, "
                    "and safe to repeat.")))
        return *stop;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        context.err() << Cli::tr("error: give one bundle file or more") << '\n';
        return UsageError;
    }
    Workspace* workspace = context.workspace({ .createIfMissing = false, .seedGazetteer = false });
    if (!workspace)
        return Failure;
    // Every file read before the passphrase is asked: one that cannot be read is reported and
    // left out, the others still land.
    int status = Success;
    QList<std::pair<QString, QByteArray>> bundles;
    for (const QString& path : paths) {
        auto bytes = synccli::readFile(context, path, sync::limits::kMaxBundleBytes);
        if (bytes)
            bundles.append({ path, std::move(*bytes) });
        else
            status = Failure;
    }
    if (bundles.isEmpty())
        return Failure;
    const auto keys = synccli::unlock(context, *workspace, parser);
    if (!keys)
        return Failure;
    sync::SyncContext sync(workspace->registry(), context.clock());
    // One safety backup before the first bundle that changes anything, one compaction after
    // the last (docs/decisions/0110); each bundle still in its own transaction.
    sync::ImportSession session(sync);
    // Test hook (the kill test): pause inside the import transaction at the named step.
    const QByteArray pauseAt = qgetenv("TANSIQ_TEST_IMPORT_PAUSE");
    if (!pauseAt.isEmpty()) {
        session.setStepHook([pauseAt](const char* step) {
            if (pauseAt == step) {
                std::fprintf(stderr, "paused at %s\n", step);
                std::fflush(stderr);
                QThread::sleep(120);
            }
            return true;
        });
    }
    for (const auto& [path, bytes] : bundles) {
        // A refused bundle changes nothing; the others still land.
        if (paths.size() > 1)
            context.out() << path << ":\n";
        const auto summary = session.import(bytes, *keys);
        if (!summary.ok()) {
            context.report(summary.issues());
            status = Failure;
            continue;
        }
        reportImported(context, sync, summary.value());
    }
    const Status compacted = session.finish();
    if (!compacted.ok())
        return context.fail(compacted.issues());
    return status;
}

} // namespace tansiq::cli
