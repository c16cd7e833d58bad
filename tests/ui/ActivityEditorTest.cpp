#include "ui/registry/ActivityEditor.h"

#include "core/registry/Registry.h"
#include "tests/ui/GuiFixture.h"
#include "ui/common/EditorForm.h"
#include "ui/common/PlacePicker.h"
#include "ui/registry/ActivitiesPage.h"
#include "ui/registry/ActivityTableModel.h"
#include "ui/shell/MainWindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>
#include <QUndoStack>

namespace tansiq::test {

namespace {
ui::ActivityChoices choices(Workspace& workspace)
{
    Registry& r = workspace.registry();
    return { r.organisations().list(), r.projects().list(), r.reference().sectors(),
        r.reference().activityTypes(), r.reference().adminUnits() };
}

QStringList resultCodes(const ui::PlacePicker& picker)
{
    QStringList codes;
    for (int i = 0; i < picker.results()->count(); ++i)
        codes << picker.results()->item(i)->data(Qt::UserRole).toString();
    return codes;
}

void type(QWidget* parent, const char* field, const QString& text)
{
    auto* edit = named<QLineEdit>(*parent, field);
    ASSERT_NE(edit, nullptr) << field;
    edit->clear();
    edit->insert(text); // as typed: emits textEdited; keyClicks takes ASCII keys only
}
} // namespace

using ActivityEditorTest = GuiFixture;

TEST_F(ActivityEditorTest, PlacePickerIgnoresDiacriticsAndLetterVariants)
{
    ui::UiContext& context = session().context();
    ui::ActivityEditor editor(
        context.edits, context.display, choices(workspace()), std::nullopt, &window());
    ui::PlacePicker* picker = editor.placePicker();
    picker->searchField()->insert(QStringLiteral("دَيْر الزُّور")); // typed, with diacritics
    EXPECT_TRUE(resultCodes(*picker).contains(QStringLiteral("SY09")));
    picker->searchField()->clear();
    picker->searchField()->insert(QStringLiteral("ادلب")); // typed without the hamza
    EXPECT_TRUE(resultCodes(*picker).contains(QStringLiteral("SY07")));
    picker->searchField()->clear();
    QTest::keyClicks(picker->searchField(), QStringLiteral("sy0903"));
    EXPECT_TRUE(resultCodes(*picker).contains(QStringLiteral("SY0903")));
    picker->searchField()->clear();
    QTest::keyClicks(picker->searchField(), QStringLiteral("deir-ez-zor"));
    EXPECT_TRUE(resultCodes(*picker).contains(QStringLiteral("SY09")));
}

TEST_F(ActivityEditorTest, CreatesAnActivityShowsItInTheTableAndUndoesAnEdit)
{
    auto* page = static_cast<ui::ActivitiesPage*>(window().page(QStringLiteral("activities")));
    const int rowsBefore = page->model()->rowCount();
    ui::UiContext& context = session().context();
    QUuid id;
    {
        ui::ActivityEditor editor(
            context.edits, context.display, choices(workspace()), std::nullopt, &window());
        ui::PlacePicker* picker = editor.placePicker();
        picker->searchField()->insert(QStringLiteral("الميادين")); // typed
        ASSERT_GT(picker->results()->count(), 0);
        picker->results()->itemClicked(picker->results()->item(0));
        type(&editor, "start", QStringLiteral("2026-10-01"));
        type(&editor, "month", QStringLiteral("2026-10"));
        type(&editor, "targeted", QStringLiteral("2000"));
        type(&editor, "reached", QStringLiteral("١٬٢٥٠")); // Arabic-Indic digits and separator
        ASSERT_TRUE(editor.save())
            << editor.form()->messages().join(QLatin1Char('\n')).toStdString();
        id = editor.savedId();
    }
    std::optional<Activity> created = workspace().registry().activities().get(id);
    ASSERT_TRUE(created);
    EXPECT_EQ(created->reached, 1250);
    EXPECT_TRUE(created->adminPcode.startsWith(QStringLiteral("SY0903")));
    settle();
    EXPECT_EQ(page->model()->rowCount(), rowsBefore + 1);

    {
        ui::ActivityEditor editor(
            context.edits, context.display, choices(workspace()), created, &window());
        type(&editor, "reached", QStringLiteral("1500"));
        ASSERT_TRUE(editor.save());
    }
    EXPECT_EQ(workspace().registry().activities().get(id)->reached, 1500);
    session().undoStack().undo();
    EXPECT_EQ(workspace().registry().activities().get(id)->reached, 1250);
    session().undoStack().undo();
    EXPECT_TRUE(workspace().registry().activities().get(id)->meta.deleted);
    settle();
    EXPECT_EQ(page->model()->rowCount(), rowsBefore);
}

TEST_F(ActivityEditorTest, NonNumericCountIsShownUnderItsField)
{
    ui::UiContext& context = session().context();
    ui::ActivityEditor editor(
        context.edits, context.display, choices(workspace()), std::nullopt, &window());
    editor.show();
    type(&editor, "start", QStringLiteral("2026-10-01"));
    type(&editor, "month", QStringLiteral("2026-10"));
    type(&editor, "reached", QStringLiteral("many"));
    EXPECT_FALSE(editor.save());
    auto* message = named<QLabel>(editor, "message:people reached");
    ASSERT_NE(message, nullptr);
    EXPECT_TRUE(message->isVisible());
    EXPECT_TRUE(message->text().contains(QStringLiteral("“many”")))
        << message->text().toStdString();
}

} // namespace tansiq::test
