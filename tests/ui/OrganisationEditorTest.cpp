#include "ui/registry/OrganisationEditor.h"

#include "core/registry/Registry.h"
#include "core/storage/Database.h"
#include "tests/support/DatabaseDump.h"
#include "tests/ui/GuiFixture.h"
#include "ui/common/EditorForm.h"
#include "ui/registry/OrganisationModel.h"
#include "ui/registry/OrganisationsPage.h"
#include "ui/shell/MainWindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QUndoStack>

namespace tansiq::test {

namespace {
std::optional<Organisation> findByAcronym(Workspace& workspace, const QString& acronym)
{
    for (const Organisation& o : workspace.registry().organisations().list()) {
        if (o.acronym == acronym)
            return o;
    }
    return std::nullopt;
}

int rowsWithAcronym(const ui::OrganisationModel& model, const QString& acronym)
{
    int rows = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        rows += model.index(row, ui::OrganisationModel::Acronym).data().toString() == acronym;
    return rows;
}
} // namespace

using OrganisationEditorTest = GuiFixture;

TEST_F(OrganisationEditorTest, CreatesEditsAndUndoesThroughTheEditor)
{
    auto* page
        = static_cast<ui::OrganisationsPage*>(window().page(QStringLiteral("organisations")));
    ui::UiContext& context = session().context();
    {
        ui::OrganisationEditor editor(context.edits, context.display, std::nullopt, &window());
        QTest::keyClicks(named<QLineEdit>(editor, "acronym"), QStringLiteral("SARC-T"));
        QTest::keyClicks(named<QLineEdit>(editor, "nameEn"), QStringLiteral("Test Relief"));
        named<QLineEdit>(editor, "nameAr")->insert(QStringLiteral("إغاثة تجريبية")); // typed
        ASSERT_TRUE(editor.save())
            << editor.form()->messages().join(QLatin1Char('\n')).toStdString();
    }
    EXPECT_EQ(rowsWithAcronym(*page->model(), QStringLiteral("SARC-T")), 1);
    const std::optional<Organisation> created
        = findByAcronym(workspace(), QStringLiteral("SARC-T"));
    ASSERT_TRUE(created);
    EXPECT_EQ(created->nameAr, QStringLiteral("إغاثة تجريبية"));

    {
        ui::OrganisationEditor editor(context.edits, context.display, created, &window());
        QLineEdit* acronym = named<QLineEdit>(editor, "acronym");
        acronym->clear();
        QTest::keyClicks(acronym, QStringLiteral("TR"));
        ASSERT_TRUE(editor.save());
    }
    EXPECT_EQ(rowsWithAcronym(*page->model(), QStringLiteral("TR")), 1);
    EXPECT_EQ(workspace().registry().organisations().get(created->meta.id)->acronym,
        QStringLiteral("TR"));

    session().undoStack().undo(); // the edit
    EXPECT_EQ(workspace().registry().organisations().get(created->meta.id)->acronym,
        QStringLiteral("SARC-T"));
    EXPECT_EQ(rowsWithAcronym(*page->model(), QStringLiteral("SARC-T")), 1);
    session().undoStack().undo(); // the creation
    EXPECT_FALSE(findByAcronym(workspace(), QStringLiteral("SARC-T")));
    EXPECT_EQ(rowsWithAcronym(*page->model(), QStringLiteral("SARC-T")), 0);
    session().undoStack().redo();
    session().undoStack().redo();
    EXPECT_EQ(workspace().registry().organisations().get(created->meta.id)->acronym,
        QStringLiteral("TR"));
}

TEST_F(OrganisationEditorTest, RefusedInputShowsMessagesBesideTheFieldsAndWritesNothing)
{
    const QString before = logicalDump(workspace().database());
    ui::UiContext& context = session().context();
    ui::OrganisationEditor editor(context.edits, context.display, std::nullopt, &window());
    editor.show();
    // No name in either language (an acronym alone is not a name): issue 14 item 4.
    QTest::keyClicks(named<QLineEdit>(editor, "acronym"), QStringLiteral("NONAME"));
    QTest::keyClicks(named<QLineEdit>(editor, "contactEmail"), QStringLiteral("not-an-address"));
    EXPECT_FALSE(editor.save());
    EXPECT_TRUE(editor.isVisible());

    auto* nameMessage = named<QLabel>(editor, "message:Arabic name");
    ASSERT_NE(nameMessage, nullptr);
    EXPECT_TRUE(nameMessage->isVisible());
    EXPECT_TRUE(nameMessage->text().contains(QStringLiteral("needs a name")))
        << nameMessage->text().toStdString();
    auto* emailMessage = named<QLabel>(editor, "message:contact email");
    ASSERT_NE(emailMessage, nullptr);
    EXPECT_TRUE(emailMessage->text().contains(QStringLiteral("not-an-address")));
    EXPECT_EQ(logicalDump(workspace().database()), before);
    EXPECT_EQ(session().undoStack().count(), 0);
}

} // namespace tansiq::test
