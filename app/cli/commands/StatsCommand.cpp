#include "app/cli/CliCommand.h"
#include "app/cli/CliContext.h"
#include "core/stats/RegistryStats.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace tansiq::cli {

int runStats(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("print JSON"));
    parser.addOption(json);
    if (auto stop
        = context.parse(parser, args, Cli::tr("Counts records per entity and places per level.")))
        return *stop;
    Workspace* workspace = context.workspace({ .createIfMissing = false, .seedGazetteer = false });
    if (!workspace)
        return Failure;
    const RegistryStats stats = RegistryStats::collect(workspace->database());
    if (parser.isSet(json)) {
        context.out() << QString::fromUtf8(
            QJsonDocument(stats.toJson()).toJson(QJsonDocument::Indented));
        return Success;
    }
    QTextStream& out = context.out();
    out << Cli::tr("Database: %1 (schema version %2)")
               .arg(context.databasePath())
               .arg(stats.schemaVersion)
        << '\n'
        << Cli::tr("Organisations: %1").arg(stats.organisations) << '\n'
        << Cli::tr("Projects: %1").arg(stats.projects) << '\n'
        << Cli::tr("Activities: %1").arg(stats.activities) << '\n'
        << Cli::tr("Needs: %1").arg(stats.needs) << '\n'
        << Cli::tr("Sectors: %1 (%2 activity types)").arg(stats.sectors).arg(stats.activityTypes)
        << '\n'
        << Cli::tr("Governorates: %1, districts: %2, sub-districts: %3, communities: %4")
               .arg(stats.adminUnits[1])
               .arg(stats.adminUnits[2])
               .arg(stats.adminUnits[3])
               .arg(stats.adminUnits[4])
        << '\n';
    return Success;
}

} // namespace tansiq::cli
