// Which partners a coordinator must chase: expired or expiring registrations, and active
// partners without a current one, relative to the injected clock (issue 16, item 5).

#include "core/browse/RegistrationWatch.h"

#include "tests/core/registrations/RegistrationTestSupport.h"
#include "tests/support/TestWorkspace.h"

#include <gtest/gtest.h>

using namespace tansiq;
using namespace tansiq::test;
using browse::RegistrationStanding;
using browse::RegistrationWatch;

namespace {

class RegistrationWatchTest : public ::testing::Test {
protected:
    void SetUp() override { ws.clock().set(noonOf("2026-11-01")); }
    Registry& registry() { return ws->registry(); }
    void add(const QUuid& org, const char* number, const char* date, const char* expiry,
        const char* status = "registered")
    {
        const auto created = registry().registrations().create(
            registration(org, QString::fromLatin1(number), QString::fromLatin1(date),
                QString::fromLatin1(expiry), QString::fromLatin1(status)));
        ASSERT_TRUE(created.ok()) << created.errorText().toStdString();
    }
    QStringList acronyms(const QList<browse::OrganisationStanding>& list)
    {
        QStringList names;
        for (const auto& s : list)
            names << s.acronym;
        return names;
    }
    browse::OrganisationStanding standingOf(const QString& acronym)
    {
        for (const auto& s : RegistrationWatch(registry().database(), ws.clock()).standings(60))
            if (s.acronym == acronym)
                return s;
        ADD_FAILURE() << "no organisation " << acronym.toStdString();
        return {};
    }

    TestWorkspace ws;
};

TEST_F(RegistrationWatchTest, AnExpiredRegistrationIsFlagged)
{
    const QUuid org = addOrganisation(registry(), QStringLiteral("EXP"));
    add(org, "100", "2023-10-01", "2026-10-15"); // still "registered", but the date is past
    const auto s = standingOf(QStringLiteral("EXP"));
    EXPECT_EQ(s.standing, RegistrationStanding::Expired);
    EXPECT_TRUE(s.flagged());
    EXPECT_EQ(s.daysLeft.value_or(0), -17);
    RegistrationWatch watch(registry().database(), ws.clock());
    EXPECT_EQ(acronyms(watch.expiring(60)), QStringList { QStringLiteral("EXP") });
    EXPECT_EQ(acronyms(watch.withoutCurrent()), QStringList { QStringLiteral("EXP") });
}

TEST_F(RegistrationWatchTest, AnActivePartnerWithoutRegistrationIsFlagged)
{
    addOrganisation(registry(), QStringLiteral("NONE"));
    addOrganisation(registry(), QStringLiteral("GONE"), false); // inactive: not chased
    const QUuid ok = addOrganisation(registry(), QStringLiteral("OK"));
    add(ok, "200", "2025-01-01", "2028-01-01");
    RegistrationWatch watch(registry().database(), ws.clock());
    EXPECT_EQ(acronyms(watch.withoutCurrent()), QStringList { QStringLiteral("NONE") });
    EXPECT_EQ(standingOf(QStringLiteral("NONE")).standing, RegistrationStanding::Missing);
    EXPECT_EQ(standingOf(QStringLiteral("OK")).standing, RegistrationStanding::Current);
    EXPECT_FALSE(standingOf(QStringLiteral("OK")).flagged());
}

TEST_F(RegistrationWatchTest, ExpiringWithinTheWindowIsListedSoonestFirstAndMovesWithTheClock)
{
    const QUuid later = addOrganisation(registry(), QStringLiteral("LATER"));
    const QUuid soon = addOrganisation(registry(), QStringLiteral("SOON"));
    const QUuid far = addOrganisation(registry(), QStringLiteral("FAR"));
    add(later, "1", "2024-01-01", "2026-12-20");
    add(soon, "2", "2024-01-01", "2026-11-10");
    add(far, "3", "2024-01-01", "2027-06-01");
    RegistrationWatch watch(registry().database(), ws.clock());
    EXPECT_EQ(acronyms(watch.expiring(60)),
        (QStringList { QStringLiteral("SOON"), QStringLiteral("LATER") }));
    EXPECT_EQ(acronyms(watch.expiring(30)), QStringList { QStringLiteral("SOON") });
    EXPECT_TRUE(watch.withoutCurrent().isEmpty()); // expiring is still registered

    ws.clock().set(noonOf("2026-11-11")); // a day after SOON's expiry
    EXPECT_EQ(standingOf(QStringLiteral("SOON")).standing, RegistrationStanding::Expired);
    EXPECT_EQ(acronyms(watch.withoutCurrent()), QStringList { QStringLiteral("SOON") });
}

TEST_F(RegistrationWatchTest, ARenewalClearsTheFlagAndPendingOrSuspendedStayFlagged)
{
    const QUuid renewed = addOrganisation(registry(), QStringLiteral("REN"));
    add(renewed, "1", "2021-01-01", "2024-01-01", "expired");
    add(renewed, "2", "2024-01-01", "2029-01-01");
    const QUuid pending = addOrganisation(registry(), QStringLiteral("PEN"));
    add(pending, "", "2026-09-01", "", "pending");
    const QUuid suspended = addOrganisation(registry(), QStringLiteral("SUS"));
    add(suspended, "9", "2022-01-01", "2027-01-01", "suspended");
    EXPECT_EQ(standingOf(QStringLiteral("REN")).standing, RegistrationStanding::Current);
    EXPECT_EQ(standingOf(QStringLiteral("PEN")).standing, RegistrationStanding::Pending);
    EXPECT_EQ(standingOf(QStringLiteral("SUS")).standing, RegistrationStanding::Suspended);
    RegistrationWatch watch(registry().database(), ws.clock());
    EXPECT_EQ(acronyms(watch.withoutCurrent()),
        (QStringList { QStringLiteral("PEN"), QStringLiteral("SUS") }));
    EXPECT_TRUE(watch.expiring(60).isEmpty());
}

TEST_F(RegistrationWatchTest, ADeletedRegistrationNoLongerCounts)
{
    const QUuid org = addOrganisation(registry(), QStringLiteral("DEL"));
    const QUuid id = registry()
                         .registrations()
                         .create(registration(org, QStringLiteral("5"),
                             QStringLiteral("2025-01-01"), QStringLiteral("2030-01-01")))
                         .value();
    EXPECT_EQ(standingOf(QStringLiteral("DEL")).standing, RegistrationStanding::Current);
    ASSERT_TRUE(registry().registrations().remove(id).ok());
    EXPECT_EQ(standingOf(QStringLiteral("DEL")).standing, RegistrationStanding::Missing);
}

} // namespace
