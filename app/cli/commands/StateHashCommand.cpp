#include "app/cli/CliCommand.h"
#include "app/cli/commands/SyncCliSupport.h"
#include "core/sync/StateHash.h"

namespace tansiq::cli {

int runStateHash(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    if (auto stop = context.parse(parser, args,
            Cli::tr("Prints a hash of the replicated content: two offices that "
                    "converged print the same hash.")))
        return *stop;
    Workspace* workspace = context.workspace({ .createIfMissing = false, .seedGazetteer = false });
    if (!workspace)
        return Failure;
    context.out() << QString::fromLatin1(sync::stateHash(workspace->database()).toHex()) << '\n';
    return Success;
}

} // namespace tansiq::cli
