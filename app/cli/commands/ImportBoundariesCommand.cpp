#include "app/cli/CliCommand.h"
#include "app/cli/CliContext.h"
#include "core/interop/BoundaryImporter.h"

#include <QCoreApplication>

namespace tansiq::cli {

int runImportBoundaries(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("FILE"), Cli::tr("COD-AB GeoJSON of one admin level (1-3)"));
    if (auto stop = context.parse(
            parser, args, Cli::tr("Imports OCHA COD-AB boundaries (GeoJSON) for the map.")))
        return *stop;
    if (parser.positionalArguments().size() != 1) {
        context.err() << Cli::tr("error: give exactly one GeoJSON file") << '\n';
        return UsageError;
    }
    Workspace* workspace = context.workspace({ .createIfMissing = false, .seedGazetteer = false });
    if (!workspace)
        return Failure;
    interop::BoundaryImporter importer(workspace->database(), context.clock());
    const auto summary = importer.importFile(parser.positionalArguments().first());
    if (!summary.ok())
        return context.fail(summary.issues());
    context.out() << Cli::tr("Imported %1 polygons of admin level %2 (COD-AB %3, valid on %4); "
                             "simplified from %5 to %6 points (tolerance %7°).")
                         .arg(summary->polygons)
                         .arg(summary->level)
                         .arg(summary->version.isEmpty() ? Cli::tr("no version") : summary->version,
                             summary->validOn.isEmpty() ? Cli::tr("unknown date")
                                                        : summary->validOn)
                         .arg(summary->pointsBefore)
                         .arg(summary->pointsAfter)
                         .arg(summary->tolerance)
                  << '\n';
    if (!summary->withoutPolygon.isEmpty())
        context.err() << Cli::tr("warning: %1 places of level %2 have no polygon in this file: %3")
                             .arg(summary->withoutPolygon.size())
                             .arg(summary->level)
                             .arg(summary->withoutPolygon.join(QStringLiteral(", ")))
                      << '\n';
    return Success;
}

} // namespace tansiq::cli
