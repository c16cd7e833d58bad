// Issue 14 item 1: people by sex and age in the activity editor. The grid of girls, boys,
// women, men, elderly women, elderly men × targeted, reached; totals derived live from it; a
// visible warning when a total and its breakdown disagree; undo as for any other field; and
// the grid in Arabic at 1366×768 (PNG in $TANSIQ_EDITOR_SHOTS when set).

#include "core/registry/Registry.h"
#include "tests/ui/GuiFixture.h"
#include "ui/common/EditorForm.h"
#include "ui/common/PlacePicker.h"
#include "ui/registry/ActivitiesPage.h"
#include "ui/registry/ActivityEditor.h"
#include "ui/registry/ActivityTableModel.h"
#include "ui/registry/ColumnChooser.h"
#include "ui/registry/PeopleBreakdownGrid.h"
#include "ui/shell/MainWindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QTableView>
#include <QUndoStack>

namespace tansiq::test {

namespace {

ui::ActivityChoices choices(Workspace& workspace)
{
    Registry& r = workspace.registry();
    return { r.organisations().list(), r.projects().list(), r.reference().sectors(),
        r.reference().activityTypes(), r.reference().adminUnits() };
}

void type(QLineEdit* edit, const QString& text)
{
    ASSERT_NE(edit, nullptr);
    edit->clear();
    edit->insert(text); // as typed
}

void type(QWidget* parent, const char* name, const QString& text)
{
    type(named<QLineEdit>(*parent, name), text);
}

using people::Cell;

} // namespace

class PeopleBreakdownEditorTest : public GuiFixture {
protected:
    // A new activity with a place, dates and the given breakdown typed in.
    void fillNew(ui::ActivityEditor& editor)
    {
        auto* picker = editor.placePicker();
        picker->searchField()->insert(QStringLiteral("الميادين"));
        ASSERT_GT(picker->results()->count(), 0);
        picker->results()->itemClicked(picker->results()->item(0));
        type(&editor, "start", QStringLiteral("2026-10-01"));
        type(&editor, "month", QStringLiteral("2026-10"));
    }
};

TEST_F(PeopleBreakdownEditorTest, TheTotalsFollowTheBreakdownAsItIsTypedAndAreSaved)
{
    ui::UiContext& context = session().context();
    ui::ActivityEditor editor(
        context.edits, context.display, choices(workspace()), std::nullopt, &window());
    editor.show();
    fillNew(editor);
    ui::PeopleBreakdownGrid* grid = editor.breakdown();
    ASSERT_NE(grid, nullptr);
    type(grid->cell(false, Cell::Girls), QStringLiteral("300"));
    type(grid->cell(false, Cell::Women), QStringLiteral("٢٥٠")); // Arabic-Indic digits
    EXPECT_EQ(grid->sum(false)->text(), QStringLiteral("550"));
    auto* targeted = named<QLineEdit>(editor, "targeted");
    EXPECT_TRUE(targeted->placeholderText().contains(QStringLiteral("550")))
        << targeted->placeholderText().toStdString(); // the total it will get, shown live
    type(grid->cell(true, Cell::Boys), QStringLiteral("120"));
    type(grid->cell(true, Cell::ElderlyMen), QStringLiteral("15"));
    EXPECT_EQ(grid->sum(true)->text(), QStringLiteral("135"));
    EXPECT_FALSE(grid->warning()->isVisible());
    ASSERT_TRUE(editor.save()) << editor.form()->messages().join(QLatin1Char('\n')).toStdString();
    const auto stored = workspace().registry().activities().get(editor.savedId());
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->targeted, 550);
    EXPECT_EQ(stored->targetedGirls, 300);
    EXPECT_EQ(stored->targetedWomen, 250);
    EXPECT_FALSE(stored->targetedBoys.has_value());
    EXPECT_EQ(stored->reached, 135);
    EXPECT_EQ(stored->reachedBoys, 120);
    EXPECT_EQ(stored->reachedElderlyMen, 15);
}

TEST_F(PeopleBreakdownEditorTest, ATotalThatDisagreesIsWarnedAboutButSaved)
{
    ui::UiContext& context = session().context();
    ui::ActivityEditor editor(
        context.edits, context.display, choices(workspace()), std::nullopt, &window());
    editor.show();
    fillNew(editor);
    ui::PeopleBreakdownGrid* grid = editor.breakdown();
    type(&editor, "reached", QStringLiteral("100"));
    type(grid->cell(true, Cell::Women), QStringLiteral("80"));
    EXPECT_FALSE(grid->warning()->isVisible()); // partial and below the total: incomplete
    type(grid->cell(true, Cell::Men), QStringLiteral("40"));
    EXPECT_TRUE(grid->warning()->isVisible());
    EXPECT_TRUE(grid->warning()->text().contains(QStringLiteral("120")))
        << grid->warning()->text().toStdString();
    EXPECT_TRUE(grid->warning()->text().contains(QStringLiteral("100")));
    ASSERT_TRUE(editor.save()) << "a disagreement is a warning, not an error";
    const auto stored = workspace().registry().activities().get(editor.savedId());
    EXPECT_EQ(stored->reached, 100); // as typed
    EXPECT_EQ(stored->reachedMen, 40);
}

TEST_F(PeopleBreakdownEditorTest, ABreakdownEditIsUndoneLikeAnyOtherField)
{
    ui::UiContext& context = session().context();
    QUuid id;
    {
        ui::ActivityEditor editor(
            context.edits, context.display, choices(workspace()), std::nullopt, &window());
        fillNew(editor);
        type(editor.breakdown()->cell(false, Cell::ElderlyWomen), QStringLiteral("30"));
        ASSERT_TRUE(editor.save())
            << editor.form()->messages().join(QLatin1Char('\n')).toStdString();
        id = editor.savedId();
    }
    const auto created = workspace().registry().activities().get(id);
    ASSERT_TRUE(created);
    {
        ui::ActivityEditor editor(
            context.edits, context.display, choices(workspace()), created, &window());
        EXPECT_EQ(
            editor.breakdown()->cell(false, Cell::ElderlyWomen)->text(), QStringLiteral("30"));
        type(editor.breakdown()->cell(false, Cell::ElderlyWomen), QStringLiteral("45"));
        type(&editor, "targeted", QString()); // derived again from the breakdown
        ASSERT_TRUE(editor.save());
    }
    EXPECT_EQ(workspace().registry().activities().get(id)->targetedElderlyWomen, 45);
    EXPECT_EQ(workspace().registry().activities().get(id)->targeted, 45);
    session().undoStack().undo();
    EXPECT_EQ(workspace().registry().activities().get(id)->targetedElderlyWomen, 30);
    EXPECT_EQ(workspace().registry().activities().get(id)->targeted, 30);
    session().undoStack().redo();
    EXPECT_EQ(workspace().registry().activities().get(id)->targetedElderlyWomen, 45);
}

TEST_F(PeopleBreakdownEditorTest, TheGridInArabicRunsRightToLeftAndFits)
{
    display().setLanguage(QStringLiteral("ar"));
    settle();
    ui::UiContext& context = session().context();
    ui::ActivityEditor editor(
        context.edits, context.display, choices(workspace()), std::nullopt, &window());
    editor.resize(720, 720);
    editor.show();
    fillNew(editor);
    ui::PeopleBreakdownGrid* grid = editor.breakdown();
    type(&editor, "targeted", QStringLiteral("1000"));
    for (int c = 0; c < people::kCellCount; ++c)
        type(grid->cell(false, Cell(c)), QStringLiteral("١٠٠"));
    type(grid->cell(true, Cell::Girls), QStringLiteral("90"));
    QCoreApplication::processEvents();
    EXPECT_EQ(editor.layoutDirection(), Qt::RightToLeft);
    // Girls come first on the right, elderly men last on the left.
    EXPECT_GT(grid->cell(false, Cell::Girls)->x(), grid->cell(false, Cell::ElderlyMen)->x());
    EXPECT_TRUE(grid->warning()->isVisible()); // 1000 targeted, six cells of 100
    EXPECT_TRUE(grid->warning()->text().contains(display().number(qint64(600))))
        << grid->warning()->text().toStdString();
    for (int c = 0; c < people::kCellCount; ++c)
        EXPECT_GE(grid->cell(true, Cell(c))->width(), 48); // room for a five-digit count
    EXPECT_LE(grid->mapTo(&editor, QPoint(grid->width(), 0)).x(), editor.width());
    if (qEnvironmentVariableIsSet("TANSIQ_EDITOR_SHOTS")) {
        const QString dir = qEnvironmentVariable("TANSIQ_EDITOR_SHOTS");
        QDir().mkpath(dir);
        editor.grab().save(dir + QStringLiteral("/ar-activity-editor-breakdown.png"));
    }
    editor.close();
    display().setLanguage(QStringLiteral("en"));
}

// The activity table: the twelve breakdown columns are there for whoever chooses them from the
// header's menu, hidden by default, and show the stored cells.
TEST_F(PeopleBreakdownEditorTest, TheTableOffersTheBreakdownAsOptionalColumns)
{
    ui::UiContext& context = session().context();
    QUuid id;
    {
        ui::ActivityEditor editor(
            context.edits, context.display, choices(workspace()), std::nullopt, &window());
        fillNew(editor);
        type(editor.breakdown()->cell(true, Cell::Girls), QStringLiteral("4321"));
        ASSERT_TRUE(editor.save())
            << editor.form()->messages().join(QLatin1Char('\n')).toStdString();
        id = editor.savedId();
    }
    auto* page = static_cast<ui::ActivitiesPage*>(window().page(QStringLiteral("activities")));
    settle();
    waitFor(*page->model());
    QHeaderView* header = page->table()->horizontalHeader();
    const int girlsReached
        = ui::ActivityColumns::FirstBreakdown + people::kCellCount + int(Cell::Girls);
    EXPECT_EQ(page->model()->headerData(girlsReached, Qt::Horizontal, Qt::DisplayRole).toString(),
        QStringLiteral("Girls reached"));
    for (int c = ui::ActivityColumns::FirstBreakdown; c <= ui::ActivityColumns::LastBreakdown; ++c)
        EXPECT_TRUE(header->isSectionHidden(c)) << c;
    EXPECT_FALSE(header->isSectionHidden(ui::ActivityColumns::Reached));
    auto* chooser = named<ui::ColumnChooser>(*header, "columnChooser");
    ASSERT_NE(chooser, nullptr);
    QAction* girls = named<QAction>(*chooser->menu(), QStringLiteral("column%1").arg(girlsReached));
    ASSERT_NE(girls, nullptr);
    EXPECT_EQ(girls->text(), QStringLiteral("Girls reached"));
    EXPECT_FALSE(girls->isChecked());
    girls->trigger(); // as chosen from the menu
    EXPECT_FALSE(header->isSectionHidden(girlsReached));
    bool shown = false;
    for (int row = 0; row < page->model()->rowCount(); ++row) {
        if (page->model()->rowAt(row)->id == id)
            shown = page->model()->index(row, girlsReached).data().toString()
                == QStringLiteral("4,321");
    }
    EXPECT_TRUE(shown) << "the new activity's girls reached is shown in its column";
    page->model()->reload(); // a new order or filter keeps the choice
    settle();
    waitFor(*page->model());
    EXPECT_FALSE(header->isSectionHidden(girlsReached));
    EXPECT_TRUE(header->isSectionHidden(girlsReached + 1));
}

} // namespace tansiq::test
