#include "CliCommand.h"
#include "CliContext.h"
#include "stats/RegistryStats.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace tansiq::cli {

int runStats(CliContext& context, const QStringList& args)
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("tansiq::cli", text); };
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("print JSON"));
    parser.addOption(json);
    if (auto stop = context.parse(parser, args, tr("Counts records per entity and places per level.")))
        return *stop;
    Workspace* workspace = context.workspace({.createIfMissing = false, .seedGazetteer = false});
    if (!workspace)
        return Failure;
    const RegistryStats stats = RegistryStats::collect(workspace->database());
    if (parser.isSet(json)) {
        context.out() << QString::fromUtf8(QJsonDocument(stats.toJson()).toJson(QJsonDocument::Indented));
        return Success;
    }
    QTextStream& out = context.out();
    out << tr("Database: %1 (schema version %2)").arg(context.databasePath()).arg(stats.schemaVersion) << '\n'
        << tr("Organisations: %1").arg(stats.organisations) << '\n'
        << tr("Projects: %1").arg(stats.projects) << '\n'
        << tr("Activities: %1").arg(stats.activities) << '\n'
        << tr("Needs: %1").arg(stats.needs) << '\n'
        << tr("Sectors: %1 (%2 activity types)").arg(stats.sectors).arg(stats.activityTypes) << '\n'
        << tr("Governorates: %1, districts: %2, sub-districts: %3, communities: %4")
               .arg(stats.adminUnits[1]).arg(stats.adminUnits[2]).arg(stats.adminUnits[3]).arg(stats.adminUnits[4])
        << '\n';
    return Success;
}

}  // namespace tansiq::cli
