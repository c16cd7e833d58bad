#include "core/browse/DashboardQuery.h"
#include "core/browse/PlaceMeasures.h"
#include "core/common/Text.h"
#include "core/registry/Registry.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "tests/ui/GuiFixture.h"
#include "ui/common/SnapshotService.h"
#include "ui/common/UiContext.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/registry/ActivitiesPage.h"
#include "ui/registry/ActivityTableModel.h"
#include "ui/registry/OrganisationModel.h"
#include "ui/registry/OrganisationsPage.h"
#include "ui/shell/MainWindow.h"

#include <QAbstractItemModelTester>

namespace tansiq::test {

using ModelsTest = GuiFixture;

TEST_F(ModelsTest, ModelsPassTheQtModelTester)
{
    auto* activities
        = static_cast<ui::ActivitiesPage*>(window().page(QStringLiteral("activities")));
    QAbstractItemModelTester activityTester(
        activities->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    activities->model()->sort(ui::ActivityTableModel::Reached, Qt::AscendingOrder);
    waitFor(*activities->model());
    EXPECT_GT(activities->model()->rowCount(), 0);
    auto* organisations
        = static_cast<ui::OrganisationsPage*>(window().page(QStringLiteral("organisations")));
    QAbstractItemModelTester organisationTester(
        organisations->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    organisations->refresh();
    EXPECT_GT(organisations->model()->rowCount(), 0);
}

TEST_F(ModelsTest, ActivitySearchMatchesArabicPlaceNamesWithoutDiacritics)
{
    ui::ActivityTableModel model(workspace().registry(), session().context().snapshots, display());
    ActivityFilter filter;
    filter.search = QStringLiteral("دَيْر الزُّور");
    model.setFilter(filter);
    waitFor(model);
    ASSERT_GT(model.rowCount(), 0);
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_TRUE(model.rowAt(row)->pcode.startsWith(QStringLiteral("SY09"))) << row;
    const int deirEzZor = model.rowCount();
    filter.search.clear();
    filter.placePcode = QStringLiteral("SY09");
    model.setFilter(filter);
    waitFor(model);
    EXPECT_EQ(model.rowCount(), deirEzZor);
}

TEST_F(ModelsTest, SortingByReachedOrdersTheWholeTable)
{
    ui::ActivityTableModel model(workspace().registry(), session().context().snapshots, display());
    model.sort(ui::ActivityTableModel::Reached, Qt::DescendingOrder);
    waitFor(model);
    ASSERT_GT(model.rowCount(), 100);
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < model.rowCount(); ++row) {
        // The table sorts on the snapshot, which counts an empty figure as zero.
        const qint64 reached = model.rowAt(row)->reached.value_or(0);
        EXPECT_LE(reached, previous) << row;
        previous = reached;
    }
}

TEST_F(ModelsTest, DashboardFiguresAgreeWithTheTableForTheSameFilter)
{
    ActivityFilter filter;
    filter.placePcode = QStringLiteral("SY09");
    filter.monthFrom = QStringLiteral("2026-01");
    const DashboardData data = DashboardQuery::collect(workspace().database(), filter);
    ui::ActivityTableModel table(workspace().registry(), session().context().snapshots, display());
    table.setFilter(filter);
    waitFor(table);
    const qsizetype rows = table.rowCount();
    ASSERT_GT(rows, 0);
    EXPECT_EQ(data.figures.activities, rows);
    qint64 bySector = 0, byMonth = 0, reached = 0;
    for (const Breakdown& b : data.bySector) {
        bySector += b.activities;
        reached += b.reached;
    }
    for (const Breakdown& b : data.byMonth) {
        byMonth += b.activities;
        EXPECT_GE(b.key, filter.monthFrom);
    }
    EXPECT_EQ(bySector, rows);
    EXPECT_EQ(byMonth, rows);
    EXPECT_EQ(reached, data.figures.reached);
    for (qsizetype i = 1; i < data.bySector.size(); ++i)
        EXPECT_GE(data.bySector.at(i - 1).reached, data.bySector.at(i).reached);

    // The page shows the figures of the whole period, grouped and in the chosen digits.
    auto* page = static_cast<ui::DashboardPage*>(window().page(QStringLiteral("dashboard")));
    EXPECT_GT(page->data().figures.activities, 0);
}

TEST_F(ModelsTest, DashboardMonthsAreEveryReportingMonthOnceInOrder)
{
    // The month lists of the dashboard and the map seek the index month by month; they must
    // give what a plain DISTINCT gives, deleted activities' months included as before.
    Statement all(workspace().database().handle(),
        "SELECT DISTINCT reporting_month FROM activity ORDER BY reporting_month");
    QStringList expected;
    while (all.step() == Statement::Step::Row)
        expected << all.text(0);
    ASSERT_GT(expected.size(), 6);
    EXPECT_EQ(DashboardQuery::months(workspace().database()), expected);
}

TEST_F(ModelsTest, MapMeasuresAddUpAcrossLevels)
{
    const qint64 total = DashboardQuery::collect(workspace().database(), {}).figures.activities;
    for (int level = 1; level <= 3; ++level) {
        const QHash<QString, double> counts
            = PlaceMeasures::compute(workspace().database(), level, PlaceMeasure::Activities, {});
        double sum = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            EXPECT_EQ(it.key().size(), 2 + 2 * level) << it.key().toStdString();
            sum += it.value();
        }
        if (level == 1)
            EXPECT_EQ(qint64(sum), total); // every activity lies in a governorate
        else
            EXPECT_LE(qint64(sum), total); // activities recorded at a coarser level drop out
    }
    const QHash<QString, double> severity
        = PlaceMeasures::compute(workspace().database(), 1, PlaceMeasure::Severity, {});
    ASSERT_FALSE(severity.isEmpty());
    for (const double value : severity)
        EXPECT_TRUE(value >= 1 && value <= 5) << value;
}

} // namespace tansiq::test
