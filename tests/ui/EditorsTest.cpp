// The editors fill what they know, narrow long lists as you type, read dates in Arabic-Indic
// digits and show every problem at once, each under its field, quoting only what was typed.

#include "core/registry/Registry.h"
#include "core/storage/Database.h"
#include "tests/support/DatabaseDump.h"
#include "tests/ui/GuiFixture.h"
#include "ui/common/DateField.h"
#include "ui/common/EditorForm.h"
#include "ui/common/FilterCombo.h"
#include "ui/registry/ActivityEditor.h"
#include "ui/registry/OrganisationEditor.h"
#include "ui/registry/ProjectEditor.h"
#include "ui/shell/MainWindow.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QUndoStack>

#include <algorithm>

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
    edit->insert(text); // as typed: emits textEdited
}

QString messageUnder(const QWidget& editor, const char* coreField)
{
    auto* label = named<QLabel>(editor, QStringLiteral("message:") + QLatin1String(coreField));
    return label && label->isVisibleTo(&editor) ? label->text() : QString();
}

ui::FilterCombo* picker(const QWidget& editor, const char* name)
{
    return named<ui::FilterCombo>(editor, name);
}
} // namespace

using EditorsTest = GuiFixture;

TEST_F(EditorsTest, ChoosingAProjectFillsItsOrganisationAndSectorAndNarrowsTheTypes)
{
    Registry& registry = workspace().registry();
    std::optional<Project> project;
    for (const Project& listed : registry.projects().list()) {
        project = registry.projects().get(listed.meta.id);
        if (project && !project->sectorIds.isEmpty())
            break;
    }
    ASSERT_TRUE(project && !project->sectorIds.isEmpty());
    ui::UiContext& context = session().context();
    ui::ActivityEditor editor(
        context.edits, context.display, choices(workspace()), std::nullopt, &window());
    editor.show();
    ui::FilterCombo* projects = picker(editor, "project");
    ASSERT_NE(projects, nullptr);
    projects->lineEdit()->insert(project->code); // typed
    const QAbstractItemModel* matches = projects->matches();
    ASSERT_GE(matches->rowCount(), 1);
    EXPECT_LT(matches->rowCount(), projects->count());
    int row = 0;
    while (row < matches->rowCount()
        && matches->index(row, 0).data(Qt::UserRole).toUuid() != project->meta.id)
        ++row;
    ASSERT_LT(row, matches->rowCount());
    projects->chooseMatch(row); // as a click in the narrowed list

    EXPECT_EQ(projects->currentData().toUuid(), project->meta.id);
    EXPECT_EQ(picker(editor, "organisation")->currentData().toUuid(), project->leadOrgId);
    EXPECT_EQ(
        named<QComboBox>(editor, "sector")->currentData().toUuid(), project->sectorIds.first());
    ui::FilterCombo* types = picker(editor, "activityType");
    ASSERT_GT(types->count(), 1);
    const QList<ActivityType> all = registry.reference().activityTypes();
    for (int i = 1; i < types->count(); ++i) {
        const QUuid id = types->itemData(i).toUuid();
        const auto type = std::find_if(
            all.begin(), all.end(), [&](const ActivityType& t) { return t.id == id; });
        ASSERT_NE(type, all.end());
        EXPECT_EQ(type->sectorId, project->sectorIds.first()) << types->itemText(i).toStdString();
    }
    EXPECT_LT(types->count(), all.size() / 2);
}

TEST_F(EditorsTest, TypingAFewArabicLettersNarrowsThePicker)
{
    const QList<Organisation> organisations = workspace().registry().organisations().list();
    ASSERT_GT(organisations.size(), 10);
    // A few letters of an Arabic name (its last word's first four), typed without hamza.
    QString typed = organisations.at(3).nameAr.split(u' ').last().left(4);
    typed.replace(QChar(0x0623), QChar(0x0627)).replace(QChar(0x0625), QChar(0x0627));
    ui::UiContext& context = session().context();
    ui::ActivityEditor editor(
        context.edits, context.display, choices(workspace()), std::nullopt, &window());
    editor.show();
    ui::FilterCombo* combo = picker(editor, "organisation");
    ASSERT_NE(combo, nullptr);
    combo->lineEdit()->selectAll(); // as when the field is entered with Tab
    combo->lineEdit()->insert(typed); // the interface is in English: names show in English
    const QAbstractItemModel* matches = combo->matches();
    ASSERT_GT(matches->rowCount(), 0) << typed.toStdString();
    EXPECT_LT(matches->rowCount(), organisations.size());
    bool found = false;
    for (int row = 0; row < matches->rowCount(); ++row)
        found = found
            || matches->index(row, 0).data().toString().startsWith(
                organisations.at(3).acronym + u' ');
    EXPECT_TRUE(found) << typed.toStdString();
    combo->chooseMatch(0);
    EXPECT_FALSE(combo->currentData().toUuid().isNull());
    EXPECT_EQ(combo->currentText(), matches->index(0, 0).data().toString());
}

TEST_F(EditorsTest, DatesTypedInArabicIndicDigitsAreReadAndSaved)
{
    display().setLanguage(QStringLiteral("ar"));
    ui::UiContext& context = session().context();
    QUuid id;
    {
        ui::ActivityEditor editor(
            context.edits, context.display, choices(workspace()), std::nullopt, &window());
        editor.show();
        auto* start = named<ui::DateField>(editor, "start");
        ASSERT_NE(start, nullptr);
        // The example looks like what a date field shows: Arabic-Indic digits.
        EXPECT_TRUE(start->placeholderText().contains(QChar(0x0662)))
            << start->placeholderText().toStdString();
        QWidget* place = named<QLineEdit>(editor, "placeSearch");
        static_cast<QLineEdit*>(place)->insert(QStringLiteral("الميادين"));
        auto* results = named<QListWidget>(editor, "placeResults");
        ASSERT_GT(results->count(), 0);
        emit results->itemClicked(results->item(0));
        type(&editor, "start", QStringLiteral("٢٠٢٧-٠٢-٠١"));
        type(&editor, "end", QStringLiteral("٢٠٢٧-٠٢-٢٨"));
        type(&editor, "month", QStringLiteral("٢٠٢٧-٠٢"));
        type(&editor, "reached", QStringLiteral("٣٠٠"));
        ASSERT_TRUE(editor.save()) << editor.form()->messages().join(u'\n').toStdString();
        id = editor.savedId();
    }
    const std::optional<Activity> saved = workspace().registry().activities().get(id);
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->startDate, QStringLiteral("2027-02-01"));
    EXPECT_EQ(saved->endDate, QStringLiteral("2027-02-28"));
    EXPECT_EQ(saved->reportingMonth, QStringLiteral("2027-02"));
    // Opened again, the date shows in the user's digits, in reading order, and reads back.
    ui::ActivityEditor again(
        context.edits, context.display, choices(workspace()), saved, &window());
    auto* end = named<ui::DateField>(again, "end");
    EXPECT_EQ(end->text(), QStringLiteral("٢٠٢٧\u200E-\u200E٠٢\u200E-\u200E٢٨"));
    EXPECT_EQ(end->isoText(), QStringLiteral("2027-02-28"));
}

TEST_F(EditorsTest, EveryProblemShowsAtOnceUnderItsFieldQuotingOnlyWhatWasTyped)
{
    const QString before = logicalDump(workspace().database());
    ui::UiContext& context = session().context();
    ui::ProjectEditor editor(context.edits, context.display,
        workspace().registry().organisations().list(), workspace().registry().reference().sectors(),
        std::nullopt, &window());
    editor.show();
    type(&editor, "titleEn", QStringLiteral("Water for Hajin"));
    type(&editor, "start", QStringLiteral("2026-02-30"));
    type(&editor, "budget", QStringLiteral("abc"));
    type(&editor, "currency", QStringLiteral("dollars"));
    EXPECT_FALSE(editor.save());

    const QString budget = messageUnder(editor, "budget");
    EXPECT_TRUE(budget.contains(QStringLiteral("“abc”"))) << budget.toStdString();
    EXPECT_FALSE(budget.contains(QStringLiteral("-1"))) << budget.toStdString();
    // The fields core refuses appear at the same time as the one the form could not read.
    EXPECT_FALSE(messageUnder(editor, "project code").isEmpty());
    EXPECT_FALSE(messageUnder(editor, "Arabic title").isEmpty());
    EXPECT_TRUE(messageUnder(editor, "start date").contains(QStringLiteral("2026-02-30")));
    EXPECT_TRUE(messageUnder(editor, "currency").contains(QStringLiteral("“dollars”")));
    EXPECT_GE(editor.form()->messages().size(), 5);
    // No message is cut off: each wrapped message label has the height its lines need.
    QCoreApplication::processEvents();
    for (const QLabel* label : editor.findChildren<QLabel*>()) {
        if (label->objectName().startsWith(QStringLiteral("message:")) && label->isVisible()) {
            EXPECT_GE(label->height(), label->heightForWidth(label->width()))
                << label->objectName().toStdString();
        }
    }
    EXPECT_EQ(logicalDump(workspace().database()), before);
    EXPECT_EQ(session().undoStack().count(), 0);
}

TEST_F(EditorsTest, AnActivityShowsAnUnreadableCountAndCoresProblemsTogether)
{
    ui::UiContext& context = session().context();
    ui::ActivityEditor editor(
        context.edits, context.display, choices(workspace()), std::nullopt, &window());
    editor.show();
    type(&editor, "reached", QStringLiteral("many"));
    type(&editor, "month", QStringLiteral("2026-13"));
    EXPECT_FALSE(editor.save());
    EXPECT_TRUE(messageUnder(editor, "people reached").contains(QStringLiteral("“many”")));
    EXPECT_TRUE(messageUnder(editor, "reporting month").contains(QStringLiteral("2026-13")));
    EXPECT_FALSE(messageUnder(editor, "start date").isEmpty());
    EXPECT_FALSE(messageUnder(editor, "place P-code").isEmpty());
}

TEST_F(EditorsTest, OrganisationContactsAreCheckedAndNameRulesShowUnderBothNames)
{
    ui::UiContext& context = session().context();
    ui::OrganisationEditor editor(context.edits, context.display, std::nullopt, &window());
    editor.show();
    type(&editor, "acronym", QStringLiteral("NEW"));
    type(&editor, "nameAr", QStringLiteral("جمعية جديدة"));
    type(&editor, "contactPhone", QStringLiteral("call the office"));
    type(&editor, "contactEmail", QStringLiteral("office.example.org"));
    EXPECT_FALSE(editor.save());
    EXPECT_TRUE(
        messageUnder(editor, "contact phone").contains(QStringLiteral("“call the office”")));
    EXPECT_TRUE(
        messageUnder(editor, "contact email").contains(QStringLiteral("“office.example.org”")));

    // A rule over both names (core's "an Arabic or an English name") shows under each.
    const QString field = ui::EditorForm::coreFieldName("name");
    editor.form()->showIssues({ Issue::error(QStringLiteral("required"), field, QString(),
        QStringLiteral("Give the organisation a name.")) });
    EXPECT_EQ(
        messageUnder(editor, "English name"), QStringLiteral("Give the organisation a name."));
    EXPECT_EQ(messageUnder(editor, "Arabic name"), QStringLiteral("Give the organisation a name."));
    EXPECT_TRUE(named<QLabel>(editor, "generalMessages")->text().isEmpty());
}

TEST_F(EditorsTest, InArabicDatesAndPathsInsideSentencesAreIsolated)
{
    display().setLanguage(QStringLiteral("ar"));
    const QChar fsi(0x2068), pdi(0x2069);
    // A saved file's path, as the bulletin page and the backup report it.
    const QString path = QStringLiteral("/home/coordinator/نشرات/bulletin-2026-10.pdf");
    for (const auto& [context, source] : { std::pair { "tansiq::ui::BulletinPage", "Saved: %1" },
             std::pair { "tansiq::ui::BackupActions", "Backup made: %1" } }) {
        const QString shown = QCoreApplication::translate(context, source).arg(path);
        EXPECT_NE(shown, QString::fromLatin1(source).arg(path)) << source << " is not translated";
        EXPECT_TRUE(shown.contains(fsi + path + pdi)) << shown.toStdString();
    }
    // A refused date in an Arabic editor: the value as typed, isolated.
    ui::UiContext& uiContext = session().context();
    ui::ActivityEditor editor(
        uiContext.edits, uiContext.display, choices(workspace()), std::nullopt, &window());
    editor.show();
    type(&editor, "start", QStringLiteral("2026-02-30"));
    EXPECT_FALSE(editor.save());
    EXPECT_TRUE(
        messageUnder(editor, "start date").contains(fsi + QStringLiteral("2026-02-30") + pdi))
        << messageUnder(editor, "start date").toStdString();
}

} // namespace tansiq::test
