#include "core/bench/ImportBenchmark.h"

#include "core/demo/DemoGenerator.h"
#include "core/interop/ImportApplier.h"
#include "core/interop/ImportPlanner.h"
#include "core/interop/ReferenceCatalog.h"
#include "core/interop/SheetReader.h"
#include "core/interop/TableSink.h"
#include "core/registry/Registry.h"
#include "core/storage/Transaction.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <ctime>

namespace tansiq::interop {

namespace {

const QStringList kTags = { u"#org+impl+id"_qs, u"#sector+cluster+code"_qs, u"#activity+code"_qs,
    u"#adm3+code"_qs, u"#loc+name"_qs, u"#date+start"_qs, u"#date+end"_qs, u"#date+reported"_qs,
    u"#status"_qs, u"#modality"_qs, u"#beneficiary+type"_qs, u"#targeted+ind"_qs,
    u"#reached+ind"_qs, u"#description"_qs };

struct Generated {
    QList<QStringList> rows; // cells in kTags order
};

// Workspaces: the gazetteer plus deterministic demo organisations and projects, no activities.
Result<std::unique_ptr<Workspace>> freshWorkspace(const QString& path, const Clock& clock)
{
    QFile::remove(path);
    auto ws = Workspace::open(path, clock);
    if (!ws.ok())
        return ws;
    DemoOptions options;
    options.activities = 0;
    options.projects = 10;
    const auto demo = DemoGenerator((*ws)->registry(), options).run();
    if (!demo.ok())
        return demo;
    return ws;
}

Generated generate(Registry& registry, int rows)
{
    QStringList orgs, pcodes;
    for (const Organisation& org : registry.organisations().list())
        orgs << org.acronym;
    for (const AdminUnit& unit : registry.reference().adminUnits(3))
        pcodes << unit.pcode;
    const QList<ActivityType> types = registry.reference().activityTypes();
    QHash<QUuid, QString> sectorCode;
    for (const Sector& s : registry.reference().sectors())
        sectorCode.insert(s.id, s.code);
    static const char* statuses[] = { "ongoing", "completed", "Ongoing", "مكتمل" };
    static const char* modalities[] = { "in kind", "cash", "Service", "قسائم" };
    static const char* groups[] = { "IDPs", "host community", "returnees", "نازحين" };
    QRandomGenerator random(20261101);
    Generated g;
    g.rows.reserve(rows);
    const QDate first(2025, 1, 1);
    for (int i = 0; i < rows; ++i) {
        const ActivityType& type = types.at(random.bounded(int(types.size())));
        const QDate start = first.addDays(random.bounded(600));
        const QDate end = start.addDays(30 + random.bounded(300));
        const int targeted = 50 + random.bounded(5000);
        g.rows << QStringList { orgs.at(random.bounded(int(orgs.size()))),
            sectorCode.value(type.sectorId), type.code,
            pcodes.at(random.bounded(int(pcodes.size()))), QStringLiteral("Site %1").arg(i + 1),
            start.toString(Qt::ISODate), end.toString(Qt::ISODate), start.toString(u"yyyy-MM"_qs),
            QString::fromUtf8(statuses[random.bounded(4)]),
            QString::fromUtf8(modalities[random.bounded(4)]),
            QString::fromUtf8(groups[random.bounded(4)]), QString::number(targeted),
            QString::number(random.bounded(targeted)),
            i % 7 == 0 ? QStringLiteral("توزيع في المخيم، الدفعة %1").arg(i) : QString() };
    }
    return g;
}

Status writeCsv(const Generated& g, const QString& path)
{
    auto sink = TableSink::csv(path);
    TableSink::Layout layout;
    layout.header = { u"Partner"_qs, u"Cluster"_qs, u"Activity"_qs, u"Sub-district"_qs, u"Site"_qs,
        u"Start"_qs, u"End"_qs, u"Month"_qs, u"Status"_qs, u"Modality"_qs, u"Group"_qs,
        u"Targeted"_qs, u"Reached"_qs, u"Comments"_qs };
    layout.tags = kTags;
    Status status = sink->begin(layout);
    for (const QStringList& row : g.rows) {
        if (!status.ok())
            break;
        status = sink->row(row);
    }
    return status.ok() ? sink->finish() : status;
}

// The same rows as activities, resolved by hash lookups: what the baseline writes.
QList<Activity> toActivities(Registry& registry, const Generated& g)
{
    const ReferenceCatalog catalog = ReferenceCatalog::load(registry);
    QList<Activity> activities;
    activities.reserve(g.rows.size());
    for (const QStringList& r : g.rows) {
        Activity a;
        a.implementingOrgId = QUuid::fromString(catalog.findOrganisations(r.at(0)).value(0));
        a.sectorId = QUuid::fromString(catalog.findSectors(r.at(1)).value(0));
        a.activityTypeId
            = QUuid::fromString(catalog.findActivityTypes(r.at(2), a.sectorId).value(0));
        a.adminPcode = r.at(3);
        a.siteName = r.at(4);
        a.startDate = r.at(5);
        a.endDate = r.at(6);
        a.reportingMonth = r.at(7);
        a.status = matchTerm(Vocabulary::Status, r.at(8)).value_or(QString());
        a.modality = matchTerm(Vocabulary::Modality, r.at(9)).value_or(QString());
        a.populationGroup = matchTerm(Vocabulary::PopulationGroup, r.at(10)).value_or(QString());
        a.targeted = r.at(11).toLongLong();
        a.reached = r.at(12).toLongLong();
        a.comments = r.at(13);
        activities << a;
    }
    return activities;
}

double ms(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double cpuMs()
{
    return double(std::clock()) * 1000.0 / CLOCKS_PER_SEC;
}

} // namespace

ImportBenchmarkRun ImportBenchmarkReport::median() const
{
    const auto med = [&](auto get) {
        QList<double> values;
        for (const ImportBenchmarkRun& run : runs)
            values << get(run);
        std::sort(values.begin(), values.end());
        return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
    };
    ImportBenchmarkRun m;
    m.baselineMs = med([](const ImportBenchmarkRun& r) { return r.baselineMs; });
    m.readMs = med([](const ImportBenchmarkRun& r) { return r.readMs; });
    m.planMs = med([](const ImportBenchmarkRun& r) { return r.planMs; });
    m.applyMs = med([](const ImportBenchmarkRun& r) { return r.applyMs; });
    m.baselineCpuMs = med([](const ImportBenchmarkRun& r) { return r.baselineCpuMs; });
    m.importCpuMs = med([](const ImportBenchmarkRun& r) { return r.importCpuMs; });
    return m;
}

Result<ImportBenchmarkReport> runImportBenchmark(const QString& dir, int rows, int repeat,
    const Clock& clock, const std::function<void(const QString&)>& log)
{
    ImportBenchmarkReport report;
    report.rows = rows;
    const QString csvPath = QDir(dir).filePath(u"bench-4w.csv"_qs);
    for (int run = 0; run < repeat; ++run) {
        ImportBenchmarkRun timing;
        // Baseline: the same activities straight through the repository.
        auto base = freshWorkspace(QDir(dir).filePath(u"bench-baseline.db"_qs), clock);
        if (!base.ok())
            return base;
        Registry& baseRegistry = (*base)->registry();
        const Generated generated = generate(baseRegistry, rows);
        if (run == 0) {
            const Status written = writeCsv(generated, csvPath);
            if (!written.ok())
                return written;
            report.fileBytes = QFileInfo(csvPath).size();
        }
        const QList<Activity> activities = toActivities(baseRegistry, generated);
        QElapsedTimer timer;
        timer.start();
        double cpu = cpuMs();
        const Status baseline = inTransaction(baseRegistry.database(), [&]() -> Status {
            for (const Activity& a : activities) {
                const auto created
                    = baseRegistry.activities().create(a, RecordWriter::Audit::Batch);
                if (!created.ok())
                    return created;
            }
            return success();
        });
        if (!baseline.ok())
            return baseline;
        timing.baselineMs = ms(timer);
        timing.baselineCpuMs = cpuMs() - cpu;

        // The import of the same rows from the CSV file.
        auto target = freshWorkspace(QDir(dir).filePath(u"bench-import.db"_qs), clock);
        if (!target.ok())
            return target;
        Registry& registry = (*target)->registry();
        cpu = cpuMs();
        timer.restart();
        auto sheet = SheetReader::readFile(csvPath);
        if (!sheet.ok())
            return sheet;
        timing.readMs = ms(timer);
        timer.restart();
        auto plan = ImportPlanner(registry).plan(*sheet, u"bench-4w.csv"_qs, {});
        if (!plan.ok())
            return plan;
        timing.planMs = ms(timer);
        for (const PlannedRow& row : plan->rows) {
            if (row.action == RowAction::Error)
                return Result<ImportBenchmarkReport>::failure(row.issues);
        }
        if (plan->count(RowAction::Create) != rows) {
            return Issue::error(u"bench-mismatch"_qs, QString(),
                QString::number(plan->count(RowAction::Create)),
                QCoreApplication::translate(
                    "tansiq::interop::ImportBenchmark", "The benchmark plan creates %1 of %2 rows.")
                    .arg(plan->count(RowAction::Create))
                    .arg(rows));
        }
        timer.restart();
        const auto applied = ImportApplier(registry, clock).apply(*plan);
        if (!applied.ok())
            return applied;
        timing.applyMs = ms(timer);
        timing.importCpuMs = cpuMs() - cpu;
        report.runs << timing;
        if (log)
            log(QStringLiteral("run %1: baseline %2 ms (CPU %7); import %3 ms (read %4, plan %5, "
                               "apply %6; CPU %8)")
                    .arg(run + 1)
                    .arg(timing.baselineMs, 0, 'f', 0)
                    .arg(timing.importMs(), 0, 'f', 0)
                    .arg(timing.readMs, 0, 'f', 0)
                    .arg(timing.planMs, 0, 'f', 0)
                    .arg(timing.applyMs, 0, 'f', 0)
                    .arg(timing.baselineCpuMs, 0, 'f', 0)
                    .arg(timing.importCpuMs, 0, 'f', 0));
    }
    return report;
}

} // namespace tansiq::interop
