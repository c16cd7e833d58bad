// Coordination records (issue 16) through the single write path: validated, transactional,
// bad input names the field and the value and leaves nothing behind; action points keep their
// status history and overdue ones are found.

#include "core/registry/Registry.h"
#include "core/registry/coordination/CoordinationRegistry.h"
#include "core/storage/Database.h"
#include "tests/support/DatabaseDump.h"
#include "tests/support/TestWorkspace.h"

#include <gtest/gtest.h>

using namespace tansiq;

namespace {

const QUuid kWash(QStringLiteral("{b04f4d10-97de-5c0b-8a0b-80e17ab86ec1}"));

class CoordinationWrite : public ::testing::Test {
protected:
    void SetUp() override
    {
        for (const char* acronym : { "SARC", "UNICEF", "FDS" }) {
            Organisation org;
            org.acronym = QString::fromLatin1(acronym);
            org.nameEn = org.acronym + QStringLiteral(" relief");
            org.nameAr = QStringLiteral("منظمة");
            const auto created = registry().organisations().create(org);
            ASSERT_TRUE(created.ok()) << created.errorText().toStdString();
            orgs << created.value();
        }
    }

    Registry& registry() { return ws->registry(); }
    CoordinationRegistry& coordination() { return *m_coordination; }

    Meeting validMeeting() const
    {
        Meeting m;
        m.heldOn = QStringLiteral("2026-10-20");
        m.title = QStringLiteral("General coordination meeting");
        m.adminPcode = QStringLiteral("SY09");
        m.attendance = orgs;
        m.decisions = { { QUuid(), QStringLiteral("Share the gap list"), kWash, QString(),
                            QUuid() },
            { QUuid(), QStringLiteral("Meet again in November"), QUuid(), QString(), QUuid() } };
        return m;
    }

    ActionPoint point(const QString& text, int org, const QString& due) const
    {
        ActionPoint a;
        a.text = text;
        a.orgId = orgs.at(org);
        a.dueOn = due;
        return a;
    }

    template<typename Write>
    void expectRefused(Write&& write, const QString& code, const QString& value)
    {
        const QString before = test::logicalDump(ws->database());
        const Issues issues = write();
        ASSERT_TRUE(hasErrors(issues)) << "the write should have been refused";
        bool found = false;
        for (const Issue& issue : issues) {
            if (issue.code == code && issue.message.contains(value)) {
                found = true;
                EXPECT_FALSE(issue.field.isEmpty());
            }
        }
        EXPECT_TRUE(found) << "no issue " << code.toStdString() << " naming " << value.toStdString()
                           << ": " << issuesToText(issues).toStdString();
        EXPECT_EQ(test::logicalDump(ws->database()), before)
            << "a refused write changed the database";
    }

    test::TestWorkspace ws;
    std::unique_ptr<CoordinationRegistry> m_coordination
        = std::make_unique<CoordinationRegistry>(ws->registry());
    QList<QUuid> orgs;
};

} // namespace

TEST_F(CoordinationWrite, AMeetingIsStoredWithAttendanceAndDecisionsInOrder)
{
    const auto created = coordination().meetings().create(validMeeting());
    ASSERT_TRUE(created.ok()) << created.errorText().toStdString();
    const auto stored = coordination().meetings().get(created.value());
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->attendance.size(), 3);
    ASSERT_EQ(stored->decisions.size(), 2);
    EXPECT_EQ(stored->decisions.at(0).text, QStringLiteral("Share the gap list"));
    EXPECT_EQ(stored->decisions.at(0).sectorId, kWash);
    EXPECT_TRUE(stored->groupId.isNull()); // a general coordination meeting
    EXPECT_EQ(coordination().meetings().list(QStringLiteral("2026-10")).size(), 1);
    EXPECT_TRUE(coordination().meetings().list(QStringLiteral("2026-09")).isEmpty());
}

TEST_F(CoordinationWrite, AMeetingWithABadDecisionPlaceIsRefusedWhole)
{
    Meeting m = validMeeting();
    m.decisions[1].adminPcode = QStringLiteral("SY999999");
    expectRefused([&] { return coordination().meetings().create(m).issues(); },
        QStringLiteral("unknown-pcode"), QStringLiteral("SY999999"));
}

TEST_F(CoordinationWrite, AMeetingDateThatIsNoDateIsRefusedNamingIt)
{
    Meeting m = validMeeting();
    m.heldOn = QStringLiteral("2026-13-40");
    expectRefused([&] { return coordination().meetings().create(m).issues(); },
        QStringLiteral("bad-date"), QStringLiteral("2026-13-40"));
}

TEST_F(CoordinationWrite, AnUnknownAttendingOrganisationIsRefused)
{
    Meeting m = validMeeting();
    const QUuid stranger = QUuid::createUuid();
    m.attendance << stranger;
    expectRefused([&] { return coordination().meetings().create(m).issues(); },
        QStringLiteral("unknown-organisation"), stranger.toString(QUuid::WithoutBraces));
}

TEST_F(CoordinationWrite, AnActionPointWithAnUnknownStatusIsRefusedNamingIt)
{
    ActionPoint a = point(QStringLiteral("Map routes"), 0, QStringLiteral("2026-11-10"));
    a.status = QStringLiteral("finished");
    expectRefused([&] { return coordination().actions().create(a).issues(); },
        QStringLiteral("unknown-term"), QStringLiteral("finished"));
}

TEST_F(CoordinationWrite, AWorkingGroupHasOneLead)
{
    WorkingGroup g;
    g.nameEn = QStringLiteral("WASH WG");
    g.nameAr = QStringLiteral("مجموعة عمل المياه");
    g.sectorId = kWash;
    g.adminPcode = QStringLiteral("SY09");
    g.members = { { orgs.at(0), QStringLiteral("lead") }, { orgs.at(1), QStringLiteral("lead") } };
    expectRefused([&] { return coordination().groups().create(g).issues(); },
        QStringLiteral("two-leads"), QString());
    g.members[1].role = QStringLiteral("co_lead");
    const auto created = coordination().groups().create(g);
    ASSERT_TRUE(created.ok()) << created.errorText().toStdString();
    const auto stored = coordination().groups().get(created.value());
    ASSERT_EQ(stored->members.size(), 2);
    g = *stored;
    g.members.removeLast();
    ASSERT_TRUE(coordination().groups().update(g).ok());
    EXPECT_EQ(coordination().groups().get(created.value())->members.size(), 1);
    EXPECT_EQ(coordination().groups().groupsOf(orgs.at(0)), QList<QUuid> { created.value() });
}

TEST_F(CoordinationWrite, EveryStatusChangeIsKeptInTheHistory)
{
    const auto id = coordination().actions().create(
        point(QStringLiteral("Map routes"), 0, QStringLiteral("2026-11-10")));
    ASSERT_TRUE(id.ok()) << id.errorText().toStdString();
    ASSERT_TRUE(coordination().actions().setStatus(id.value(), QStringLiteral("in_progress")).ok());
    ASSERT_TRUE(coordination()
                    .actions()
                    .setStatus(id.value(), QStringLiteral("done"), QStringLiteral("All mapped"))
                    .ok());
    const auto history = coordination().actions().history(id.value());
    ASSERT_EQ(history.size(), 3);
    EXPECT_EQ(history.at(0).toStatus, QStringLiteral("open"));
    EXPECT_EQ(history.at(1).fromStatus, QStringLiteral("open"));
    EXPECT_EQ(history.at(1).toStatus, QStringLiteral("in_progress"));
    EXPECT_EQ(history.at(2).toStatus, QStringLiteral("done"));
    EXPECT_EQ(history.at(2).note, QStringLiteral("All mapped"));
    // A refused status writes neither the point nor a history row.
    expectRefused(
        [&] {
            return coordination()
                .actions()
                .setStatus(id.value(), QStringLiteral("closed"))
                .issues();
        },
        QStringLiteral("unknown-term"), QStringLiteral("closed"));
}

TEST_F(CoordinationWrite, OverdueActionPointsAreOpenOrInProgressPastTheirDueDate)
{
    auto& actions = coordination().actions();
    const QUuid late
        = actions.create(point(QStringLiteral("Late"), 0, QStringLiteral("2026-10-15"))).value();
    const QUuid doneLate
        = actions.create(point(QStringLiteral("Done late"), 1, QStringLiteral("2026-10-10")))
              .value();
    ASSERT_TRUE(actions.setStatus(doneLate, QStringLiteral("done")).ok());
    ASSERT_TRUE(
        actions.create(point(QStringLiteral("Not yet"), 1, QStringLiteral("2026-11-30"))).ok());
    const QUuid lateOther
        = actions.create(point(QStringLiteral("Late too"), 2, QStringLiteral("2026-10-31")))
              .value();
    ASSERT_TRUE(actions.setStatus(lateOther, QStringLiteral("in_progress")).ok());

    ActionPointFilter overdue;
    overdue.overdueOn = QStringLiteral("2026-11-01");
    QList<QUuid> found;
    for (const ActionPoint& a : actions.list(overdue))
        found << a.meta.id;
    EXPECT_EQ(found, (QList<QUuid> { late, lateOther }));
    overdue.orgId = orgs.at(2);
    ASSERT_EQ(actions.list(overdue).size(), 1);
    EXPECT_TRUE(actions.list(overdue).at(0).isOverdue(QStringLiteral("2026-11-01")));
    EXPECT_EQ(actions.list().size(), 4);
}

TEST_F(CoordinationWrite, AMonitoringVisitNeedsAProjectOrActivityAndCarriesFollowUps)
{
    MonitoringVisit v;
    v.visitedOn = QStringLiteral("2026-10-22");
    v.adminPcode = QStringLiteral("SY09");
    v.visitingOrgId = orgs.at(0);
    v.rating = QStringLiteral("delays");
    expectRefused([&] { return coordination().visits().create(v).issues(); },
        QStringLiteral("required"), QString());
    Project p;
    p.code = QStringLiteral("P-1");
    p.titleEn = QStringLiteral("Water");
    p.titleAr = QStringLiteral("مياه");
    p.leadOrgId = orgs.at(1);
    p.startDate = QStringLiteral("2026-01-01");
    v.projectId = registry().projects().create(p).value();
    const auto visit = coordination().visits().create(v);
    ASSERT_TRUE(visit.ok()) << visit.errorText().toStdString();
    ActionPoint follow = point(QStringLiteral("Fix the pump"), 1, QStringLiteral("2026-11-05"));
    follow.visitId = visit.value();
    ASSERT_TRUE(coordination().actions().create(follow).ok());
    ActionPointFilter byVisit;
    byVisit.visitId = visit.value();
    EXPECT_EQ(coordination().actions().list(byVisit).size(), 1);
    EXPECT_EQ(coordination().visits().get(visit.value())->rating, QStringLiteral("delays"));
}
