// Issue 16, what a coordinator follows up: monitoring visits on their own page (added in the
// editor, refused naming the field, undone; serious problems and overdue follow-up stand
// out); a decision's sector, place and need chosen in the meeting editor; the partners page
// counting each organisation's overdue action points and opening them on the Action points
// page.

#include "core/registry/Registry.h"
#include "core/registry/coordination/CoordinationRegistry.h"
#include "tests/support/DatabaseDump.h"
#include "tests/ui/GuiFixture.h"
#include "ui/common/DateField.h"
#include "ui/common/EditorForm.h"
#include "ui/common/FilterCombo.h"
#include "ui/common/PlacePicker.h"
#include "ui/common/TermCombo.h"
#include "ui/coordination/ActionPointEditor.h"
#include "ui/coordination/ActionPointsPage.h"
#include "ui/coordination/CoordinationEdits.h"
#include "ui/coordination/MeetingEditor.h"
#include "ui/coordination/MonitoringVisitEditor.h"
#include "ui/coordination/MonitoringVisitsPage.h"
#include "ui/registry/OrganisationCombo.h"
#include "ui/registry/OrganisationModel.h"
#include "ui/registry/OrganisationsPage.h"
#include "ui/registry/SectorCombo.h"
#include "ui/shell/MainWindow.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

namespace tansiq::test {

namespace {

const QUuid kWash(QStringLiteral("{b04f4d10-97de-5c0b-8a0b-80e17ab86ec1}"));

class CoordinationFollowUp : public GuiFixture {
protected:
    void SetUp() override
    {
        GuiFixture::SetUp();
        Registry& registry = workspace().registry();
        CoordinationRegistry c(registry);
        orgs = registry.organisations().list();
        projects = registry.projects().list();
        ASSERT_GE(orgs.size(), 3);
        ASSERT_FALSE(projects.isEmpty());
        place = registry.reference().adminUnits(3).first().pcode;
        MonitoringVisit visit;
        visit.visitedOn = QStringLiteral("2026-10-12");
        visit.projectId = projects.first().meta.id;
        visit.adminPcode = place;
        visit.visitingOrgId = orgs.at(0).meta.id;
        visit.rating = QStringLiteral("delays");
        visit.findings = QStringLiteral("Trucks two weeks late\nHalf the households served");
        visitId = c.visits().create(visit).value();
        ActionPoint late;
        late.text = QStringLiteral("Send a catch-up plan");
        late.orgId = orgs.at(1).meta.id;
        late.dueOn = QStringLiteral("2020-01-15");
        late.visitId = visitId;
        overdue = c.actions().create(late).value();
        ActionPoint later = late;
        later.text = QStringLiteral("Report the second round");
        later.dueOn = QStringLiteral("2099-12-31");
        c.actions().create(later).value();
        for (ui::Page* p : window().pages())
            p->refresh();
        settle();
    }

    template<typename Page> Page* page(const char* id)
    {
        return static_cast<Page*>(window().page(QString::fromLatin1(id)));
    }

    QList<Organisation> orgs;
    QList<Project> projects;
    QString place;
    QUuid visitId, overdue;
};

} // namespace

TEST_F(CoordinationFollowUp, AVisitIsListedWithItsProjectRatingFindingsAndOverdueFollowUp)
{
    auto* visits = page<ui::MonitoringVisitsPage>("visits");
    ASSERT_NE(visits, nullptr);
    ui::CoordinationRowsModel& model = *visits->model();
    ASSERT_EQ(model.rowCount(), 1);
    const QStringList cells = model.rowAt(0).cells;
    EXPECT_EQ(cells.at(1), projects.first().code);
    EXPECT_EQ(cells.at(3), orgs.at(0).acronym);
    EXPECT_EQ(cells.at(4), QStringLiteral("Delays"));
    EXPECT_EQ(cells.at(5), QStringLiteral("Trucks two weeks late")); // the first line
    EXPECT_EQ(cells.at(6), QStringLiteral("2"));
    EXPECT_EQ(cells.at(7), QStringLiteral("1"));
    EXPECT_TRUE(model.rowAt(0).alert);
    EXPECT_TRUE(visits->alertLine()->isVisibleTo(visits));
    EXPECT_TRUE(visits->alertLine()->text().contains(QStringLiteral("overdue follow-up")))
        << visits->alertLine()->text().toStdString();

    // In Arabic the rating reads in Arabic.
    display().setLanguage(QStringLiteral("ar"));
    settle();
    EXPECT_EQ(model.rowAt(0).cells.at(4), QStringLiteral("تأخير"));
}

TEST_F(CoordinationFollowUp, AVisitIsAddedRefusedNamingTheFieldThenSavedAndUndone)
{
    ui::UiContext& context = session().context();
    ui::CoordinationEdits edits(context.edits, context.undo);
    auto* visits = page<ui::MonitoringVisitsPage>("visits");
    const QString before = logicalDump(workspace().database());
    {
        ui::MonitoringVisitEditor editor(edits, context.display, std::nullopt, &window());
        editor.date()->setText(QStringLiteral("2026-10-40"));
        editor.place()->setPcode(place);
        editor.organisation()->setCurrentIndex(1);
        editor.rating()->setCode(QStringLiteral("serious_problems"));
        editor.findings()->setPlainText(QStringLiteral("Complaints about selection"));
        EXPECT_FALSE(editor.save());
        const QString shown = editor.form()->messages().join(QLatin1Char('\n'));
        EXPECT_TRUE(shown.contains(QStringLiteral("2026-10-40"))) << shown.toStdString();
        EXPECT_TRUE(shown.contains(QStringLiteral("project or activity"), Qt::CaseInsensitive))
            << shown.toStdString();
        EXPECT_EQ(logicalDump(workspace().database()), before); // nothing half-written

        editor.date()->setText(QStringLiteral("2026-10-21"));
        editor.project()->setCurrentData(projects.last().meta.id);
        ASSERT_TRUE(editor.save())
            << editor.form()->messages().join(QLatin1Char('\n')).toStdString();
    }
    ASSERT_EQ(visits->model()->rowCount(), 2);
    EXPECT_EQ(visits->model()->rowAt(0).cells.at(4), QStringLiteral("Serious problems"));
    EXPECT_TRUE(visits->model()->rowAt(0).alert);
    EXPECT_TRUE(visits->alertLine()->text().contains(QStringLiteral("serious problems: 1")))
        << visits->alertLine()->text().toStdString();
    context.undo.undo();
    EXPECT_EQ(visits->model()->rowCount(), 1);
    context.undo.redo();
    EXPECT_EQ(visits->model()->rowCount(), 2);
}

TEST_F(CoordinationFollowUp, AFollowUpActionPointIsKeptWithTheVisitAndListedInItsEditor)
{
    ui::UiContext& context = session().context();
    ui::CoordinationEdits edits(context.edits, context.undo);
    const auto visit = CoordinationRegistry(workspace().registry()).visits().get(visitId);
    ASSERT_TRUE(visit);
    {
        ui::ActionPointEditor editor(edits, context.display, std::nullopt, &window());
        editor.followUp(*visit);
        named<QLineEdit>(editor, "text")->setText(QStringLiteral("Check the beneficiary lists"));
        named<QComboBox>(editor, "responsible")->setCurrentIndex(2);
        named<QLineEdit>(editor, "due")->setText(QStringLiteral("2099-01-31"));
        ASSERT_TRUE(editor.save())
            << editor.form()->messages().join(QLatin1Char('\n')).toStdString();
    }
    auto* visits = page<ui::MonitoringVisitsPage>("visits");
    EXPECT_EQ(visits->model()->rowAt(0).cells.at(6), QStringLiteral("3"));
    ui::MonitoringVisitEditor editor(edits, context.display, visit, &window());
    const QListWidget* followUp = editor.followUp();
    ASSERT_EQ(followUp->count(), 3);
    QStringList lines;
    for (int i = 0; i < followUp->count(); ++i)
        lines << followUp->item(i)->text();
    EXPECT_TRUE(
        lines.join(QLatin1Char('\n')).contains(QStringLiteral("Check the beneficiary lists")));
    EXPECT_TRUE(lines.first().contains(QStringLiteral("Send a catch-up plan")));
    EXPECT_TRUE(lines.first().contains(QStringLiteral("overdue"))) << lines.first().toStdString();
}

TEST_F(CoordinationFollowUp, ADecisionsSectorPlaceAndNeedAreChosenInTheMeetingEditor)
{
    ui::UiContext& context = session().context();
    ui::CoordinationEdits edits(context.edits, context.undo);
    CoordinationRegistry c(workspace().registry());
    Meeting meeting;
    meeting.heldOn = QStringLiteral("2026-10-20");
    meeting.title = QStringLiteral("General coordination meeting");
    meeting.decisions
        = { { QUuid(), QStringLiteral("Extend water trucking"), QUuid(), QString(), QUuid() },
              { QUuid(), QStringLiteral("Pool hygiene kits"), QUuid(), QString(), QUuid() } };
    const QUuid meetingId = c.meetings().create(meeting).value();
    {
        ui::MeetingEditor editor(edits, context.display, c.meetings().get(meetingId), &window());
        editor.tabs()->setCurrentIndex(3);
        editor.decisions()->setCurrentRow(0);
        ui::SectorCombo* sector = editor.decisionSector();
        sector->setCurrentIndex(sector->findData(kWash));
        editor.decisionPlace()->setPcode(place);
        ui::FilterCombo* need = editor.decisionNeed();
        ASSERT_GT(need->count(), 1);
        need->setCurrentIndex(1);
        const QUuid needId = need->currentData().toUuid();
        // The second decision keeps its own (empty) links; back on the first, its links show.
        editor.decisions()->setCurrentRow(1);
        EXPECT_TRUE(editor.decisionSector()->sectorId().isNull());
        EXPECT_TRUE(editor.decisionPlace()->pcode().isEmpty());
        editor.decisions()->setCurrentRow(0);
        EXPECT_EQ(editor.decisionSector()->sectorId(), kWash);
        EXPECT_EQ(editor.decisionNeed()->currentData().toUuid(), needId);
        ASSERT_TRUE(editor.save())
            << editor.form()->messages().join(QLatin1Char('\n')).toStdString();
        const auto saved = c.meetings().get(meetingId);
        ASSERT_EQ(saved->decisions.size(), 2);
        EXPECT_EQ(saved->decisions.at(0).sectorId, kWash);
        EXPECT_EQ(saved->decisions.at(0).adminPcode, place);
        EXPECT_EQ(saved->decisions.at(0).needId, needId);
        EXPECT_TRUE(saved->decisions.at(1).sectorId.isNull());
    }
    context.undo.undo(); // the links go with the edit
    EXPECT_TRUE(c.meetings().get(meetingId)->decisions.at(0).sectorId.isNull());
}

TEST_F(CoordinationFollowUp, ThePartnersPageCountsOverduePointsAndOpensThem)
{
    auto* partners = page<ui::OrganisationsPage>("organisations");
    ui::OrganisationModel& model = *partners->model();
    const int late = model.rowOf(orgs.at(1).meta.id);
    ASSERT_GE(late, 0);
    const QModelIndex cell = model.index(late, ui::OrganisationModel::Overdue);
    EXPECT_EQ(cell.data().toString(), QStringLiteral("1"));
    EXPECT_TRUE(
        cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Send a catch-up plan")));
    EXPECT_TRUE(cell.data(Qt::ForegroundRole).isValid());
    EXPECT_TRUE(model.index(model.rowOf(orgs.at(0).meta.id), ui::OrganisationModel::Overdue)
                    .data()
                    .toString()
                    .isEmpty());
    EXPECT_EQ(model.headerData(ui::OrganisationModel::Overdue, Qt::Horizontal, Qt::DisplayRole)
                  .toString(),
        QStringLiteral("Overdue action points"));
    EXPECT_TRUE(partners->overdueButton()->isEnabled());

    // Selecting the partner and asking for its overdue points opens them, and only them.
    window().showPage(QStringLiteral("organisations"));
    partners->table()->setCurrentIndex(partners->table()->model()->index(
        [&] {
            for (int r = 0; r < partners->table()->model()->rowCount(); ++r) {
                if (partners->table()->model()->index(r, 0).data().toString() == orgs.at(1).acronym)
                    return r;
            }
            return 0;
        }(),
        0));
    partners->overdueButton()->click();
    settle();
    auto* actions = page<ui::ActionPointsPage>("actions");
    EXPECT_EQ(window().currentPage(), actions);
    EXPECT_TRUE(actions->overdueOnly()->isChecked());
    EXPECT_EQ(actions->responsible()->currentData().toUuid(), orgs.at(1).meta.id);
    ASSERT_EQ(actions->model()->rowCount(), 1);
    EXPECT_EQ(actions->model()->rowAt(0).id, overdue);

    // Marking it done clears the count on the partners page.
    ASSERT_TRUE(CoordinationRegistry(workspace().registry())
                    .actions()
                    .setStatus(overdue, QStringLiteral("done"))
                    .ok());
    partners->refresh();
    EXPECT_TRUE(model.index(late, ui::OrganisationModel::Overdue).data().toString().isEmpty());
    EXPECT_FALSE(partners->overdueButton()->isEnabled());
}

// With TANSIQ_COORDINATION_SHOTS=DIR: the Monitoring visits page, the visit editor, the meeting
// editor's decision links and the partners page with its overdue column, in both languages.
TEST_F(CoordinationFollowUp, Screenshots)
{
    const QString shots = qEnvironmentVariable("TANSIQ_COORDINATION_SHOTS");
    if (shots.isEmpty())
        GTEST_SKIP() << "set TANSIQ_COORDINATION_SHOTS=DIR to write the screenshots";
    ui::UiContext& context = session().context();
    ui::CoordinationEdits edits(context.edits, context.undo);
    CoordinationRegistry c(workspace().registry());
    Meeting meeting;
    meeting.heldOn = QStringLiteral("2026-10-20");
    meeting.title = QStringLiteral("Monthly WASH meeting");
    meeting.decisions
        = { { QUuid(), QStringLiteral("Extend water trucking to Hajin"), kWash, place, QUuid() },
              { QUuid(), QStringLiteral("Pool hygiene kit stocks"), QUuid(), QString(), QUuid() } };
    const QUuid meetingId = c.meetings().create(meeting).value();
    window().resize(1366, 768);
    for (const char* lang : { "en", "ar" }) {
        language().apply(QString::fromLatin1(lang));
        display().setLanguage(QString::fromLatin1(lang));
        QCoreApplication::processEvents();
        const auto save = [&](QWidget& widget, const char* name) {
            QCoreApplication::processEvents();
            widget.grab().save(
                QDir(shots).filePath(QStringLiteral("%1-coordination-%2.png")
                                         .arg(QLatin1String(lang), QLatin1String(name))));
        };
        for (const char* id : { "visits", "organisations" }) {
            window().showPage(QString::fromLatin1(id));
            settle();
            save(window(), id);
        }
        ui::MonitoringVisitEditor visitEditor(
            edits, context.display, c.visits().get(visitId), &window());
        visitEditor.resize(640, 640);
        visitEditor.show();
        save(visitEditor, "visit-editor");
        ui::MeetingEditor meetingEditor(
            edits, context.display, c.meetings().get(meetingId), &window());
        meetingEditor.resize(700, 640);
        meetingEditor.show();
        meetingEditor.tabs()->setCurrentIndex(3);
        meetingEditor.decisions()->setCurrentRow(0);
        save(meetingEditor, "meeting-editor-decisions");
    }
}

} // namespace tansiq::test
