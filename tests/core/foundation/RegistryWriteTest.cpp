// The single write path: every write validated and transactional; bad input names the field
// and the value, and leaves nothing behind.

#include "core/registry/Registry.h"
#include "core/registry/validation/FieldChecks.h"
#include "core/storage/Database.h"
#include "tests/support/DatabaseDump.h"
#include "tests/support/TestWorkspace.h"

#include <gtest/gtest.h>

using namespace tansiq;

namespace {

class RegistryWrite : public ::testing::Test {
protected:
    void SetUp() override
    {
        Organisation org;
        org.acronym = QStringLiteral("FDS");
        org.nameEn = QStringLiteral("Euphrates Development Society");
        org.nameAr = QStringLiteral("جمعية الفرات للتنمية");
        org.type = QStringLiteral("nngo");
        const auto created = registry().organisations().create(org);
        ASSERT_TRUE(created.ok()) << created.errorText().toStdString();
        orgId = created.value();
        for (const Sector& s : registry().reference().sectors()) {
            if (s.code == u"WASH")
                wash = s.id;
            if (s.code == u"HLT")
                health = s.id;
        }
        for (const ActivityType& t : registry().reference().activityTypes()) {
            if (t.code == u"WASH-WTR")
                waterTrucking = t.id;
        }
    }

    Registry& registry() { return ws->registry(); }

    Activity validActivity() const
    {
        Activity a;
        a.implementingOrgId = orgId;
        a.sectorId = wash;
        a.activityTypeId = waterTrucking;
        a.adminPcode = QStringLiteral("SY090301"); // Thiban
        a.startDate = QStringLiteral("2026-10-01");
        a.endDate = QStringLiteral("2026-12-31");
        a.reportingMonth = QStringLiteral("2026-10");
        a.targeted = 1000;
        a.reachedGirls = 200;
        a.reachedBoys = 180;
        a.reachedWomen = 250;
        a.reachedMen = 220;
        a.reachedElderlyWomen = 40;
        a.reachedElderlyMen = 30;
        return a;
    }

    // Asserts a write was refused with `code` on a field, and changed nothing.
    template<typename Write>
    void expectRefused(Write&& write, const QString& code, const QString& valueInMessage)
    {
        const QString before = test::logicalDump(ws->database());
        const Issues issues = write();
        ASSERT_TRUE(hasErrors(issues)) << "the write should have been refused";
        bool found = false;
        for (const Issue& issue : issues) {
            if (issue.code == code) {
                found = true;
                EXPECT_FALSE(issue.field.isEmpty());
                EXPECT_TRUE(issue.message.contains(valueInMessage))
                    << issue.message.toStdString() << " should name "
                    << valueInMessage.toStdString();
            }
        }
        EXPECT_TRUE(found) << "no issue with code " << code.toStdString() << ": "
                           << issuesToText(issues).toStdString();
        EXPECT_EQ(test::logicalDump(ws->database()), before)
            << "a refused write changed the database";
    }

    test::TestWorkspace ws;
    QUuid orgId, wash, health, waterTrucking;
};

Issues createIssues(Registry& registry, const Activity& a)
{
    return registry.activities().create(a).issues();
}

} // namespace

TEST_F(RegistryWrite, AValidActivityIsStoredWithIdentityOriginAndDerivedTotal)
{
    const auto created = registry().activities().create(validActivity());
    ASSERT_TRUE(created.ok()) << created.errorText().toStdString();
    const auto stored = registry().activities().get(created.value());
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->reached, 920); // the total is derived from the breakdown
    EXPECT_EQ(stored->reportingOrgId, orgId);
    EXPECT_EQ(stored->meta.originOffice, registry().office().officeId);
    EXPECT_EQ(stored->meta.createdAt, ws.clock().nowMs());
    EXPECT_EQ(stored->meta.id.version(), QUuid::Random);
    EXPECT_EQ(registry().activities().count(), 1);
}

TEST_F(RegistryWrite, UnknownPcodeIsRefusedNamingThePcode)
{
    Activity a = validActivity();
    a.adminPcode = QStringLiteral("SY999999");
    expectRefused([&] { return createIssues(registry(), a); }, QStringLiteral("unknown-pcode"),
        QStringLiteral("SY999999"));
}

TEST_F(RegistryWrite, EndDateBeforeStartIsRefused)
{
    Activity a = validActivity();
    a.endDate = QStringLiteral("2026-09-30");
    expectRefused([&] { return createIssues(registry(), a); }, QStringLiteral("end-before-start"),
        QStringLiteral("2026-09-30"));
}

TEST_F(RegistryWrite, NegativeCountsAreRefused)
{
    Activity a = validActivity();
    a.targeted = -5;
    expectRefused([&] { return createIssues(registry(), a); }, QStringLiteral("negative"),
        QStringLiteral("-5"));
}

TEST_F(RegistryWrite, NonNumericCountsAreRefusedWhenParsed)
{
    const auto parsed
        = FieldChecks::parseCount(QStringLiteral("people reached"), QStringLiteral("about 300"));
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.issues().first().code, QStringLiteral("not-a-number"));
    EXPECT_TRUE(parsed.errorText().contains(QStringLiteral("about 300")));
    const auto arabicDigits
        = FieldChecks::parseCount(QStringLiteral("people reached"), QStringLiteral("١٬٢٥٠"));
    ASSERT_TRUE(arabicDigits.ok());
    EXPECT_EQ(*arabicDigits.value(), 1250);
    // A range is no number, not a negative one; a leading minus is negative.
    const auto range
        = FieldChecks::parseCount(QStringLiteral("households"), QStringLiteral("٤٠-٥٠"));
    ASSERT_FALSE(range.ok());
    EXPECT_EQ(range.issues().first().code, QStringLiteral("not-a-number"));
    const auto minus = FieldChecks::parseCount(QStringLiteral("households"), QStringLiteral("-40"));
    ASSERT_FALSE(minus.ok());
    EXPECT_EQ(minus.issues().first().code, QStringLiteral("negative"));
}

TEST_F(RegistryWrite, UnknownOrganisationIsRefused)
{
    Activity a = validActivity();
    a.implementingOrgId = QUuid::createUuid();
    expectRefused([&] { return createIssues(registry(), a); },
        QStringLiteral("unknown-organisation"), a.implementingOrgId.toString(QUuid::WithoutBraces));
}

TEST_F(RegistryWrite, TextThatIsNotValidUtf8IsRefused)
{
    Organisation org;
    org.acronym = QStringLiteral("BAD");
    org.nameEn
        = QStringLiteral("Broken") + QChar(0xDC00); // a lone surrogate: not encodable as UTF-8
    org.nameAr = QStringLiteral("منظمة");
    expectRefused([&] { return registry().organisations().create(org).issues(); },
        QStringLiteral("malformed-text"), QStringLiteral("English name"));
}

TEST_F(RegistryWrite, ActivityTypeMustBelongToTheSector)
{
    Activity a = validActivity();
    a.sectorId = health; // water trucking is WASH
    expectRefused([&] { return createIssues(registry(), a); },
        QStringLiteral("activity-type-sector"), QString());
}

TEST_F(RegistryWrite, ReachedMoreThanTargetedIsAWarningNotAnError)
{
    Activity a = validActivity();
    a.targeted = 500;
    const auto created = registry().activities().create(a);
    ASSERT_TRUE(created.ok()) << created.errorText().toStdString();
    ASSERT_EQ(created.issues().size(), 1);
    EXPECT_EQ(created.issues().first().severity, Issue::Severity::Warning);
    EXPECT_EQ(created.issues().first().code, QStringLiteral("reached-above-target"));
}

// Decision 0064: a breakdown that disagrees with its total is a warning the user sees, and the
// figures as written are stored (it was an error before).
TEST_F(RegistryWrite, BreakdownAboveTotalIsAWarningAndTheFiguresStand)
{
    Activity a = validActivity();
    a.reached = 100;
    const auto created = registry().activities().create(a);
    ASSERT_TRUE(created.ok()) << created.errorText().toStdString();
    ASSERT_EQ(created.issues().size(), 1);
    const Issue& issue = created.issues().first();
    EXPECT_EQ(issue.severity, Issue::Severity::Warning);
    EXPECT_EQ(issue.code, QStringLiteral("breakdown-disagrees"));
    EXPECT_TRUE(issue.message.contains(QStringLiteral("920"))) << issue.message.toStdString();
    EXPECT_TRUE(issue.message.contains(QStringLiteral("100"))) << issue.message.toStdString();
    EXPECT_EQ(registry().activities().get(created.value())->reached, 100);
}

TEST_F(RegistryWrite, UpdatesAreAuditedWithOldAndNewValues)
{
    const auto created = registry().activities().create(validActivity());
    ASSERT_TRUE(created.ok());
    Activity changed = *registry().activities().get(created.value());
    changed.targeted = 1200;
    ws.clock().advance(60'000);
    ASSERT_TRUE(registry().activities().update(changed).ok());
    const auto stored = registry().activities().get(created.value());
    EXPECT_EQ(stored->targeted, 1200);
    EXPECT_EQ(stored->meta.updatedAt, ws.clock().nowMs());
    Statement audit(ws->database().handle(),
        "SELECT action, details FROM audit_log WHERE table_name = 'activity' ORDER BY seq");
    ASSERT_EQ(audit.step(), Statement::Step::Row);
    EXPECT_EQ(audit.text(0), QStringLiteral("create"));
    ASSERT_EQ(audit.step(), Statement::Step::Row);
    EXPECT_EQ(audit.text(0), QStringLiteral("update"));
    EXPECT_EQ(audit.text(1), QStringLiteral(R"({"targeted":{"new":1200,"old":1000}})"));
}

TEST_F(RegistryWrite, DeletesAreSoftTombstones)
{
    const auto created = registry().activities().create(validActivity());
    ASSERT_TRUE(created.ok());
    ASSERT_TRUE(registry().activities().remove(created.value()).ok());
    EXPECT_EQ(registry().activities().count(), 0);
    const auto tombstone = registry().activities().get(created.value());
    ASSERT_TRUE(tombstone.has_value());
    EXPECT_TRUE(tombstone->meta.deleted);
}

TEST_F(RegistryWrite, AnOrganisationReferencedAfterDeletionIsUnknown)
{
    ASSERT_TRUE(registry().organisations().remove(orgId).ok());
    expectRefused([&] { return createIssues(registry(), validActivity()); },
        QStringLiteral("unknown-organisation"), orgId.toString(QUuid::WithoutBraces));
}

TEST_F(RegistryWrite, AProjectIsWrittenWithItsPartnersAndSectorsAtOnce)
{
    Project p;
    p.code = QStringLiteral("DEZ-0001");
    p.titleEn = QStringLiteral("Water for Thiban");
    p.titleAr = QStringLiteral("المياه لذيبان");
    p.leadOrgId = orgId;
    p.startDate = QStringLiteral("2026-01-01");
    p.partners = { { orgId, QStringLiteral("implementing") } };
    p.sectorIds = { wash, health };
    const auto created = registry().projects().create(p);
    ASSERT_TRUE(created.ok()) << created.errorText().toStdString();
    auto stored = registry().projects().get(created.value());
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->sectorIds.size(), 2);
    // Changing the partner set replaces it; the removed sector becomes a tombstone.
    stored->sectorIds = { wash };
    ASSERT_TRUE(registry().projects().update(*stored).ok());
    EXPECT_EQ(registry().projects().get(created.value())->sectorIds, QList<QUuid> { wash });
    // A bad partner role refuses the whole project: nothing of it is written.
    Project bad = p;
    bad.meta.id = QUuid();
    bad.code = QStringLiteral("DEZ-0002");
    bad.partners = { { orgId, QStringLiteral("sponsor") } };
    expectRefused([&] { return registry().projects().create(bad).issues(); },
        QStringLiteral("unknown-term"), QStringLiteral("sponsor"));
}

TEST_F(RegistryWrite, NeedsCheckSeverityAndPlace)
{
    Need n;
    n.adminPcode = QStringLiteral("SY090301");
    n.sectorId = wash;
    n.severity = 6;
    n.peopleInNeed = 12000;
    n.assessedOn = QStringLiteral("2026-09-15");
    expectRefused([&] { return registry().needs().create(n).issues(); },
        QStringLiteral("bad-severity"), QStringLiteral("6"));
    n.severity = 4;
    EXPECT_TRUE(registry().needs().create(n).ok());
}

// The demo's fill remembers the references it found (decision 0118): inside the scope a found
// organisation is not asked for again, a miss always is, and once the scope ends every check
// asks the database again.
TEST_F(RegistryWrite, AFillRemembersReferencesFoundAsksAgainForMissesAndForgetsAfter)
{
    const References& references = registry().references();
    Organisation later;
    later.acronym = QStringLiteral("LTR");
    later.nameEn = QStringLiteral("Later Relief");
    later.nameAr = QStringLiteral("إغاثة لاحقة");
    later.type = QStringLiteral("nngo");
    {
        const References::Remembering remembered(references);
        EXPECT_TRUE(references.organisationExists(orgId));
        ASSERT_TRUE(registry().organisations().remove(orgId).ok());
        EXPECT_TRUE(references.organisationExists(orgId)) << "found once: not asked again";
        const QUuid laterId = QUuid::createUuid();
        later.meta.id = laterId;
        EXPECT_FALSE(references.organisationExists(laterId));
        const auto created = registry().organisations().create(later);
        ASSERT_TRUE(created.ok()) << created.errorText().toStdString();
        ASSERT_EQ(created.value(), laterId);
        EXPECT_TRUE(references.organisationExists(laterId)) << "a miss is asked again";
    }
    EXPECT_FALSE(references.organisationExists(orgId)) << "the scope is over: asked again";
}
