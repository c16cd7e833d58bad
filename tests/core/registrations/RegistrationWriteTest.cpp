// Partner registrations go through the single write path: validated, named errors, nothing
// half-written (issue 16, item 5).

#include "core/storage/Database.h"
#include "tests/core/registrations/RegistrationTestSupport.h"
#include "tests/support/DatabaseDump.h"
#include "tests/support/TestWorkspace.h"

#include <gtest/gtest.h>

using namespace tansiq;
using namespace tansiq::test;

namespace {

class RegistrationWrite : public ::testing::Test {
protected:
    Registry& registry() { return ws->registry(); }
    TestWorkspace ws;
    QUuid org = addOrganisation(ws->registry(), QStringLiteral("FDS"));
};

bool namesFieldAndValue(const Issues& issues, const QString& value)
{
    for (const Issue& issue : issues) {
        if (issue.severity == Issue::Severity::Error && issue.value == value
            && issue.message.contains(value))
            return true;
    }
    return false;
}

TEST_F(RegistrationWrite, AValidRegistrationIsStoredAndReadBack)
{
    PartnerRegistration r = registration(org, QStringLiteral("1234/2024"),
        QStringLiteral("2024-03-01"), QStringLiteral("2027-03-01"));
    r.authority = QStringLiteral("mosal_directorate");
    r.authorityName = QStringLiteral("مديرية الشؤون الاجتماعية والعمل في دير الزور");
    const auto created = registry().registrations().create(r);
    ASSERT_TRUE(created.ok()) << created.errorText().toStdString();
    const auto read = registry().registrations().get(created.value());
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->number, QStringLiteral("1234/2024"));
    EXPECT_EQ(read->authorityName, r.authorityName);
    EXPECT_EQ(read->expiresOn, QStringLiteral("2027-03-01"));
    EXPECT_EQ(registry().registrations().listFor(org).size(), 1);
}

TEST_F(RegistrationWrite, AnExpiryBeforeTheDateIsRefusedNamingBothAndNothingIsWritten)
{
    const QString before = logicalDump(registry().database());
    const auto created = registry().registrations().create(registration(
        org, QStringLiteral("77"), QStringLiteral("2025-06-01"), QStringLiteral("2025-05-31")));
    ASSERT_FALSE(created.ok());
    EXPECT_TRUE(namesFieldAndValue(created.issues(), QStringLiteral("2025-05-31")))
        << created.errorText().toStdString();
    EXPECT_TRUE(created.errorText().contains(QStringLiteral("2025-06-01")));
    EXPECT_EQ(logicalDump(registry().database()), before);
}

TEST_F(RegistrationWrite, BadDatesStatusesAndAuthoritiesAreRefusedByName)
{
    const QString before = logicalDump(registry().database());
    PartnerRegistration badDate
        = registration(org, QStringLiteral("1"), QStringLiteral("01/03/2024"), {});
    EXPECT_TRUE(namesFieldAndValue(
        registry().registrations().create(badDate).issues(), QStringLiteral("01/03/2024")));
    PartnerRegistration badStatus = registration(
        org, QStringLiteral("1"), QStringLiteral("2024-03-01"), {}, QStringLiteral("approved"));
    EXPECT_TRUE(namesFieldAndValue(
        registry().registrations().create(badStatus).issues(), QStringLiteral("approved")));
    PartnerRegistration other
        = registration(org, QStringLiteral("1"), QStringLiteral("2024-03-01"), {});
    other.authority = QStringLiteral("other"); // another authority must be named
    const auto unnamed = registry().registrations().create(other);
    ASSERT_FALSE(unnamed.ok());
    EXPECT_EQ(unnamed.issues().first().code, QStringLiteral("required"));
    PartnerRegistration noNumber = registration(org, QString(), QStringLiteral("2024-03-01"), {});
    EXPECT_FALSE(registry().registrations().create(noNumber).ok());
    PartnerRegistration orphan
        = registration(QUuid::createUuid(), QStringLiteral("1"), QStringLiteral("2024-03-01"), {});
    EXPECT_FALSE(registry().registrations().create(orphan).ok());
    EXPECT_EQ(logicalDump(registry().database()), before);
}

TEST_F(RegistrationWrite, APendingRegistrationNeedsNoNumberYet)
{
    PartnerRegistration pending
        = registration(org, QString(), QStringLiteral("2026-10-01"), {}, QStringLiteral("pending"));
    EXPECT_TRUE(registry().registrations().create(pending).ok());
}

TEST_F(RegistrationWrite, ReplacingAnOrganisationsRegistrationsIsAllOrNothing)
{
    auto& repo = registry().registrations();
    const QUuid first
        = repo.create(registration(org, QStringLiteral("A-1"), QStringLiteral("2020-01-01"),
                          QStringLiteral("2023-01-01"), QStringLiteral("expired")))
              .value();
    const QString before = logicalDump(registry().database());
    PartnerRegistration renewed = registration(
        org, QStringLiteral("A-2"), QStringLiteral("2023-01-01"), QStringLiteral("2026-01-01"));
    PartnerRegistration broken = registration(
        org, QStringLiteral("A-3"), QStringLiteral("2026-02-01"), QStringLiteral("2025-01-01"));
    const Status refused = repo.replaceFor(org, { renewed, broken });
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(namesFieldAndValue(refused.issues(), QStringLiteral("2025-01-01")));
    EXPECT_EQ(logicalDump(registry().database()), before);

    // Replace the expired one by the renewal, then bring it back (what undo does).
    const auto old = repo.get(first);
    ASSERT_TRUE(repo.replaceFor(org, { renewed }).ok());
    ASSERT_EQ(repo.listFor(org).size(), 1);
    EXPECT_EQ(repo.listFor(org).first().number, QStringLiteral("A-2"));
    ASSERT_TRUE(repo.replaceFor(org, { *old }).ok());
    ASSERT_EQ(repo.listFor(org).size(), 1);
    EXPECT_EQ(repo.listFor(org).first().meta.id, first);
}

} // namespace
