// Saving a long editor with problems brings the first refused field into view and gives it the
// keyboard focus, wherever the form was scrolled to: a coordinator on a laptop screen sees
// what to fix without hunting for it.

#include "core/registry/Registry.h"
#include "tests/ui/GuiFixture.h"
#include "ui/common/EditorForm.h"
#include "ui/common/PlacePicker.h"
#include "ui/registry/ActivityEditor.h"
#include "ui/shell/MainWindow.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>

namespace tansiq::test {

namespace {
ui::ActivityChoices choices(Workspace& workspace)
{
    Registry& r = workspace.registry();
    return { r.organisations().list(), r.projects().list(), r.reference().sectors(),
        r.reference().activityTypes(), r.reference().adminUnits() };
}

void type(QWidget* parent, const char* field, const QString& text)
{
    auto* edit = named<QLineEdit>(*parent, field);
    ASSERT_NE(edit, nullptr) << field;
    edit->clear();
    edit->insert(text);
    emit edit->editingFinished();
}

// Whether `widget` is wholly inside what the scroll area shows.
bool inView(const QScrollArea& scroll, const QWidget& widget)
{
    const QRect shown = scroll.viewport()->rect();
    const QRect at(widget.mapTo(scroll.viewport(), QPoint(0, 0)), widget.size());
    return shown.contains(at);
}

class FirstProblemTest : public GuiFixture, public ::testing::WithParamInterface<const char*> {
protected:
    void SetUp() override
    {
        GuiFixture::SetUp();
        display().setLanguage(QLatin1String(GetParam()));
        settle();
    }
};
} // namespace

TEST_P(FirstProblemTest, SavingScrollsToTheFirstRefusedFieldAndFocusesIt)
{
    ui::UiContext& context = session().context();
    ui::ActivityEditor editor(
        context.edits, context.display, choices(workspace()), std::nullopt, &window());
    editor.resize(720, 560);
    editor.show();
    QCoreApplication::processEvents();
    auto* scroll = named<QScrollArea>(editor, "formScroll");
    ASSERT_NE(scroll, nullptr);
    ASSERT_GT(scroll->verticalScrollBar()->maximum(), 0)
        << "the form should be taller than the dialog";

    // Everything right but the households, near the bottom, while the form shows its top.
    editor.placePicker()->setPcode(workspace().registry().reference().adminUnits().last().pcode);
    type(&editor, "start", QStringLiteral("2026-10-01"));
    type(&editor, "end", QStringLiteral("2026-10-31"));
    type(&editor, "month", QStringLiteral("2026-10"));
    type(&editor, "households", QStringLiteral("forty"));
    scroll->verticalScrollBar()->setValue(0);
    EXPECT_FALSE(editor.save());
    QCoreApplication::processEvents();
    auto* households = named<QLineEdit>(editor, "households");
    EXPECT_EQ(editor.form()->firstProblem(), households)
        << editor.form()->messages().join(u'\n').toStdString();
    EXPECT_GT(scroll->verticalScrollBar()->value(), 0);
    EXPECT_TRUE(inView(*scroll, *households));
    EXPECT_EQ(editor.focusWidget(), households);

    // Scrolled to the bottom, a refused date above comes back into view and takes the focus.
    type(&editor, "households", QStringLiteral("40"));
    type(&editor, "end", QStringLiteral("2026-09-31"));
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    EXPECT_FALSE(editor.save());
    QCoreApplication::processEvents();
    auto* end = named<QLineEdit>(editor, "end");
    EXPECT_EQ(editor.form()->firstProblem(), end);
    EXPECT_TRUE(inView(*scroll, *end));
    EXPECT_EQ(editor.focusWidget(), end);
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, FirstProblemTest, ::testing::Values("ar", "en"));

} // namespace tansiq::test
