// The office is named in the language of each output: an Arabic bulletin never prints the
// English default, and a name typed in one language is kept apart from the other.

#include "core/office/LocalOffice.h"
#include "tests/support/TestWorkspace.h"

#include <gtest/gtest.h>

using namespace tansiq;

TEST(OfficeName, DefaultFollowsTheLanguageOfTheOutputWhateverToolCreatedTheDatabase)
{
    test::TestWorkspace ws;
    Database& db = ws->database();
    // A database created by the command line stores the English default.
    ASSERT_TRUE(LocalOffice::rename(db, QStringLiteral("Coordination office")).ok());
    EXPECT_EQ(LocalOffice::name(db, Language::Arabic), QStringLiteral("مكتب التنسيق"));
    EXPECT_EQ(LocalOffice::name(db, Language::English), QStringLiteral("Coordination office"));
    // And one created by the Arabic interface the Arabic default.
    ASSERT_TRUE(LocalOffice::rename(db, QStringLiteral("مكتب التنسيق")).ok());
    EXPECT_EQ(LocalOffice::name(db, Language::English), QStringLiteral("Coordination office"));
}

TEST(OfficeName, EachLanguageKeepsItsOwnNameAndSurvivesAReopen)
{
    test::TestWorkspace ws;
    ASSERT_TRUE(
        LocalOffice::setName(ws->database(), Language::Arabic, QStringLiteral(" مكتب دير الزور "))
            .ok());
    ASSERT_TRUE(
        LocalOffice::setName(ws->database(), Language::English, QStringLiteral("Deir-ez-Zor hub"))
            .ok());
    ws.reopen();
    EXPECT_EQ(
        LocalOffice::name(ws->database(), Language::Arabic), QStringLiteral("مكتب دير الزور"));
    EXPECT_EQ(
        LocalOffice::name(ws->database(), Language::English), QStringLiteral("Deir-ez-Zor hub"));
}

TEST(OfficeName, ANameGivenInOneLanguageOnlyIsUsedForBothUntilTheOtherIsGiven)
{
    test::TestWorkspace ws;
    Database& db = ws->database();
    ASSERT_TRUE(LocalOffice::rename(db, QStringLiteral("Qamishli field office")).ok());
    EXPECT_EQ(LocalOffice::name(db, Language::Arabic), QStringLiteral("Qamishli field office"));
    ASSERT_TRUE(
        LocalOffice::setName(db, Language::Arabic, QStringLiteral("المكتب الميداني في القامشلي"))
            .ok());
    EXPECT_EQ(
        LocalOffice::name(db, Language::Arabic), QStringLiteral("المكتب الميداني في القامشلي"));
    EXPECT_EQ(LocalOffice::name(db, Language::English), QStringLiteral("Qamishli field office"));
    // Clearing a language falls back again.
    ASSERT_TRUE(LocalOffice::setName(db, Language::Arabic, QString()).ok());
    EXPECT_EQ(LocalOffice::name(db, Language::Arabic), QStringLiteral("Qamishli field office"));
}
