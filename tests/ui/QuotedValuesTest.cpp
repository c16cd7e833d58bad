// Values quoted inside Arabic sentences read on the screen as they were typed: a refused date
// "2026-09-30" under an Arabic field must not show as 30-09-2026, nor "2026-13" as 13-2026.
// The check reads what Qt paints (VisualText), not the string's code points.

#include "core/registry/Registry.h"
#include "tests/ui/GuiFixture.h"
#include "tests/ui/VisualText.h"
#include "ui/common/EditorForm.h"
#include "ui/registry/ActivityEditor.h"
#include "ui/shell/MainWindow.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>

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

// The message under `coreField` as it reads on the screen, left to right, one line per row.
QString shownUnder(QWidget& editor, const char* coreField)
{
    auto* label = named<QLabel>(editor, QStringLiteral("message:") + QLatin1String(coreField));
    if (!label || !label->isVisibleTo(&editor))
        return QString();
    return visualLines(*label).join(QLatin1Char('\n'));
}
} // namespace

TEST(VisualTextTest, SeesADateReversedByTheBidirectionalAlgorithm)
{
    // The check itself: a bare Latin date in an Arabic sentence is reordered by Qt, and the
    // recording shows it as the screen does.
    const QString bare = visualLine(QStringLiteral("قيمة (2026-09-30) تسبق."), true);
    EXPECT_FALSE(bare.contains(QStringLiteral("2026-09-30"))) << bare.toStdString();
    EXPECT_TRUE(bare.contains(QStringLiteral("30-09-2026"))) << bare.toStdString();
    EXPECT_TRUE(visualLine(QStringLiteral("Start 2026-09-30 end"), false)
                    .contains(QStringLiteral("2026-09-30")));
}

using QuotedValuesTest = GuiFixture;

TEST_F(QuotedValuesTest, InArabicRefusedDatesReadAsTypedUnderTheirFields)
{
    display().setLanguage(QStringLiteral("ar"));
    ui::UiContext& context = session().context();
    ui::ActivityEditor editor(
        context.edits, context.display, choices(workspace()), std::nullopt, &window());
    editor.resize(720, 720);
    editor.show();
    type(&editor, "start", QStringLiteral("٢٠٢٦-١٠-٠١"));
    type(&editor, "end", QStringLiteral("2026-09-30"));
    type(&editor, "month", QStringLiteral("2026-13"));
    type(&editor, "reached", QStringLiteral("1200 people"));
    EXPECT_FALSE(editor.save());
    QCoreApplication::processEvents();

    const QString end = shownUnder(editor, "end date");
    // Dates the fields read are quoted as the fields show them: the user's digits, in typing
    // order (the end was typed in Latin digits, the start in Arabic-Indic ones).
    EXPECT_TRUE(end.contains(QStringLiteral("(٢٠٢٦-٠٩-٣٠)"))) << end.toStdString();
    EXPECT_TRUE(end.contains(QStringLiteral("(٢٠٢٦-١٠-٠١)"))) << end.toStdString();
    const QString month = shownUnder(editor, "reporting month");
    EXPECT_TRUE(month.contains(QStringLiteral("2026-13"))) << month.toStdString();
    // The example, in the user's digits, reads year then month too.
    EXPECT_TRUE(month.contains(QStringLiteral("٢٠٢٦-١٠"))) << month.toStdString();
    const QString reached = shownUnder(editor, "people reached");
    EXPECT_TRUE(reached.contains(QStringLiteral("1200 people"))) << reached.toStdString();
}

TEST_F(QuotedValuesTest, InArabicValuesTypedInArabicIndicDigitsReadAsTyped)
{
    // A refused value typed in Arabic-Indic digits is quoted as typed; a dash between two
    // Arabic numbers would turn it around even inside the catalogue's isolate.
    display().setLanguage(QStringLiteral("ar"));
    ui::UiContext& context = session().context();
    ui::ActivityEditor editor(
        context.edits, context.display, choices(workspace()), std::nullopt, &window());
    editor.resize(720, 720);
    editor.show();
    type(&editor, "start", QStringLiteral("٢٠٢٦-٠٢-٣٠"));
    type(&editor, "month", QStringLiteral("٢٠٢٦-١٣"));
    type(&editor, "households", QStringLiteral("٤٠-٥٠"));
    EXPECT_FALSE(editor.save());
    QCoreApplication::processEvents();
    const QString start = shownUnder(editor, "start date");
    EXPECT_TRUE(start.contains(QStringLiteral("٢٠٢٦-٠٢-٣٠"))) << start.toStdString();
    const QString month = shownUnder(editor, "reporting month");
    EXPECT_TRUE(month.contains(QStringLiteral("٢٠٢٦-١٣"))) << month.toStdString();
    const QString households = shownUnder(editor, "households");
    EXPECT_TRUE(households.contains(QStringLiteral("٤٠-٥٠"))) << households.toStdString();
}

} // namespace tansiq::test
