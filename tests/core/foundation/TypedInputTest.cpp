// What a person types into an editor: dates in Arabic-Indic digits, amounts that are not
// numbers, telephone numbers and e-mail addresses. Refusals quote what was typed and name
// the field; an organisation with a bad contact is refused and nothing is written.

#include "core/common/Dates.h"
#include "core/registry/Registry.h"
#include "core/registry/validation/FieldChecks.h"
#include "core/storage/Database.h"
#include "tests/support/DatabaseDump.h"
#include "tests/support/TestWorkspace.h"

#include <gtest/gtest.h>

using namespace tansiq;

namespace {
Organisation organisation()
{
    Organisation org;
    org.acronym = QStringLiteral("FDS");
    org.nameEn = QStringLiteral("Euphrates Development Society");
    org.nameAr = QStringLiteral("جمعية الفرات للتنمية");
    org.type = QStringLiteral("nngo");
    return org;
}

const Issue* issueFor(const Issues& issues, const QString& code)
{
    for (const Issue& issue : issues) {
        if (issue.code == code)
            return &issue;
    }
    return nullptr;
}
} // namespace

TEST(TypedDates, ArabicIndicAndPersianDigitsReadAsTheSameDate)
{
    EXPECT_EQ(dates::readDate(u"٢٠٢٧-٠٢-٢٨"_qs), QDate(2027, 2, 28));
    EXPECT_EQ(dates::readDate(u"۲۰۲۷-۰۲-۲۸"_qs), QDate(2027, 2, 28));
    EXPECT_EQ(dates::readDate(u" 2027-02-28 "_qs), QDate(2027, 2, 28));
    // As a right-to-left screen shows it: marks around the dashes.
    EXPECT_EQ(dates::readDate(u"٢٠٢٧\u200E-\u200E٠٢\u200E-\u200E٢٨"_qs), QDate(2027, 2, 28));
    EXPECT_EQ(dates::readMonth(u"٢٠٢٦-١٠"_qs), QDate(2026, 10, 1));
    EXPECT_FALSE(dates::readDate(u"٢٠٢٧-٠٢-٣٠"_qs)); // no 30 February
    EXPECT_FALSE(dates::readDate(u"28/02/2027"_qs));
    EXPECT_EQ(dates::typedDate(u"٢٠٢٧-٠٢-٢٨"_qs), u"2027-02-28"_qs);
    EXPECT_EQ(dates::typedMonth(u"٢٠٢٦-١٠"_qs), u"2026-10"_qs);
    // Not a date: handed on as typed, so the refusal quotes it.
    EXPECT_EQ(dates::typedDate(u" ٢٠٢٧-١٣-٠١ "_qs), u"٢٠٢٧-١٣-٠١"_qs);
}

TEST(TypedAmounts, TextThatIsNoAmountIsQuotedAsTyped)
{
    const auto abc = FieldChecks::parseAmount(u"budget"_qs, u"abc"_qs);
    ASSERT_FALSE(abc.ok());
    EXPECT_EQ(abc.issues().first().value, u"abc"_qs);
    EXPECT_TRUE(abc.issues().first().message.contains(u"“abc”"_qs))
        << abc.errorText().toStdString();
    EXPECT_FALSE(abc.issues().first().message.contains(u"-1"_qs));
    EXPECT_EQ(*FieldChecks::parseAmount(u"budget"_qs, u"١٢٬٥٠٠٫٥"_qs).value(), 12500.5);
    EXPECT_EQ(*FieldChecks::parseAmount(u"budget"_qs, u"250,000"_qs).value(), 250000.0);
    EXPECT_FALSE(FieldChecks::parseAmount(u"budget"_qs, u""_qs).value().has_value());
    const auto negative = FieldChecks::parseAmount(u"budget"_qs, u"-5"_qs);
    ASSERT_FALSE(negative.ok());
    EXPECT_TRUE(negative.issues().first().message.contains(u"-5"_qs));
    EXPECT_FALSE(FieldChecks::parseAmount(u"budget"_qs, u"1.2.3"_qs).ok());
}

TEST(ContactFormats, PhoneAndEmailAreCheckedNamingFieldAndValue)
{
    Issues issues;
    FieldChecks checks(issues);
    EXPECT_TRUE(checks.phone(u"contact phone"_qs, u"+963 11 234 5678"_qs));
    EXPECT_TRUE(checks.phone(u"contact phone"_qs, u"٠٩٤٤-١٢٣-٤٥٦"_qs));
    EXPECT_TRUE(checks.phone(u"contact phone"_qs, u"(011) 223-344"_qs));
    EXPECT_TRUE(checks.email(u"contact email"_qs, u"info@sarc.example.org"_qs));
    EXPECT_TRUE(issues.isEmpty());
    EXPECT_FALSE(checks.phone(u"contact phone"_qs, u"call after 5"_qs));
    EXPECT_FALSE(checks.phone(u"contact phone"_qs, u"12"_qs));
    EXPECT_FALSE(checks.phone(u"contact phone"_qs, u"09+44"_qs));
    EXPECT_FALSE(checks.email(u"contact email"_qs, u"info@sarc"_qs));
    EXPECT_FALSE(checks.email(u"contact email"_qs, u"info sarc.org"_qs));
    ASSERT_EQ(issues.size(), 5);
    EXPECT_EQ(issues.at(0).field, u"contact phone"_qs);
    EXPECT_TRUE(issues.at(0).message.contains(u"contact phone"_qs));
    EXPECT_TRUE(issues.at(0).message.contains(u"“call after 5”"_qs));
    EXPECT_TRUE(issues.at(3).message.contains(u"“info@sarc”"_qs));
}

TEST(ContactFormats, AnOrganisationWithABadContactIsRefusedAndNothingWritten)
{
    test::TestWorkspace ws;
    const QString before = test::logicalDump(ws->database());
    Organisation org = organisation();
    org.contactPhone = u"ask the office"_qs;
    org.contactEmail = u"fds.example.org"_qs;
    const auto created = ws->registry().organisations().create(org);
    ASSERT_FALSE(created.ok());
    ASSERT_TRUE(issueFor(created.issues(), u"bad-phone"_qs));
    ASSERT_TRUE(issueFor(created.issues(), u"bad-email"_qs)); // both at once
    EXPECT_EQ(issueFor(created.issues(), u"bad-phone"_qs)->value, u"ask the office"_qs);
    EXPECT_EQ(test::logicalDump(ws->database()), before);
    org.contactPhone = u"+963 51 222 333"_qs;
    org.contactEmail = u"info@fds.example.org"_qs;
    EXPECT_TRUE(ws->registry().organisations().create(org).ok());
}
