#include "app/cli/CliCommand.h"
#include "app/cli/commands/SyncCliSupport.h"
#include "core/registry/Registry.h"
#include "core/sync/Quarantine.h"
#include "core/sync/SyncContext.h"

namespace tansiq::cli {

int runQuarantine(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption all(QStringLiteral("all"), Cli::tr("release every quarantined batch"));
    parser.addOptions({ all, synccli::passphraseOption() });
    parser.addPositionalArgument(QStringLiteral("action"), Cli::tr("list, or release ID..."));
    if (auto stop = context.parse(parser, args,
            Cli::tr("Lists batches held back because their clock was more than 48 "
                    "hours ahead of this computer's, and releases them once a "
                    "person has checked them.")))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0, QStringLiteral("list"));
    Workspace* workspace = context.workspace({ .createIfMissing = false, .seedGazetteer = false });
    if (!workspace)
        return Failure;
    sync::SyncContext sync(workspace->registry(), context.clock());
    sync::Quarantine quarantine(sync);
    if (action == u"list") {
        const QList<sync::QuarantinedBatch> list = quarantine.list();
        if (list.isEmpty())
            context.out() << Cli::tr("No batches are held back.") << '\n';
        for (const sync::QuarantinedBatch& batch : list) {
            context.out() << Cli::tr(
                "%1  from “%2”: %3 changes (operations %4-%5), dated %6, received "
                "%7%8")
                                 .arg(batch.id, batch.originName)
                                 .arg(batch.ops)
                                 .arg(batch.firstSeq)
                                 .arg(batch.lastSeq)
                                 .arg(synccli::formatTime(batch.clockMs),
                                     synccli::formatTime(batch.receivedAt),
                                     batch.released
                                         ? Cli::tr(" — released, waiting for earlier changes")
                                         : QString())
                          << '\n';
        }
        if (!list.isEmpty())
            context.out() << Cli::tr("Check the dates with the sending office; then run "
                                     "“tansiq-cli quarantine release ID” (or --all).")
                          << '\n';
        return Success;
    }
    if (action != u"release" || (positional.size() < 2 && !parser.isSet(all))
        || (positional.size() >= 2 && parser.isSet(all))) {
        context.err() << Cli::tr("Usage: tansiq-cli quarantine list\n"
                                 "       tansiq-cli quarantine release ID... | --all")
                      << '\n';
        return UsageError;
    }
    // Releasing overrides a safety check: it takes the office passphrase, like an import.
    if (!synccli::unlock(context, *workspace, parser))
        return Failure;
    const auto summary = quarantine.release(positional.mid(1));
    if (!summary.ok())
        return context.fail(summary.issues());
    context.out() << Cli::tr("Released %1 batches: %2 changes applied, %3 conflicts to review, %4 "
                             "batches waiting for earlier bundles.")
                         .arg(summary->released)
                         .arg(summary->applied)
                         .arg(summary->conflicts)
                         .arg(summary->waiting)
                  << '\n';
    return Success;
}

} // namespace tansiq::cli
