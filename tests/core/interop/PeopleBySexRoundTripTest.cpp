// People by sex and age in 4W files (issue 14 item 1, issue 15 item 4, decision 0064): the six
// targeted and six reached cells in any attribute order, all-ages-by-sex columns, stored and
// written back out; an export imported again gives the same figures.

#include "core/interop/FourWExporter.h"
#include "core/interop/ImportApplier.h"
#include "core/interop/ImportPlanner.h"
#include "core/interop/TableSink.h"
#include "core/registry/PeopleBreakdown.h"
#include "core/registry/Registry.h"
#include "core/storage/Database.h"
#include "tests/core/interop/InteropTestSupport.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace tansiq;
using namespace tansiq::interop;
using namespace tansiq::test;

namespace {

struct PeopleBySex : ::testing::Test {
    PeopleBySex() { addPartners(*ws); }

    ImportPlan planText(const QByteArray& csv)
    {
        return planPath(*ws, writeFile(ws.dir(), QStringLiteral("people.csv"), csv));
    }
    Result<ImportSummary> apply(const ImportPlan& plan)
    {
        return ImportApplier(ws->registry(), ws.clock()).apply(plan, {}, nullptr);
    }
    QList<Activity> activities()
    {
        QList<Activity> list;
        Statement ids(
            ws->database().handle(), "SELECT id FROM activity WHERE deleted = 0 ORDER BY rowid");
        while (ids.step() == Statement::Step::Row)
            list << *ws->registry().activities().get(ids.uuid(0));
        return list;
    }

    TestWorkspace ws;
};

} // namespace

TEST_F(PeopleBySex, TargetedAndReachedCellsAreReadInAnyOrderAndStored)
{
    // Attributes in partners' orders, with and without +ind; no totals: they are derived.
    const ImportPlan plan = planText(
        "#org+impl+id,#sector+code,#adm3+code,#date+start,#date+reported,"
        "#targeted+children+f,#targeted+m+children+ind,#targeted+adults+f,#targeted+ind+m+adult,"
        "#targeted+elderly+f,#targeted+m+elderly,"
        "#reached+f+children,#reached+children+m,#reached+ind+f+adults,#reached+m+adults,"
        "#reached+elderly+ind+f,#reached+m+elderly\r\n"
        "SARC,HLT,SY090301,2026-09-01,2026-09,300,280,250,120,30,20,200,190,150,90,25,15\r\n");
    ASSERT_TRUE(plan.canApply()) << issueCodes(plan).join(u' ').toStdString();
    EXPECT_TRUE(plan.layout.ignored.isEmpty()) << plan.layout.ignored.join(u' ').toStdString();
    ASSERT_TRUE(apply(plan).ok());
    const QList<Activity> stored = activities();
    ASSERT_EQ(stored.size(), 1);
    const Activity& a = stored.first();
    EXPECT_EQ(people::targetedCells(a), (people::Cells { 300, 280, 250, 120, 30, 20 }));
    EXPECT_EQ(people::reachedCells(a), (people::Cells { 200, 190, 150, 90, 25, 15 }));
    EXPECT_EQ(a.targeted, 1000);
    EXPECT_EQ(a.reached, 670);
}

TEST_F(PeopleBySex, AllAgesBySexGivesTheTotalAndADisagreementIsARowWarning)
{
    const ImportPlan plan
        = planText("#org+impl+id,#sector+code,#adm3+code,#date+start,#date+reported,#targeted+ind,"
                   "#targeted+f,#targeted+m,#reached+f,#reached+m,#targeted+f+adults\r\n"
                   "SARC,HLT,SY090301,2026-09-01,2026-09,,600,400,300,200,\r\n"
                   "SARC,WASH,SY090301,2026-09-01,2026-09,900,600,400,,,\r\n"
                   "SARC,FSL,SY090301,2026-09-01,2026-09,50,,,,,80\r\n");
    ASSERT_TRUE(plan.canApply()) << issueCodes(plan).join(u' ').toStdString();
    ASSERT_EQ(plan.rows.size(), 3);
    EXPECT_EQ(plan.rows.at(0).activity.targeted, 1000); // 600 + 400
    EXPECT_EQ(plan.rows.at(0).activity.reached, 500); // 300 + 200
    EXPECT_EQ(plan.rows.at(1).activity.targeted, 900); // the total written stands...
    EXPECT_EQ(plan.rows.at(2).activity.targeted, 50);
    EXPECT_EQ(plan.rows.at(2).activity.targetedWomen, 80);
    const QStringList warnings = issueCodes(plan, false);
    EXPECT_TRUE(warnings.contains(u"3:breakdown-disagrees"_qs))
        << warnings.join(u' ').toStdString(); // ...warned
    EXPECT_TRUE(warnings.contains(u"4:breakdown-disagrees"_qs))
        << warnings.join(u' ').toStdString(); // 80 > 50
    EXPECT_FALSE(warnings.contains(u"2:breakdown-disagrees"_qs));
}

TEST_F(PeopleBySex, AnExportImportedAgainRestoresEveryCell)
{
    const ImportPlan first = planText(
        "#org+impl+id,#sector+code,#adm3+code,#date+start,#date+reported,"
        "#targeted+f+children,#targeted+m+children,#targeted+f+adults,#targeted+m+adults,"
        "#targeted+f+elderly,#targeted+m+elderly,#reached+f+children,#reached+m+children,"
        "#reached+f+adults,#reached+m+adults,#reached+f+elderly,#reached+m+elderly\r\n"
        "SARC,HLT,SY090301,2026-09-01,2026-09,300,280,250,120,30,20,200,190,150,90,25,15\r\n");
    ASSERT_TRUE(apply(first).ok());
    const Activity original = activities().first();

    const QString path = QDir(ws.dir()).filePath(QStringLiteral("out.csv"));
    auto sink = TableSink::csv(path);
    ASSERT_TRUE(FourWExporter(ws->registry()).write(*sink, ExportFilter {}, Language::Arabic).ok());
    sink.reset();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_qs);
    const QStringList tags = lines.at(1).split(u',');
    for (const char* tag : { "#targeted+f+children", "#targeted+m+elderly", "#targeted+f",
             "#targeted+m", "#reached+f+adults", "#reached+f", "#reached+m" })
        EXPECT_TRUE(tags.contains(QLatin1String(tag))) << tag;
    const QStringList cells = lines.at(2).split(u',');
    EXPECT_EQ(cells.value(int(tags.indexOf(u"#targeted+f"_qs))), u"580"_qs); // 300 + 250 + 30
    EXPECT_EQ(cells.value(int(tags.indexOf(u"#targeted+m"_qs))), u"420"_qs); // 280 + 120 + 20

    // Someone changes the figures in Tansiq; the exported file brings them back.
    Activity changed = original;
    people::setTargetedCells(changed, { 1, 1, 1, 1, 1, 1 });
    people::setReachedCells(changed, { 2, 2, 2, 2, 2, 2 });
    changed.targeted.reset();
    changed.reached.reset();
    ASSERT_TRUE(ws->registry().activities().update(changed).ok());
    file.close();
    const ImportPlan again = planPath(*ws, path);
    ASSERT_TRUE(again.canApply()) << issueCodes(again).join(u' ').toStdString();
    EXPECT_EQ(again.count(RowAction::Update), 1);
    ASSERT_TRUE(apply(again).ok());
    const Activity restored = *ws->registry().activities().get(original.meta.id);
    EXPECT_EQ(people::targetedCells(restored), people::targetedCells(original));
    EXPECT_EQ(people::reachedCells(restored), people::reachedCells(original));
    EXPECT_EQ(restored.targeted, original.targeted);
    EXPECT_EQ(restored.reached, original.reached);
}
