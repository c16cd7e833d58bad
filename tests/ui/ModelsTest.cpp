#include "GuiFixture.h"

#include "common/Text.h"
#include "registry/Registry.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "ui/registry/ActivitiesPage.h"
#include "ui/registry/ActivityTableModel.h"
#include "ui/registry/OrganisationModel.h"
#include "ui/registry/OrganisationsPage.h"

#include <QAbstractItemModelTester>

namespace tansiq::test {

using ModelsTest = GuiFixture;

TEST_F(ModelsTest, ModelsPassTheQtModelTester)
{
    auto* activities = static_cast<ui::ActivitiesPage*>(window().page(QStringLiteral("activities")));
    QAbstractItemModelTester activityTester(activities->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    activities->model()->sort(ui::ActivityTableModel::Reached, Qt::AscendingOrder);
    waitFor(*activities->model());
    EXPECT_GT(activities->model()->rowCount(), 0);
    auto* organisations = static_cast<ui::OrganisationsPage*>(window().page(QStringLiteral("organisations")));
    QAbstractItemModelTester organisationTester(organisations->model(),
                                                QAbstractItemModelTester::FailureReportingMode::Fatal);
    organisations->refresh();
    EXPECT_GT(organisations->model()->rowCount(), 0);
}

TEST_F(ModelsTest, ActivitySearchMatchesArabicPlaceNamesWithoutDiacritics)
{
    ui::ActivityTableModel model(workspace().database(), display());
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
    ui::ActivityTableModel model(workspace().database(), display());
    model.sort(ui::ActivityTableModel::Reached, Qt::DescendingOrder);
    waitFor(model);
    ASSERT_GT(model.rowCount(), ui::ActivityTableModel::kPageSize);  // crosses pages
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 reached = model.rowAt(row)->reached.value_or(-1);
        EXPECT_LE(reached, previous) << row;
        previous = reached;
    }
}

}  // namespace tansiq::test
