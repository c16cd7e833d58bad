#include "core/interop/FourWExporter.h"
#include "core/interop/ImportApplier.h"
#include "core/interop/ImportPlanner.h"
#include "core/interop/SheetReader.h"
#include "core/registry/Registry.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "tests/core/interop/InteropTestSupport.h"
#include "tests/support/DatabaseDump.h"

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace tansiq;
using namespace tansiq::interop;
using namespace tansiq::test;

namespace {

QString exportTo(Workspace& ws, const QString& path, bool xlsx, Language language,
    const ExportFilter& filter = {})
{
    auto sink = xlsx ? TableSink::xlsx(path) : TableSink::csv(path);
    const auto summary = FourWExporter(ws.registry()).write(*sink, filter, language);
    EXPECT_TRUE(summary.ok()) << summary.errorText().toStdString();
    return path;
}

int column(const Sheet& sheet, const char* tag)
{
    return int(sheet.rows.at(1).indexOf(QString::fromLatin1(tag)));
}

Result<ImportSummary> applyPlan(Workspace& ws, const ImportPlan& plan)
{
    return ImportApplier(ws.registry(), ws.clock()).apply(plan);
}

qint64 auditEntries(Database& db)
{
    Statement count(db.handle(), "SELECT count(*) FROM audit_log");
    count.step();
    return count.int64(0);
}

} // namespace

class RoundTrip : public ::testing::TestWithParam<bool> { };

TEST_P(RoundTrip, EditedExportUpdatesTheSameRecordAndASecondImportChangesNothing)
{
    const bool xlsx = GetParam();
    TestWorkspace ws;
    fillDemo(*ws, 150);
    // Coordinates and amounts with many digits must come back exactly (text and XLSX numbers).
    Statement pick(
        ws->database().handle(), "SELECT id FROM activity WHERE sensitive = 0 ORDER BY id LIMIT 1");
    ASSERT_EQ(pick.step(), Statement::Step::Row);
    Activity precise = *ws->registry().activities().get(pick.uuid(0));
    precise.latitude = 35.123456789012;
    precise.longitude = 40.1;
    precise.budget = 1234.56;
    precise.comments = QStringLiteral("line one\nline two, with a comma and \"quotes\"");
    ASSERT_TRUE(ws->registry().activities().update(precise).ok());
    const qint64 before = ws->registry().activities().count();
    const QString path = exportTo(*ws, QDir(ws.dir()).filePath(xlsx ? u"4w.xlsx"_qs : u"4w.csv"_qs),
        xlsx, xlsx ? Language::Arabic : Language::English);

    // Unedited, the export imports as "unchanged" for every row.
    const ImportPlan untouched = planPath(*ws, path);
    EXPECT_EQ(untouched.count(RowAction::Unchanged), 150);
    EXPECT_EQ(untouched.count(RowAction::Error), 0);

    // Edit one cell (the comment of the first activity), the way a partner would.
    auto sheet = SheetReader::readFile(path);
    ASSERT_TRUE(sheet.ok());
    Sheet edited = *sheet;
    const int comments = column(edited, "#description");
    const QUuid id = QUuid::fromString(edited.rows[2][column(edited, "#meta+id")]);
    while (edited.rows[2].size() <= comments) // XLSX rows end at their last filled cell
        edited.rows[2].append(QString());
    edited.rows[2][comments] = QStringLiteral("تم التحقق — checked in the field");
    auto plan = ImportPlanner(ws->registry()).plan(edited, QStringLiteral("edited"), {});
    ASSERT_TRUE(plan.ok());
    EXPECT_EQ(plan->count(RowAction::Update), 1);
    EXPECT_EQ(plan->count(RowAction::Unchanged), 149);
    const auto applied = applyPlan(*ws, *plan);
    ASSERT_TRUE(applied.ok()) << applied.errorText().toStdString();
    EXPECT_EQ(applied->updated, 1);
    EXPECT_EQ(applied->created, 0);
    EXPECT_EQ(ws->registry().activities().count(), before);
    EXPECT_EQ(ws->registry().activities().get(id)->comments,
        QStringLiteral("تم التحقق — checked in the field"));

    // The same edited file again: nothing changes, not even the audit trail.
    const QString dump = logicalDump(ws->database());
    auto again = ImportPlanner(ws->registry()).plan(edited, QStringLiteral("edited"), {});
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->count(RowAction::Unchanged), 150);
    ASSERT_TRUE(applyPlan(*ws, *again).ok());
    EXPECT_EQ(logicalDump(ws->database()), dump);
}

INSTANTIATE_TEST_SUITE_P(CsvAndXlsx, RoundTrip, ::testing::Values(false, true),
    [](const auto& info) { return info.param ? "Xlsx" : "Csv"; });

TEST(RoundTripSensitive, ExportStripsSensitiveFieldsAndReimportKeepsThem)
{
    TestWorkspace ws;
    fillDemo(*ws, 200);
    // Give one sensitive activity a site, coordinates and a focal point.
    Statement pick(
        ws->database().handle(), "SELECT id FROM activity WHERE sensitive = 1 ORDER BY id LIMIT 1");
    ASSERT_EQ(pick.step(), Statement::Step::Row);
    Activity secret = *ws->registry().activities().get(pick.uuid(0));
    secret.siteName = QStringLiteral("Safe house 3");
    secret.latitude = 35.3333;
    secret.longitude = 40.15;
    secret.contactName = QStringLiteral("Hala");
    ASSERT_TRUE(ws->registry().activities().update(secret).ok());

    const QString path
        = exportTo(*ws, QDir(ws.dir()).filePath(u"4w.csv"_qs), false, Language::English);
    auto sheet = SheetReader::readFile(path);
    ASSERT_TRUE(sheet.ok());
    const int idColumn = column(*sheet, "#meta+id");
    bool found = false;
    for (const QStringList& row : sheet->rows) {
        if (QUuid::fromString(row.value(idColumn)) != secret.meta.id)
            continue;
        found = true;
        EXPECT_TRUE(row.at(column(*sheet, "#loc+name")).isEmpty());
        EXPECT_TRUE(row.at(column(*sheet, "#geo+lat")).isEmpty());
        EXPECT_TRUE(row.at(column(*sheet, "#contact+name")).isEmpty());
        EXPECT_FALSE(row.at(column(*sheet, "#adm3+code")).isEmpty());
    }
    EXPECT_TRUE(found);

    const QString dump = logicalDump(ws->database());
    const ImportPlan plan = planPath(*ws, path);
    EXPECT_EQ(plan.count(RowAction::Unchanged), 200);
    ASSERT_TRUE(applyPlan(*ws, plan).ok());
    EXPECT_EQ(logicalDump(ws->database()), dump);
    EXPECT_EQ(
        ws->registry().activities().get(secret.meta.id)->siteName, QStringLiteral("Safe house 3"));
}

TEST(Export, FiltersBySectorPlaceOrganisationAndActivePeriod)
{
    TestWorkspace ws;
    fillDemo(*ws, 300);
    const auto countRows = [&](const QStringList& expressions) {
        auto arguments = ExportFilterArguments::parse(expressions);
        EXPECT_TRUE(arguments.ok()) << arguments.errorText().toStdString();
        auto filter = arguments->resolve(ws->registry());
        EXPECT_TRUE(filter.ok()) << filter.errorText().toStdString();
        auto sink = TableSink::csv(QDir(ws.dir()).filePath(u"f.csv"_qs));
        auto summary = FourWExporter(ws->registry()).write(*sink, *filter, Language::English);
        EXPECT_TRUE(summary.ok()) << summary.errorText().toStdString();
        return summary.ok() ? summary->rows : -1;
    };
    const auto countSql = [&](const char* where) {
        Statement q(ws->database().handle(),
            QByteArray(
                "SELECT count(*) FROM activity a JOIN sector s ON s.id = a.sector_id "
                "JOIN organisation o ON o.id = a.implementing_org_id WHERE a.deleted = 0 AND ")
                + where);
        q.step();
        return q.int64(0);
    };
    EXPECT_EQ(countRows({}), 300);
    EXPECT_EQ(countRows({ u"sector=WASH"_qs }), countSql("s.code = 'WASH'"));
    EXPECT_EQ(countRows({ u"place=SY09"_qs }), countSql("a.admin_pcode LIKE 'SY09%'"));
    // Active during October 2026 as docs/measures.md says: open-ended activities while planned
    // or ongoing, and until the end of their reporting month once they stopped.
    EXPECT_EQ(countRows({ u"active=2026-10"_qs }),
        countSql("a.start_date <= '2026-10-31' AND ((a.end_date IS NOT NULL AND a.end_date >= "
                 "'2026-10-01') OR (a.end_date IS NULL AND (a.status IN ('planned','ongoing')"
                 " OR a.reporting_month >= '2026-10')))"));
    Statement org(
        ws->database().handle(), "SELECT acronym FROM organisation ORDER BY acronym LIMIT 1");
    org.step();
    const QString acronym = org.text(0);
    EXPECT_EQ(countRows({ QStringLiteral("org=") + acronym }),
        countSql(QStringLiteral("o.acronym = '%1'").arg(acronym).toUtf8().constData()));
    EXPECT_GT(countRows({ u"sector=WASH"_qs }), 0);
    EXPECT_EQ(countRows({ u"sector=NOPE"_qs }), 0);
    EXPECT_FALSE(ExportFilterArguments::parse({ u"active=2026-13"_qs }).ok());
    EXPECT_FALSE(ExportFilterArguments::parse({ u"colour=red"_qs }).ok());
}

TEST(Import, PlanOnlyAuditsWhenApplied)
{
    TestWorkspace ws;
    fillDemo(*ws, 20);
    const qint64 audits = auditEntries(ws->database());
    const QString path
        = exportTo(*ws, QDir(ws.dir()).filePath(u"4w.csv"_qs), false, Language::English);
    planPath(*ws, path);
    EXPECT_EQ(auditEntries(ws->database()), audits);
}

#include "core/bench/ImportBenchmark.h"

TEST(ImportBenchmark, SmallRunImportsEveryGeneratedRow)
{
    QTemporaryDir dir;
    FixedClock clock(1793491200000);
    const auto report = runImportBenchmark(dir.path(), 300, 1, clock);
    ASSERT_TRUE(report.ok()) << report.errorText().toStdString(); // it checks 300 rows were created
    EXPECT_EQ(report->runs.size(), 1);
    EXPECT_GT(report->fileBytes, 300 * 50);
}

TEST(RoundTripHeaders, ExportWhoseTagRowWasDeletedMapsItselfFromTheHeaders)
{
    TestWorkspace ws;
    fillDemo(*ws, 60);
    for (const Language language : { Language::Arabic, Language::English }) {
        const QString path = exportTo(*ws, QDir(ws.dir()).filePath(u"h.csv"_qs), false, language);
        auto sheet = SheetReader::readFile(path);
        ASSERT_TRUE(sheet.ok());
        Sheet withoutTags = *sheet;
        withoutTags.rows.removeAt(1); // a partner deleted the "strange #row"
        auto plan = ImportPlanner(ws->registry()).plan(withoutTags, u"h.csv"_qs, {});
        ASSERT_TRUE(plan.ok()) << plan.errorText().toStdString();
        EXPECT_EQ(plan->layout.tagRow, -1);
        EXPECT_EQ(plan->layout.headerRow, 0);
        EXPECT_EQ(plan->count(RowAction::Unchanged), 60);
        EXPECT_EQ(plan->count(RowAction::Error), 0);
    }
}
