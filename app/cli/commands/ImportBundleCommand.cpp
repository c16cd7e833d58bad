#include "CliCommand.h"
#include "SyncCliSupport.h"
#include "registry/Registry.h"
#include "sync/Importer.h"
#include "sync/SyncContext.h"
#include "sync/SyncLimits.h"

#include <QThread>

#include <cstdio>

namespace tansiq::cli {


int runImportBundle(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(synccli::passphraseOption());
    parser.addPositionalArgument(QStringLiteral("file"), Cli::tr("the bundle to import"));
    if (auto stop = context.parse(parser, args,
                                  Cli::tr("Imports a bundle: all or nothing, and safe to repeat.")))
        return *stop;
    if (parser.positionalArguments().size() != 1) {
        context.err() << Cli::tr("error: give one bundle file") << '\n';
        return UsageError;
    }
    const QString path = parser.positionalArguments().first();
    Workspace* workspace = context.workspace({.createIfMissing = false, .seedGazetteer = false});
    if (!workspace)
        return Failure;
    const auto bytes = synccli::readFile(context, path, sync::limits::kMaxBundleBytes);
    if (!bytes)
        return Failure;
    const auto keys = synccli::unlock(context, *workspace, parser);
    if (!keys)
        return Failure;
    sync::SyncContext sync(workspace->registry(), context.clock());
    sync::Importer importer(sync);
    // Test hook (the kill test): pause inside the import transaction at the named step.
    const QByteArray pauseAt = qgetenv("TANSIQ_TEST_IMPORT_PAUSE");
    if (!pauseAt.isEmpty()) {
        importer.setStepHook([pauseAt](const char* step) {
            if (pauseAt == step) {
                std::fprintf(stderr, "paused at %s\n", step);
                std::fflush(stderr);
                QThread::sleep(120);
            }
            return true;
        });
    }
    const auto summary = importer.run(*bytes, *keys);
    if (!summary.ok())
        return context.fail(summary.issues());
    const QString sender = sync.officeName(summary->sender);
    if (summary->alreadyImported) {
        context.out() << Cli::tr("Already imported: this bundle from “%1” was imported before; "
                            "nothing changed.")
                             .arg(sender)
                      << '\n';
        return Success;
    }
    for (const QString& warning : summary->warnings)
        context.err() << Cli::tr("warning: ") << warning << '\n';
    context.out() << Cli::tr("Imported the bundle from “%1”: %2 changes applied, %3 already had, "
                        "%4 conflicts to review, %5 batches waiting for earlier bundles.")
                         .arg(sender)
                         .arg(summary->applied)
                         .arg(summary->alreadyHad)
                         .arg(summary->conflicts)
                         .arg(summary->waiting)
                  << '\n';
    if (summary->quarantined > 0)
        context.out() << Cli::tr("%1 batches were held back: their clock is more than 48 hours ahead of "
                            "this computer's. Check the sender's date and time.")
                             .arg(summary->quarantined)
                      << '\n';
    if (summary->equivocations > 0)
        context.out() << Cli::tr("ALERT: %1 batches contradict changes received earlier from the same "
                            "database (a copied or restored database). They were set aside; see "
                            "“tansiq-cli sync-status”.")
                             .arg(summary->equivocations)
                      << '\n';
    return Success;
}

}  // namespace tansiq::cli
