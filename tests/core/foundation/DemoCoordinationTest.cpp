// The sample registry's coordination records (decision 0082): every coordination page has
// something to show (working groups, meetings with linked decisions, action points some of
// them overdue, monitoring visits with follow-up, registrations some expired or expiring),
// the same records for the same seed, and the 4W of a seed unchanged by them.

#include "core/demo/DemoGenerator.h"
#include "core/registry/Registry.h"
#include "core/registry/coordination/CoordinationRegistry.h"
#include "core/storage/Database.h"
#include "tests/support/TestWorkspace.h"

#include <gtest/gtest.h>

using namespace tansiq;

namespace {

QString rows(Database& db, const char* sql, int columns)
{
    QString out;
    Statement q(db.handle(), QByteArray(sql));
    while (q.step() == Statement::Step::Row) {
        for (int c = 0; c < columns; ++c)
            out += q.text(c) + QLatin1Char('|');
        out += QLatin1Char('\n');
    }
    return out;
}

// What must not depend on when or where the demo ran (child rows have ids of their own).
QString coordination(Database& db)
{
    return rows(db, "SELECT hex(id), name_en, admin_pcode, cadence FROM working_group ORDER BY id",
               4)
        + rows(db, "SELECT hex(id), held_on, title, hex(group_id) FROM meeting ORDER BY id", 4)
        + rows(db,
            "SELECT hex(meeting_id), text, hex(sector_id), admin_pcode, hex(need_id) "
            "FROM meeting_decision ORDER BY meeting_id, text",
            5)
        + rows(db,
            "SELECT hex(id), text, hex(org_id), due_on, status, hex(meeting_id), hex(visit_id) "
            "FROM action_point ORDER BY id",
            7)
        + rows(db,
            "SELECT hex(id), visited_on, hex(project_id), admin_pcode, rating, findings "
            "FROM monitoring_visit ORDER BY id",
            6)
        + rows(db,
            "SELECT hex(id), hex(org_id), registration_no, registered_on, expires_on, status "
            "FROM partner_registration ORDER BY id",
            6);
}

QString activities(Database& db)
{
    return rows(db,
        "SELECT hex(id), hex(implementing_org_id), admin_pcode, start_date, reached "
        "FROM activity ORDER BY id",
        5);
}

DemoSummary generate(test::TestWorkspace& ws, quint64 seed, bool withCoordination)
{
    DemoOptions options;
    options.seed = seed;
    options.activities = 1500;
    options.projects = 40;
    options.coordination = withCoordination;
    const auto summary = DemoGenerator(ws->registry(), options).run();
    EXPECT_TRUE(summary.ok()) << summary.errorText().toStdString();
    return summary.ok() ? summary.value() : DemoSummary {};
}

} // namespace

TEST(DemoCoordination, TheSameSeedGivesTheSameRecordsAndLeavesThe4WAsItWas)
{
    test::TestWorkspace a, b, without;
    generate(a, 5, true);
    generate(b, 5, true);
    generate(without, 5, false);
    EXPECT_FALSE(coordination(a->database()).isEmpty());
    EXPECT_EQ(coordination(a->database()), coordination(b->database()));
    EXPECT_EQ(activities(a->database()), activities(without->database()));
    EXPECT_TRUE(CoordinationRegistry(without->registry()).meetings().list().isEmpty());
}

TEST(DemoCoordination, EveryCoordinationPageHasSomethingToShow)
{
    test::TestWorkspace ws;
    const DemoSummary summary = generate(ws, 3, true);
    Registry& registry = ws->registry();
    CoordinationRegistry c(registry);
    EXPECT_EQ(summary.workingGroups, 4);
    EXPECT_EQ(c.groups().list().size(), 4);
    for (const WorkingGroup& g : c.groups().list()) {
        EXPECT_GE(g.members.size(), 3) << g.nameEn.toStdString();
        EXPECT_EQ(std::count_if(g.members.cbegin(), g.members.cend(),
                      [](const WorkingGroupMember& m) { return m.role == u"lead"; }),
            1);
    }
    const QList<Meeting> meetings = c.meetings().list();
    EXPECT_EQ(meetings.size(), 24);
    int linked = 0;
    for (const Meeting& m : meetings) {
        EXPECT_FALSE(m.attendance.isEmpty());
        EXPECT_EQ(m.decisions.size(), 2);
        linked += !m.decisions.first().needId.isNull() && !m.decisions.first().sectorId.isNull();
    }
    EXPECT_GT(linked, 0);

    // Some action points are overdue at the end of the demo period, some done.
    ActionPointFilter overdue;
    overdue.overdueOn = QStringLiteral("2026-11-01");
    EXPECT_GT(c.actions().list(overdue).size(), 0);
    int done = 0;
    int followUps = 0;
    for (const ActionPoint& a : c.actions().list()) {
        done += a.status == u"done";
        followUps += !a.visitId.isNull();
    }
    EXPECT_GT(done, 0);
    EXPECT_EQ(summary.actionPoints, c.actions().list().size());

    const QList<MonitoringVisit> visits = c.visits().list();
    EXPECT_EQ(visits.size(), 18);
    EXPECT_GT(followUps, 0);
    QSet<QString> ratings;
    for (const MonitoringVisit& v : visits)
        ratings.insert(v.rating);
    EXPECT_GE(ratings.size(), 2);

    // Registrations: most current, some expired, some expiring soon after the period.
    int expired = 0, expiring = 0;
    for (const PartnerRegistration& r : registry.registrations().list()) {
        expired += r.status == u"expired";
        expiring += r.status == u"registered" && r.expiresOn >= QStringLiteral("2026-11-01")
            && r.expiresOn <= QStringLiteral("2026-12-31");
    }
    EXPECT_GT(summary.registrations, 0);
    EXPECT_GT(expired, 0);
    EXPECT_GT(expiring, 0);
    // A few hundred records at most, whatever the number of activities.
    EXPECT_LT(summary.workingGroups + summary.meetings + summary.actionPoints + summary.visits
            + summary.registrations,
        300);
}
