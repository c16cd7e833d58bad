#include "app/cli/CliCommand.h"
#include "app/cli/CliContext.h"
#include "core/gazetteer/GazetteerImporter.h"
#include "core/registry/Registry.h"

#include <QCoreApplication>

namespace tansiq::cli {

int runImportGazetteer(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("FILE"), Cli::tr("an OCHA COD tabular gazetteer (CSV, UTF-8)"));
    if (auto stop = context.parse(
            parser, args, Cli::tr("Adds new places and updates the names of known ones.")))
        return *stop;
    if (parser.positionalArguments().size() != 1) {
        context.err() << Cli::tr("error: give exactly one gazetteer file") << '\n';
        return UsageError;
    }
    Workspace* workspace = context.workspace();
    if (!workspace)
        return Failure;
    GazetteerImporter importer(
        workspace->database(), workspace->registry().reference(), workspace->registry().writer());
    const auto imported = importer.importFile(parser.positionalArguments().first());
    if (!imported.ok()) {
        context.report(imported.issues());
        context.err() << Cli::tr("Nothing was imported.") << '\n';
        return Failure;
    }
    context.out() << Cli::tr("%1 rows read: %2 places added, %3 updated, %4 unchanged.")
                         .arg(imported->rows)
                         .arg(imported->added)
                         .arg(imported->updated)
                         .arg(imported->unchanged)
                  << '\n';
    return Success;
}

} // namespace tansiq::cli
