// People by sex and age (issue 14 item 1, decision 0064): six targeted cells stored like the
// six reached ones, totals derived from a breakdown, and a disagreement is a warning. And the
// organisation name rule (issue 14 item 4, issue 15): one name, Arabic or English, is enough.

#include "core/registry/PeopleBreakdown.h"

#include "core/registry/Registry.h"
#include "core/storage/Database.h"
#include "tests/support/DatabaseDump.h"
#include "tests/support/TestWorkspace.h"

#include <gtest/gtest.h>

using namespace tansiq;

namespace {

class PeopleBreakdown : public ::testing::Test {
protected:
    void SetUp() override
    {
        Organisation org;
        org.acronym = QStringLiteral("FDS");
        org.nameAr = QStringLiteral("جمعية الفرات للتنمية");
        const auto created = registry().organisations().create(org);
        ASSERT_TRUE(created.ok()) << created.errorText().toStdString();
        orgId = created.value();
        for (const Sector& s : registry().reference().sectors()) {
            if (s.code == u"WASH")
                wash = s.id;
        }
    }
    Registry& registry() { return ws->registry(); }
    Activity activity() const
    {
        Activity a;
        a.implementingOrgId = orgId;
        a.sectorId = wash;
        a.adminPcode = QStringLiteral("SY090301");
        a.startDate = QStringLiteral("2026-10-01");
        a.reportingMonth = QStringLiteral("2026-10");
        return a;
    }
    static QStringList codes(const Issues& issues)
    {
        QStringList list;
        for (const Issue& issue : issues)
            list << issue.code;
        return list;
    }

    test::TestWorkspace ws;
    QUuid orgId, wash;
};

} // namespace

TEST_F(PeopleBreakdown, TargetedCellsAreStoredAndGiveTheMissingTotal)
{
    Activity a = activity();
    a.targetedGirls = 300;
    a.targetedBoys = 280;
    a.targetedWomen = 250;
    a.targetedMen = 120;
    a.targetedElderlyWomen = 30;
    a.targetedElderlyMen = 20;
    const auto created = registry().activities().create(a);
    ASSERT_TRUE(created.ok()) << created.errorText().toStdString();
    EXPECT_TRUE(created.issues().isEmpty()) << codes(created.issues()).join(u' ').toStdString();
    ws.reopen();
    const auto stored = ws->registry().activities().get(created.value());
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->targeted, 1000); // derived
    EXPECT_EQ(stored->targetedGirls, 300);
    EXPECT_EQ(stored->targetedBoys, 280);
    EXPECT_EQ(stored->targetedWomen, 250);
    EXPECT_EQ(stored->targetedMen, 120);
    EXPECT_EQ(stored->targetedElderlyWomen, 30);
    EXPECT_EQ(stored->targetedElderlyMen, 20);
    EXPECT_FALSE(stored->reached.has_value()); // nothing reached yet: no total invented
}

TEST_F(PeopleBreakdown, APartialBreakdownGivesItsSumAndAPartialOneBelowTheTotalIsFine)
{
    Activity a = activity();
    a.reachedWomen = 40;
    a.reachedMen = 35;
    const auto derived = registry().activities().create(a);
    ASSERT_TRUE(derived.ok());
    EXPECT_EQ(registry().activities().get(derived.value())->reached, 75);

    Activity b = activity();
    b.targeted = 500;
    b.targetedWomen = 200; // the other cells unknown: incomplete, not wrong
    const auto partial = registry().activities().create(b);
    ASSERT_TRUE(partial.ok());
    EXPECT_TRUE(partial.issues().isEmpty()) << codes(partial.issues()).join(u' ').toStdString();
}

TEST_F(PeopleBreakdown, AFullTargetedBreakdownThatDisagreesIsAWarningNamingBothFigures)
{
    Activity a = activity();
    a.targeted = 1000;
    people::setTargetedCells(a, { 100, 100, 100, 100, 100, 100 });
    const auto created = registry().activities().create(a);
    ASSERT_TRUE(created.ok()) << "a warning, not an error";
    ASSERT_EQ(codes(created.issues()), QStringList { QStringLiteral("breakdown-disagrees") });
    const Issue& issue = created.issues().first();
    EXPECT_EQ(issue.severity, Issue::Severity::Warning);
    EXPECT_EQ(issue.field, QStringLiteral("people targeted"));
    EXPECT_TRUE(issue.message.contains(QStringLiteral("1000"))
        && issue.message.contains(QStringLiteral("600")))
        << issue.message.toStdString();
    EXPECT_EQ(registry().activities().get(created.value())->targeted, 1000); // as written
}

TEST_F(PeopleBreakdown, ANegativeTargetedCellIsRefusedAndNothingIsWritten)
{
    Activity a = activity();
    a.targetedBoys = -3;
    const QString before = test::logicalDump(ws->database());
    const auto created = registry().activities().create(a);
    ASSERT_FALSE(created.ok());
    EXPECT_TRUE(created.errorText().contains(QStringLiteral("boys targeted")))
        << created.errorText().toStdString();
    EXPECT_EQ(test::logicalDump(ws->database()), before);
}

TEST_F(PeopleBreakdown, TheRuleDisagreesOnlyWhenTheBreakdownCannotFitTheTotal)
{
    EXPECT_FALSE(people::disagrees(std::nullopt, { 1, 2, 3, 4, 5, 6 }));
    EXPECT_FALSE(people::disagrees(21, { 1, 2, 3, 4, 5, 6 }));
    EXPECT_TRUE(people::disagrees(20, { 1, 2, 3, 4, 5, 6 }));
    EXPECT_TRUE(people::disagrees(22, { 1, 2, 3, 4, 5, 6 }));
    EXPECT_FALSE(
        people::disagrees(100, { 10, std::nullopt, 10, std::nullopt, std::nullopt, std::nullopt }));
    EXPECT_TRUE(
        people::disagrees(15, { 10, std::nullopt, 10, std::nullopt, std::nullopt, std::nullopt }));
    EXPECT_EQ(people::sumOfGiven({ std::nullopt, std::nullopt, std::nullopt, std::nullopt,
                  std::nullopt, std::nullopt }),
        std::nullopt);
}

TEST_F(PeopleBreakdown, AnOrganisationWithOnlyAnArabicNameIsAccepted)
{
    Organisation org;
    org.nameAr = QStringLiteral("منظمة الأمل للتنمية");
    const auto created = registry().organisations().create(org);
    ASSERT_TRUE(created.ok()) << created.errorText().toStdString();
    const auto stored = registry().organisations().get(created.value());
    EXPECT_TRUE(stored->nameEn.isEmpty());
    EXPECT_TRUE(stored->acronym.isEmpty());
    // Shown by its Arabic name in English too, rather than as an empty cell.
    EXPECT_EQ(stored->name(false), QStringLiteral("منظمة الأمل للتنمية"));
    EXPECT_EQ(stored->shortLabel(false), QStringLiteral("منظمة الأمل للتنمية"));
}

TEST_F(PeopleBreakdown, AnOrganisationWithOnlyAnEnglishNameIsAcceptedAndShownInArabic)
{
    Organisation org;
    org.acronym = QStringLiteral("NRC");
    org.nameEn = QStringLiteral("Norwegian Refugee Council");
    org.type = QStringLiteral("ingo");
    const auto created = registry().organisations().create(org);
    ASSERT_TRUE(created.ok()) << created.errorText().toStdString();
    EXPECT_EQ(registry().organisations().get(created.value())->name(true),
        QStringLiteral("Norwegian Refugee Council"));
}

TEST_F(PeopleBreakdown, AnOrganisationWithNoNameIsRefusedNamingTheField)
{
    Organisation org;
    org.acronym = QStringLiteral("XYZ");
    org.nameEn = QStringLiteral("   ");
    const QString before = test::logicalDump(ws->database());
    const auto created = registry().organisations().create(org);
    ASSERT_FALSE(created.ok());
    ASSERT_EQ(created.issues().size(), 1);
    EXPECT_EQ(created.issues().first().code, QStringLiteral("name-required"));
    EXPECT_EQ(created.issues().first().field, QStringLiteral("Arabic name"));
    EXPECT_TRUE(created.errorText().contains(QStringLiteral("Arabic name"))
        && created.errorText().contains(QStringLiteral("English name")))
        << created.errorText().toStdString();
    EXPECT_EQ(test::logicalDump(ws->database()), before);
}
