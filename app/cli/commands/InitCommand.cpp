#include "app/cli/CliCommand.h"
#include "app/cli/CliContext.h"
#include "core/office/LocalOffice.h"
#include "core/registry/Registry.h"
#include "core/stats/RegistryStats.h"

#include <QCoreApplication>

namespace tansiq::cli {

int runInit(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption name(QStringLiteral("office-name"),
        QCoreApplication::translate("tansiq::cli", "the name of this office"),
        QStringLiteral("NAME"));
    parser.addOption(name);
    if (auto stop = context.parse(parser, args,
            QCoreApplication::translate(
                "tansiq::cli", "Creates the database with the bundled gazetteer.")))
        return *stop;
    Workspace* workspace = context.workspace();
    if (!workspace)
        return Failure;
    if (parser.isSet(name)) {
        const Status renamed = LocalOffice::rename(workspace->database(), parser.value(name));
        if (!renamed.ok())
            return context.fail(renamed.issues());
    }
    const RegistryStats stats = RegistryStats::collect(workspace->database());
    context.out() << QCoreApplication::translate(
        "tansiq::cli", "Database ready: %1 (schema version %2, %3 places)")
                         .arg(context.databasePath())
                         .arg(stats.schemaVersion)
                         .arg(stats.adminUnits[1] + stats.adminUnits[2] + stats.adminUnits[3]
                             + stats.adminUnits[4])
                  << '\n';
    return Success;
}

} // namespace tansiq::cli
