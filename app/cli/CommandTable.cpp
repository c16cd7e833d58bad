#include "app/cli/CliCommand.h"

#include <QtGlobal>

namespace tansiq::cli {

int runInit(CliContext&, const QStringList&);
int runImportGazetteer(CliContext&, const QStringList&);
int runDemo(CliContext&, const QStringList&);
int runStats(CliContext&, const QStringList&);
int runExportFourW(CliContext&, const QStringList&);
int runImportFourW(CliContext&, const QStringList&);
int runImportBoundaries(CliContext&, const QStringList&);
int runBenchImport(CliContext&, const QStringList&);
int runMatrix(CliContext&, const QStringList&);
int runGaps(CliContext&, const QStringList&);
int runDuplicates(CliContext&, const QStringList&);
int runBench(CliContext&, const QStringList&);
int runOffice(CliContext&, const QStringList&);
int runExportBundle(CliContext&, const QStringList&);
int runImportBundle(CliContext&, const QStringList&);
int runConflicts(CliContext&, const QStringList&);
int runStateHash(CliContext&, const QStringList&);
int runSyncStatus(CliContext&, const QStringList&);
int runBenchSync(CliContext&, const QStringList&);
int runCompact(CliContext&, const QStringList&);
int runBulletin(CliContext&, const QStringList&);
int runBenchBulletin(CliContext&, const QStringList&);
int runQuarantine(CliContext&, const QStringList&);
int runBackup(CliContext&, const QStringList&);
int runBackups(CliContext&, const QStringList&);
int runRestore(CliContext&, const QStringList&);
int runGroups(CliContext&, const QStringList&);
int runMeetings(CliContext&, const QStringList&);
int runActions(CliContext&, const QStringList&);
int runRegistrations(CliContext&, const QStringList&);
int runPublish(CliContext&, const QStringList&);
int runVisits(CliContext&, const QStringList&);

const QList<CliCommand>& commands()
{
    static const QList<CliCommand> table = {
        { "init",
            QT_TRANSLATE_NOOP(
                "tansiq::cli", "create the database (with the gazetteer) if it does not exist"),
            runInit },
        { "import-gazetteer",
            QT_TRANSLATE_NOOP("tansiq::cli", "import an OCHA COD tabular gazetteer (CSV)"),
            runImportGazetteer },
        { "demo",
            QT_TRANSLATE_NOOP("tansiq::cli", "fill an empty database with realistic demo data"),
            runDemo },
        { "stats",
            QT_TRANSLATE_NOOP("tansiq::cli", "count records per entity and places per level"),
            runStats },
        { "export-4w", QT_TRANSLATE_NOOP("tansiq::cli", "export the 4W as HXL-tagged CSV or XLSX"),
            runExportFourW },
        { "import-4w",
            QT_TRANSLATE_NOOP(
                "tansiq::cli", "import a 4W spreadsheet (CSV or XLSX; --dry-run to review)"),
            runImportFourW },
        { "import-boundaries",
            QT_TRANSLATE_NOOP("tansiq::cli",
                "import OCHA COD-AB boundaries (GeoJSON, admin level 1-3) for the map"),
            runImportBoundaries },
        { "bench-import",
            QT_TRANSLATE_NOOP("tansiq::cli",
                "time importing a generated 4W CSV (default 100,000 rows) against a baseline"),
            runBenchImport },
        { "matrix",
            QT_TRANSLATE_NOOP("tansiq::cli", "4W pivot: a measure by two dimensions, with totals"),
            runMatrix },
        { "gaps",
            QT_TRANSLATE_NOOP(
                "tansiq::cli", "places and sectors by priority: needs, partners, coverage"),
            runGaps },
        { "duplicates",
            QT_TRANSLATE_NOOP("tansiq::cli", "possible duplications; mark a group complementary"),
            runDuplicates },
        { "bench",
            QT_TRANSLATE_NOOP("tansiq::cli", "time the 4W engine against SQL on this database"),
            runBench },
        { "office",
            QT_TRANSLATE_NOOP(
                "tansiq::cli", "set up this office, its keys and enrolment; roster and revocation"),
            runOffice },
        { "export-bundle",
            QT_TRANSLATE_NOOP("tansiq::cli", "write an encrypted sync bundle for another office"),
            runExportBundle },
        { "import-bundle",
            QT_TRANSLATE_NOOP(
                "tansiq::cli", "import a sync bundle (all or nothing, safe to repeat)"),
            runImportBundle },
        { "conflicts", QT_TRANSLATE_NOOP("tansiq::cli", "list and resolve concurrent edits"),
            runConflicts },
        { "state-hash",
            QT_TRANSLATE_NOOP("tansiq::cli", "hash of the replicated content, to compare offices"),
            runStateHash },
        { "sync-status",
            QT_TRANSLATE_NOOP("tansiq::cli", "what was sent to and acknowledged by each office"),
            runSyncStatus },
        { "quarantine",
            QT_TRANSLATE_NOOP("tansiq::cli",
                "list batches held back for a clock far ahead; release them once checked"),
            runQuarantine },
        { "backup",
            QT_TRANSLATE_NOOP("tansiq::cli",
                "back the database up (checked, rotated); --out FILE --encrypt for a USB stick"),
            runBackup },
        { "backups",
            QT_TRANSLATE_NOOP("tansiq::cli",
                "list this database's backups with their date, reason, size and counts"),
            runBackups },
        { "restore",
            QT_TRANSLATE_NOOP("tansiq::cli",
                "restore the database from a backup (plain or encrypted), renewing its replica"),
            runRestore },
        { "groups",
            QT_TRANSLATE_NOOP("tansiq::cli",
                "list and record working groups with their lead, co-lead and members"),
            runGroups },
        { "meetings",
            QT_TRANSLATE_NOOP("tansiq::cli",
                "list, show and record meetings; print their minutes as PDF (Arabic or English)"),
            runMeetings, true },
        { "actions",
            QT_TRANSLATE_NOOP("tansiq::cli",
                "list (--overdue, --org), record and follow action points; export them as CSV or "
                "XLSX"),
            runActions },
        { "visits",
            QT_TRANSLATE_NOOP("tansiq::cli",
                "list (--month, --org) and record monitoring visits to projects and activities"),
            runVisits },
        { "registrations",
            QT_TRANSLATE_NOOP("tansiq::cli",
                "partner registrations: list (--expiring DAYS, --missing, --out FILE), add, set"),
            runRegistrations },
        { "publish",
            QT_TRANSLATE_NOOP("tansiq::cli",
                "publish the registry to PostgreSQL (tables, boundaries, 4W and gap views); only "
                "what changed"),
            runPublish },
        { "bench-sync", QT_TRANSLATE_NOOP("tansiq::cli", "benchmark bundle export and import"),
            runBenchSync },
        { "compact",
            QT_TRANSLATE_NOOP(
                "tansiq::cli", "compact the sync operation log (also done after each import)"),
            runCompact },
        { "bulletin",
            QT_TRANSLATE_NOOP("tansiq::cli",
                "write the monthly PDF bulletin (Arabic or English) for the country or an area"),
            runBulletin, true },
        { "bench-bulletin",
            QT_TRANSLATE_NOOP(
                "tansiq::cli", "time producing a bulletin against reading its activities with SQL"),
            runBenchBulletin, true },
    };
    return table;
}

QString commandName(const QStringList& arguments)
{
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--db") {
            ++i;
            continue;
        }
        if (arguments.at(i).startsWith(u"--db="))
            continue;
        return arguments.at(i);
    }
    return QString();
}

const CliCommand* findCommand(const QString& name)
{
    for (const CliCommand& command : commands()) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

} // namespace tansiq::cli
