// The 4W table at 1366×768, in both languages: no column is cut (a sector's name to
// "تنسيق وإدارة …", a header to "طريقة تقديم المساعد") while the last column stretches over
// room it does not need (issue 14, item 10).

#include "tests/ui/GuiFixture.h"
#include "ui/registry/ActivitiesPage.h"
#include "ui/registry/ActivityTableModel.h"
#include "ui/shell/MainWindow.h"

#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace tansiq::test {
namespace {

class TableColumnsTest : public GuiFixture, public ::testing::WithParamInterface<const char*> { };

// What a column needs to show its header and its (sampled) contents whole.
int needed(QTableView& table, int column)
{
    // Public in QAbstractItemView: the table's own sampling (its resize precision).
    const QAbstractItemView& view = table;
    return std::max(
        view.sizeHintForColumn(column), table.horizontalHeader()->sectionSizeHint(column));
}

} // namespace

TEST_P(TableColumnsTest, NoColumnIsCutWhileTheLastOneHasRoomToSpare)
{
    display().setLanguage(QLatin1String(GetParam()));
    window().resize(1366, 768);
    window().showPage(QStringLiteral("activities"));
    settle();
    auto* page = static_cast<ui::ActivitiesPage*>(window().page(QStringLiteral("activities")));
    waitFor(*page->model());
    settle();
    QTableView& table = *page->table();
    ASSERT_GT(page->model()->rowCount(), 0);
    int last = -1;
    for (int column = 0; column < table.horizontalHeader()->count(); ++column) {
        if (!table.isColumnHidden(column))
            last = column;
    }
    ASSERT_GE(last, 0);
    const int spare = table.columnWidth(last) - needed(table, last);
    for (int column = 0; column < last; ++column) {
        if (table.isColumnHidden(column))
            continue;
        const int missing = needed(table, column) - table.columnWidth(column);
        EXPECT_FALSE(missing > 0 && spare > 8)
            << "column " << column << " ("
            << table.model()->headerData(column, Qt::Horizontal).toString().toStdString()
            << ") lacks " << missing << " px while the last has " << spare << " px to spare";
    }
    // On a laptop's screen, in Arabic, the sector column has the room for its longest name (in
    // English "Camp Coordination and Camp Management" takes what the other columns leave).
    if (QLatin1String(GetParam()) == QLatin1String("ar")) {
        EXPECT_GE(table.columnWidth(ui::ActivityColumns::Sector),
            needed(table, ui::ActivityColumns::Sector));
    }
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, TableColumnsTest, ::testing::Values("ar", "en"));

} // namespace tansiq::test
