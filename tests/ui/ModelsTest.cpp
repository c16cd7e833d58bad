#include "core/browse/DashboardFigures.h"
#include "core/browse/PlaceMeasures.h"
#include "core/common/Text.h"
#include "core/engine/GapAnalysis.h"
#include "core/engine/Snapshot.h"
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
#include "ui/registry/RecordEdits.h"
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
    settle();
    const auto snapshot = session().context().snapshots.current();
    ASSERT_TRUE(snapshot);
    const DashboardData data = DashboardFigures::collect(*snapshot, filter);
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
    // The month lists of the dashboard and the map: each month of a live activity once, in
    // order; a month left only by deleted activities is not offered.
    Statement last(workspace().database().handle(),
        "SELECT reporting_month FROM activity WHERE deleted = 0 ORDER BY reporting_month DESC"
        " LIMIT 1");
    ASSERT_EQ(last.step(), Statement::Step::Row);
    const QString newest = last.text(0);
    Statement there(workspace().database().handle(),
        "SELECT id FROM activity WHERE deleted = 0 AND reporting_month = ?");
    there.bind(1, newest);
    QList<QUuid> ids;
    while (there.step() == Statement::Step::Row)
        ids << there.uuid(0);
    ASSERT_FALSE(ids.isEmpty());
    for (const QUuid& id : ids)
        ASSERT_TRUE(session().context().edits.removeActivity(id).ok());
    settle();
    Statement all(workspace().database().handle(),
        "SELECT DISTINCT reporting_month FROM activity WHERE deleted = 0"
        " ORDER BY reporting_month");
    QStringList expected;
    while (all.step() == Statement::Step::Row)
        expected << all.text(0);
    ASSERT_GT(expected.size(), 6);
    ASSERT_FALSE(expected.contains(newest));
    const auto snapshot = session().context().snapshots.current();
    ASSERT_TRUE(snapshot);
    EXPECT_EQ(snapshot->reportingMonths(), expected);
    auto* page = static_cast<ui::DashboardPage*>(window().page(QStringLiteral("dashboard")));
    EXPECT_EQ(page->months(), expected);
}

TEST_F(ModelsTest, MapMeasuresAddUpAcrossLevels)
{
    settle();
    const auto snapshot = session().context().snapshots.current();
    ASSERT_TRUE(snapshot);
    const engine::Snapshot& s = *snapshot;
    const qint64 total = DashboardFigures::collect(s, {}).figures.activities;
    for (int level = 1; level <= 3; ++level) {
        const QHash<QString, double> counts
            = PlaceMeasures::compute(s, level, PlaceMeasure::Activities, {});
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
    // Severity on the map is what the gaps page says of the place: the worst of its sectors.
    const QHash<QString, double> severity
        = PlaceMeasures::compute(s, 1, PlaceMeasure::Severity, {});
    ASSERT_FALSE(severity.isEmpty());
    engine::GapQuery query;
    query.level = 1;
    QHash<QString, double> worst;
    for (const engine::GapRow& row : engine::GapAnalysis(s).run(query))
        if (row.severity > 0)
            worst[s.places.at(row.place).pcode]
                = std::max(worst.value(s.places.at(row.place).pcode), double(row.severity));
    EXPECT_EQ(severity, worst);
    for (const double value : severity)
        EXPECT_TRUE(value >= 1 && value <= 5) << value;
}

} // namespace tansiq::test
