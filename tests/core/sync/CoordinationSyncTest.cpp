// Issue 16, "Must show": coordination records travel in bundles like the 4W. A WASH working
// group meeting at Deir ez-Zor with attendance, two decisions and three action points reaches
// the head office and Raqqa; concurrent status changes to one action point become a conflict a
// person resolves, while both offices' status histories are kept.

#include "core/registry/Registry.h"
#include "core/registry/coordination/CoordinationRegistry.h"
#include "core/storage/Database.h"
#include "core/sync/Conflicts.h"
#include "tests/core/sync/SyncNetwork.h"
#include "tests/support/TestRecords.h"

#include <gtest/gtest.h>

namespace tansiq::test {
namespace {

const QUuid kWash(QStringLiteral("{b04f4d10-97de-5c0b-8a0b-80e17ab86ec1}"));

void addPlaces(SimOffice& office)
{
    ASSERT_TRUE(
        office.db()
            .execScript("INSERT INTO admin_unit (pcode, level, parent_pcode, name_en, name_ar) "
                        "VALUES ('SY', 0, NULL, 'Syria', 'سوريا'), "
                        "('SY09', 1, 'SY', 'Deir-ez-Zor', 'دير الزور'), "
                        "('SY11', 1, 'SY', 'Ar-Raqqa', 'الرقة')")
            .ok());
}

void deliver(SimOffice& from, SimOffice& to)
{
    auto bundle = from.exportTo(to);
    ASSERT_TRUE(bundle.ok()) << bundle.errorText().toStdString();
    auto imported = to.import(bundle->bytes);
    ASSERT_TRUE(imported.ok()) << imported.errorText().toStdString();
}

class CoordinationSync : public ::testing::Test {
protected:
    CoordinationSync()
    {
        for (int i = 0; i < network.size(); ++i)
            addPlaces(network.office(i));
    }
    SimOffice& ho() { return network.headOffice(); }
    SimOffice& deir() { return network.office(1); }
    SimOffice& raqqa() { return network.office(2); }

    // The WASH working group of Deir ez-Zor meets at Deir ez-Zor (written at that office).
    QUuid washMeeting()
    {
        CoordinationRegistry c(deir().registry());
        orgs = { addOrganisation(deir().registry(), QStringLiteral("SARC")),
            addOrganisation(deir().registry(), QStringLiteral("UNICEF")),
            addOrganisation(deir().registry(), QStringLiteral("Mercy")) };
        WorkingGroup group;
        group.nameEn = QStringLiteral("WASH working group, Deir ez-Zor");
        group.nameAr = QStringLiteral("مجموعة عمل المياه والإصحاح، دير الزور");
        group.sectorId = kWash;
        group.adminPcode = QStringLiteral("SY09");
        group.members = { { orgs.at(1), QStringLiteral("lead") },
            { orgs.at(0), QStringLiteral("co_lead") }, { orgs.at(2), QStringLiteral("member") } };
        auto groupId = c.groups().create(group);
        EXPECT_TRUE(groupId.ok()) << groupId.errorText().toStdString();
        Meeting meeting;
        meeting.heldOn = QStringLiteral("2026-10-20");
        meeting.groupId = groupId.value();
        meeting.title = QStringLiteral("Monthly WASH meeting");
        meeting.adminPcode = QStringLiteral("SY09");
        meeting.venue = QStringLiteral("Governorate hall");
        meeting.chair = QStringLiteral("UNICEF WASH officer");
        meeting.agenda = QStringLiteral("1. Water trucking gaps\n2. Winter hygiene kits");
        meeting.minutes = QStringLiteral("<p>The group reviewed <b>water trucking</b>.</p>");
        meeting.attendance = orgs;
        meeting.decisions = { { QUuid(), QStringLiteral("Extend water trucking to Hajin"), kWash,
                                  QStringLiteral("SY09"), QUuid() },
            { QUuid(), QStringLiteral("Pool hygiene kit stocks"), QUuid(), QString(), QUuid() } };
        auto meetingId = c.meetings().create(meeting);
        EXPECT_TRUE(meetingId.ok()) << meetingId.errorText().toStdString();
        const QStringList texts = { QStringLiteral("Map trucking routes"),
            QStringLiteral("Share kit stock figures"), QStringLiteral("Report on chlorination") };
        for (int i = 0; i < 3; ++i) {
            ActionPoint point;
            point.text = texts.at(i);
            point.orgId = orgs.at(i);
            point.dueOn = QStringLiteral("2026-11-1%1").arg(i);
            point.meetingId = meetingId.value();
            auto pointId = c.actions().create(point);
            EXPECT_TRUE(pointId.ok()) << pointId.errorText().toStdString();
            points << pointId.value();
        }
        return meetingId.value();
    }

    SimNetwork network { 2 };
    QList<QUuid> orgs;
    QList<QUuid> points;
};

} // namespace

TEST_F(CoordinationSync, AWashMeetingAtDeirEzZorReachesTheHeadOfficeAndRaqqa)
{
    const QUuid meetingId = washMeeting();
    deliver(deir(), ho());
    deliver(ho(), raqqa());

    for (SimOffice* office : { &ho(), &raqqa() }) {
        CoordinationRegistry c(office->registry());
        const auto meeting = c.meetings().get(meetingId);
        ASSERT_TRUE(meeting.has_value()) << office->name.toStdString();
        EXPECT_EQ(meeting->title, QStringLiteral("Monthly WASH meeting"));
        EXPECT_EQ(meeting->attendance.size(), 3);
        ASSERT_EQ(meeting->decisions.size(), 2);
        EXPECT_EQ(meeting->decisions.at(0).text, QStringLiteral("Extend water trucking to Hajin"));
        EXPECT_EQ(meeting->decisions.at(1).text, QStringLiteral("Pool hygiene kit stocks"));
        EXPECT_EQ(
            meeting->minutes, QStringLiteral("<p>The group reviewed <b>water trucking</b>.</p>"));
        ActionPointFilter filter;
        filter.meetingId = meetingId;
        EXPECT_EQ(c.actions().list(filter).size(), 3);
        const auto group = c.groups().get(meeting->groupId);
        ASSERT_TRUE(group.has_value());
        EXPECT_EQ(group->members.size(), 3);
        EXPECT_EQ(c.actions().history(points.at(0)).size(), 1);
    }
    EXPECT_EQ(ho().stateHash().toHex(), deir().stateHash().toHex());
    EXPECT_EQ(raqqa().stateHash().toHex(), deir().stateHash().toHex());
}

TEST_F(CoordinationSync, ConcurrentStatusChangesAreAConflictAPersonResolvesAndNoHistoryIsLost)
{
    washMeeting();
    deliver(deir(), ho());
    deliver(ho(), raqqa());
    const QUuid point = points.at(0);

    // Deir ez-Zor marks it done while Raqqa, not knowing, marks it dropped.
    ASSERT_TRUE(CoordinationRegistry(deir().registry())
                    .actions()
                    .setStatus(point, QStringLiteral("done"), QStringLiteral("Routes mapped"))
                    .ok());
    ASSERT_TRUE(CoordinationRegistry(raqqa().registry())
                    .actions()
                    .setStatus(point, QStringLiteral("dropped"), QStringLiteral("Trucking stopped"))
                    .ok());
    deliver(deir(), ho());
    deliver(raqqa(), ho());

    sync::Conflicts conflicts(ho().db(), ho().registry().writer());
    const QList<sync::Conflict> open = conflicts.list();
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(open.at(0).table, QStringLiteral("action_point"));
    EXPECT_EQ(open.at(0).fieldName, QStringLiteral("status"));
    EXPECT_EQ(open.at(0).row, point);
    QStringList competing;
    for (const sync::Conflict::Head& head : open.at(0).heads)
        competing << head.value.toString();
    competing.sort();
    EXPECT_EQ(competing, (QStringList { QStringLiteral("done"), QStringLiteral("dropped") }));

    // Both offices' changes are in the history, whichever value is shown.
    const auto history = CoordinationRegistry(ho().registry()).actions().history(point);
    ASSERT_EQ(history.size(), 3);
    QStringList notes;
    for (const ActionPointStatusChange& change : history)
        notes << change.note;
    EXPECT_TRUE(notes.contains(QStringLiteral("Routes mapped")));
    EXPECT_TRUE(notes.contains(QStringLiteral("Trucking stopped")));

    // The coordinator keeps "done" (whichever head carries it); every office converges.
    int doneHead = 0;
    for (int i = 0; i < open.at(0).heads.size(); ++i)
        if (open.at(0).heads.at(i).value.toString() == QLatin1String("done"))
            doneHead = i + 1;
    ASSERT_TRUE(conflicts.resolve(open.at(0).id, QString::number(doneHead)).ok());
    EXPECT_TRUE(conflicts.list().isEmpty());
    deliver(ho(), deir());
    deliver(ho(), raqqa());
    for (SimOffice* office : { &ho(), &deir(), &raqqa() }) {
        EXPECT_EQ(CoordinationRegistry(office->registry()).actions().get(point)->status,
            QStringLiteral("done"))
            << office->name.toStdString();
        EXPECT_EQ(CoordinationRegistry(office->registry()).actions().history(point).size(), 3);
        EXPECT_TRUE(sync::Conflicts(office->db(), office->registry().writer()).list().isEmpty())
            << office->name.toStdString();
    }
    EXPECT_EQ(deir().stateHash().toHex(), ho().stateHash().toHex());
    EXPECT_EQ(raqqa().stateHash().toHex(), ho().stateHash().toHex());
}

TEST_F(CoordinationSync, AttendanceAddedAtTwoOfficesKeepsBoth)
{
    const QUuid meetingId = washMeeting();
    deliver(deir(), ho());
    deliver(ho(), raqqa());
    const QUuid extra = addOrganisation(raqqa().registry(), QStringLiteral("IRC"));
    Meeting atRaqqa = *CoordinationRegistry(raqqa().registry()).meetings().get(meetingId);
    atRaqqa.attendance << extra;
    ASSERT_TRUE(CoordinationRegistry(raqqa().registry()).meetings().update(atRaqqa).ok());
    Meeting atDeir = *CoordinationRegistry(deir().registry()).meetings().get(meetingId);
    atDeir.attendance.removeAll(orgs.at(2));
    ASSERT_TRUE(CoordinationRegistry(deir().registry()).meetings().update(atDeir).ok());
    deliver(raqqa(), ho());
    deliver(deir(), ho());
    deliver(ho(), raqqa());
    deliver(ho(), deir());
    for (SimOffice* office : { &ho(), &deir(), &raqqa() }) {
        const QList<QUuid> attended
            = CoordinationRegistry(office->registry()).meetings().get(meetingId)->attendance;
        EXPECT_EQ(attended.size(), 3) << office->name.toStdString();
        EXPECT_TRUE(attended.contains(extra));
        EXPECT_FALSE(attended.contains(orgs.at(2)));
    }
    EXPECT_EQ(deir().stateHash().toHex(), ho().stateHash().toHex());
    EXPECT_EQ(raqqa().stateHash().toHex(), ho().stateHash().toHex());
}

} // namespace tansiq::test
