// Files shaped like the ones partners send (tests/fixtures/interop/make_fixtures.py).

#include "core/interop/ImportApplier.h"
#include "core/interop/ImportPlanner.h"
#include "core/registry/Registry.h"
#include "tests/core/interop/InteropTestSupport.h"
#include "tests/support/DatabaseDump.h"

#include <gtest/gtest.h>

using namespace tansiq;
using namespace tansiq::interop;
using namespace tansiq::test;

namespace {

const Activity& rowActivity(const ImportPlan& plan, int fileRow)
{
    for (const PlannedRow& row : plan.rows) {
        if (row.row == fileRow)
            return row.activity;
    }
    static const Activity none;
    ADD_FAILURE() << "no row " << fileRow;
    return none;
}

QString orgAcronym(Workspace& ws, const QUuid& id)
{
    const auto org = ws.registry().organisations().get(id);
    return org ? org->acronym : QString();
}

struct Partners : ::testing::Test {
    Partners() { addPartners(*ws); }
    ImportSummary applyOk(const ImportPlan& plan)
    {
        const auto summary = ImportApplier(ws->registry(), ws.clock()).apply(plan);
        EXPECT_TRUE(summary.ok()) << summary.errorText().toStdString();
        return summary.ok() ? *summary : ImportSummary {};
    }
    TestWorkspace ws;
};

} // namespace

TEST_F(Partners, ArabicHeadersOverAnHxlRowWithTagVariants)
{
    const ImportPlan plan = planFixture(*ws, u"arabic_headers_hxl.csv"_qs);
    EXPECT_EQ(plan.layout.tagRow, 1);
    EXPECT_EQ(plan.count(RowAction::Create), 4);
    EXPECT_EQ(plan.count(RowAction::Error), 0) << issueCodes(plan).join(u' ').toStdString();
    EXPECT_EQ(plan.layout.ignored, QStringList { u"#population+total"_qs });

    const Activity& first = rowActivity(plan, 3);
    EXPECT_EQ(orgAcronym(*ws, first.implementingOrgId), u"SARC"_qs);
    EXPECT_EQ(first.adminPcode, u"SY090301"_qs);
    EXPECT_EQ(first.status, u"ongoing"_qs); // جاري
    EXPECT_EQ(first.populationGroup, u"idp"_qs); // نازحين
    EXPECT_EQ(first.reachedWomen, 1200); // #reached+adult+f
    EXPECT_EQ(first.reachedMen, 1100); // #reached+m+adult
    EXPECT_EQ(first.reached, 2300); // derived from the breakdown
    const Activity& arabicDigits = rowActivity(plan, 5);
    EXPECT_EQ(arabicDigits.targeted, 400); // ٤٠٠
    EXPECT_EQ(arabicDigits.status, u"completed"_qs);
    const Activity& dayFirst = rowActivity(plan, 6);
    EXPECT_EQ(dayFirst.startDate, u"2026-10-01"_qs); // 01/10/2026
    EXPECT_EQ(dayFirst.reportingMonth, u"2026-10"_qs); // 10/2026
    EXPECT_EQ(dayFirst.targeted, 1200); // 1,200

    EXPECT_EQ(applyOk(plan).created, 4);
    EXPECT_EQ(ws->registry().activities().count(), 4);
}

TEST_F(Partners, TwoHeaderRowsUnderATitleAndAnEmptyRow)
{
    const ImportPlan plan = planFixture(*ws, u"two_header_rows.csv"_qs);
    EXPECT_EQ(plan.layout.tagRow, 4);
    EXPECT_EQ(plan.count(RowAction::Create), 3);
    EXPECT_EQ(plan.count(RowAction::Error), 0) << issueCodes(plan).join(u' ').toStdString();
    EXPECT_EQ(rowActivity(plan, 6).reached, 250);
}

TEST_F(Partners, Windows1256FileMatchedByArabicNames)
{
    const ImportPlan plan = planFixture(*ws, u"windows1256.csv"_qs);
    EXPECT_TRUE(plan.description.contains(u"Windows-1256"_qs)) << plan.description.toStdString();
    EXPECT_EQ(plan.count(RowAction::Create), 3);
    EXPECT_EQ(plan.count(RowAction::Error), 0) << issueCodes(plan).join(u' ').toStdString();
    EXPECT_EQ(rowActivity(plan, 3).adminPcode, u"SY090301"_qs);
    EXPECT_EQ(rowActivity(plan, 4).adminPcode, u"SY140001"_qs);
    EXPECT_EQ(rowActivity(plan, 5).adminPcode, u"SY140002"_qs);
    EXPECT_EQ(orgAcronym(*ws, rowActivity(plan, 4).implementingOrgId), u"JSR"_qs);
}

TEST_F(Partners, ExcelUnicodeTextIsUtf16TabSeparated)
{
    const ImportPlan plan = planFixture(*ws, u"utf16_unicode_text.txt"_qs);
    EXPECT_TRUE(plan.description.contains(u"UTF-16LE"_qs)) << plan.description.toStdString();
    EXPECT_TRUE(plan.description.contains(u"tab"_qs));
    EXPECT_EQ(plan.count(RowAction::Create), 3);
    EXPECT_EQ(plan.count(RowAction::Error), 0) << issueCodes(plan).join(u' ').toStdString();
    EXPECT_EQ(rowActivity(plan, 3).comments, u"صهاريج مياه"_qs);
}

TEST_F(Partners, SemicolonSeparatedWithSpacedThousands)
{
    const ImportPlan plan = planFixture(*ws, u"semicolon.csv"_qs);
    EXPECT_TRUE(plan.description.contains(u"“;”"_qs)) << plan.description.toStdString();
    EXPECT_EQ(plan.count(RowAction::Create), 3);
    EXPECT_EQ(plan.count(RowAction::Error), 0) << issueCodes(plan).join(u' ').toStdString();
    EXPECT_EQ(rowActivity(plan, 2).targeted, 1500);
    EXPECT_EQ(rowActivity(plan, 2).budget, 25000.0);
    EXPECT_EQ(rowActivity(plan, 2).comments, u"Food; bread"_qs);
}

TEST_F(Partners, QuotedCellsKeepTheirLineBreaks)
{
    const ImportPlan plan = planFixture(*ws, u"multiline_cell.csv"_qs);
    EXPECT_EQ(plan.count(RowAction::Create), 2);
    EXPECT_EQ(plan.count(RowAction::Error), 0) << issueCodes(plan).join(u' ').toStdString();
    EXPECT_EQ(
        rowActivity(plan, 2).comments, u"First visit: 60\nSecond visit: 90\n\"mobile\" team"_qs);
    EXPECT_EQ(rowActivity(plan, 3).comments, u"سطر أول\r\nسطر ثان"_qs);
}

TEST_F(Partners, FileWithoutPcodesIsMatchedByNames)
{
    const ImportPlan plan = planFixture(*ws, u"names_only.csv"_qs);
    EXPECT_EQ(plan.count(RowAction::Create), 4);
    EXPECT_EQ(plan.count(RowAction::Error), 0) << issueCodes(plan).join(u' ').toStdString();
    EXPECT_EQ(rowActivity(plan, 2).adminPcode, u"SY090301"_qs); // Deir ez-Zor / Mayadin / THIBAN
    EXPECT_EQ(rowActivity(plan, 3).adminPcode, u"SY140001"_qs); // خان ارنبة without hamza
    EXPECT_EQ(rowActivity(plan, 4).adminPcode, u"SY010000"_qs); // Damascus under Damascus
    EXPECT_EQ(rowActivity(plan, 5).adminPcode, u"SY090302"_qs); // العشاره with ه
    EXPECT_EQ(orgAcronym(*ws, rowActivity(plan, 2).implementingOrgId), u"SARC"_qs);
    EXPECT_EQ(orgAcronym(*ws, rowActivity(plan, 3).implementingOrgId), u"JSR"_qs);
}

TEST_F(Partners, UnknownPlacesAndOrganisationsAreReportedWithSuggestionsAndNothingIsWritten)
{
    const ImportPlan plan = planFixture(*ws, u"unknown_places.csv"_qs);
    EXPECT_EQ(plan.count(RowAction::Create), 2);
    EXPECT_EQ(plan.count(RowAction::Error), 3);
    EXPECT_EQ(issueCodes(plan),
        (QStringList {
            u"3:unmatched-place"_qs, u"4:unmatched-place"_qs, u"5:unmatched-organisation"_qs }));
    ASSERT_EQ(plan.unmatched.size(), 3);
    EXPECT_EQ(plan.unmatched.at(0).value, u"SY099999"_qs);
    EXPECT_EQ(plan.unmatched.at(1).value, u"Thibann"_qs);
    EXPECT_TRUE(plan.unmatched.at(1).suggestions.value(0).startsWith(u"Thiban"_qs))
        << plan.unmatched.at(1).suggestions.join(u';').toStdString();
    EXPECT_EQ(plan.unmatched.at(2).value, u"SARCC"_qs);
    EXPECT_TRUE(plan.unmatched.at(2).suggestions.value(0).contains(u"(SARC)"_qs));

    const QString dump = logicalDump(ws->database());
    const auto applied = ImportApplier(ws->registry(), ws.clock()).apply(plan);
    EXPECT_FALSE(applied.ok());
    EXPECT_EQ(logicalDump(ws->database()), dump);
}

TEST_F(Partners, XlsxWithMergedTitleEmptyRowSharedInlineStringsAndDateSerials)
{
    const ImportPlan plan = planFixture(*ws, u"merged_leading_rows.xlsx"_qs);
    EXPECT_EQ(plan.layout.tagRow, 3);
    EXPECT_EQ(plan.count(RowAction::Create), 3);
    EXPECT_EQ(plan.count(RowAction::Blank), 1); // row 7, absent from the sheet XML
    EXPECT_EQ(plan.count(RowAction::Error), 0) << issueCodes(plan).join(u' ').toStdString();
    const Activity& rich = rowActivity(plan, 5);
    EXPECT_EQ(orgAcronym(*ws, rich.implementingOrgId), u"SARC"_qs); // rich-text runs joined
    EXPECT_EQ(rich.startDate, u"2026-10-01"_qs); // serial 46296, dd/mm/yyyy
    EXPECT_EQ(rich.endDate, u"2026-12-31"_qs);
    EXPECT_EQ(rich.reached, 1250);
    EXPECT_EQ(rich.budget, 15000.5);
    EXPECT_EQ(orgAcronym(*ws, rowActivity(plan, 6).implementingOrgId), u"JSR"_qs); // inline string
    EXPECT_EQ(rowActivity(plan, 8).startDate, u"2026-09-01"_qs);
}

TEST_F(Partners, FileWithoutTagRowIsMappedOnceAndRememberedForThePartner)
{
    // Without a mapping the file cannot be read, and the message lists its headers.
    interop::ImportPlanner planner(ws->registry());
    const auto refused = planner.planFile(fixturePath(u"interop/no_tag_row.csv"_qs), {});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.issues().first().code, u"no-tag-row"_qs);
    EXPECT_TRUE(refused.errorText().contains(u"Subdistrict code"_qs));

    QFile mappingFile(fixturePath(u"interop/no_tag_row.mapping"_qs));
    ASSERT_TRUE(mappingFile.open(QIODevice::ReadOnly));
    auto mapping
        = parseColumnMapping(QString::fromUtf8(mappingFile.readAll()), u"no_tag_row.mapping"_qs);
    ASSERT_TRUE(mapping.ok()) << mapping.errorText().toStdString();
    ImportOptions options;
    options.partner = u"JSR"_qs;
    options.mapping = *mapping;
    const auto plan = planner.planFile(fixturePath(u"interop/no_tag_row.csv"_qs), options);
    ASSERT_TRUE(plan.ok()) << plan.errorText().toStdString();
    EXPECT_EQ(plan->layout.headerRow, 1);
    EXPECT_EQ(plan->count(RowAction::Create), 2);
    EXPECT_EQ(orgAcronym(*ws, rowActivity(*plan, 3).implementingOrgId), u"JSR"_qs); // the partner
    EXPECT_EQ(applyOk(*plan).created, 2);
    // The same file with the same mapping again: nothing changes (records nor mapping).
    const QString dump = logicalDump(ws->database());
    const auto again = planner.planFile(fixturePath(u"interop/no_tag_row.csv"_qs), options);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->count(RowAction::Unchanged), 2);
    applyOk(*again);
    EXPECT_EQ(logicalDump(ws->database()), dump);

    // Next month's file from the same partner maps itself.
    QFile october(fixturePath(u"interop/no_tag_row.csv"_qs));
    ASSERT_TRUE(october.open(QIODevice::ReadOnly));
    const QString path
        = writeFile(ws.dir(), u"november.csv"_qs, october.readAll().replace("2026-10", "2026-11"));
    const ImportPlan november = planPath(*ws, path, u"JSR"_qs);
    EXPECT_EQ(november.count(RowAction::Create), 2);
    EXPECT_EQ(november.count(RowAction::Error), 0) << issueCodes(november).join(u' ').toStdString();
    // Another partner has no such mapping.
    EXPECT_FALSE(planner.planFile(path, { u"SARC"_qs, {} }).ok());
}

TEST_F(Partners, ReimportingAFileWithoutIdsFindsTheSameRecords)
{
    const ImportPlan first = planFixture(*ws, u"semicolon.csv"_qs);
    EXPECT_EQ(applyOk(first).created, 3);
    const QString dump = logicalDump(ws->database());
    const ImportPlan second = planFixture(*ws, u"semicolon.csv"_qs);
    EXPECT_EQ(second.count(RowAction::Unchanged), 3);
    applyOk(second);
    EXPECT_EQ(logicalDump(ws->database()), dump);
}

#include "core/interop/ImportPlanModel.h"

TEST_F(Partners, PlanModelListsRowsWithTheirProblemsForReview)
{
    ImportPlanModel model;
    model.setPlan(planFixture(*ws, u"unknown_places.csv"_qs));
    ASSERT_EQ(model.rowCount(), 5);
    int withErrors = 0;
    for (int r = 0; r < model.rowCount(); ++r)
        withErrors
            += model.data(model.index(r, 0), ImportPlanModel::SeverityRole).toInt() == 2 ? 1 : 0;
    EXPECT_EQ(withErrors, 3);
    EXPECT_EQ(model.data(model.index(2, ImportPlanModel::RowColumn), Qt::DisplayRole).toInt(), 4);
    EXPECT_TRUE(model.data(model.index(2, ImportPlanModel::IssuesColumn), Qt::DisplayRole)
                    .toString()
                    .contains(u"Thibann"_qs));

    model.setPlan(planFixture(*ws, u"merged_leading_rows.xlsx"_qs));
    EXPECT_EQ(model.rowCount(), 3); // the blank row is not shown
}

TEST_F(Partners, CancelledApplyWritesNothingAndProgressIsReported)
{
    const ImportPlan plan = planFixture(*ws, u"arabic_headers_hxl.csv"_qs);
    ASSERT_EQ(plan.count(RowAction::Create), 4);
    const QString dump = logicalDump(ws->database());
    std::atomic_bool cancel = true;
    const auto cancelled = ImportApplier(ws->registry(), ws.clock()).apply(plan, {}, &cancel);
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.issues().first().code, u"cancelled"_qs);
    EXPECT_EQ(logicalDump(ws->database()), dump);

    qint64 lastDone = -1, lastTotal = -1;
    cancel = false;
    const auto applied = ImportApplier(ws->registry(), ws.clock())
                             .apply(
                                 plan,
                                 [&](qint64 done, qint64 total) {
                                     lastDone = done;
                                     lastTotal = total;
                                 },
                                 &cancel);
    ASSERT_TRUE(applied.ok());
    EXPECT_EQ(lastDone, 4);
    EXPECT_EQ(lastTotal, 4);
}

TEST_F(Partners, TheSameActivityTwiceInOneFileIsAnError)
{
    const QByteArray csv
        = "#org+impl+id,#sector+cluster+code,#adm3+code,#date+start,#date+reported,#reached+ind\r\n"
          "SARC,HLT,SY090301,2026-10-01,2026-10,10\r\n"
          "JSR,HLT,SY090301,2026-10-01,2026-10,10\r\n"
          "sarc,Health,sy090301,01/10/2026,10/2026,12\r\n";
    const ImportPlan plan = planPath(*ws, writeFile(ws.dir(), u"twice.csv"_qs, csv));
    EXPECT_EQ(plan.count(RowAction::Create), 2);
    EXPECT_EQ(issueCodes(plan), QStringList { u"4:duplicate-row"_qs });
}
