#include "core/common/Result.h"

#include <QStringList>

#include <gtest/gtest.h>
#include <memory>
#include <type_traits>

using namespace tansiq;

namespace {

struct Sheet {
    int rows = 0;
};

Issue problem(const QString& code)
{
    return Issue::error(
        code, QStringLiteral("field"), QStringLiteral("value"), QStringLiteral("message ") + code);
}

QStringList codes(const Issues& issues)
{
    QStringList list;
    for (const Issue& issue : issues)
        list << issue.code;
    return list;
}

Result<Sheet> readSheet(bool good)
{
    if (!good)
        return Result<Sheet>::failure({ problem(QStringLiteral("first")),
            Issue::warning(QStringLiteral("second"), {}, {}, {}),
            problem(QStringLiteral("third")) });
    return Sheet { 3 };
}

// The shape the converting constructor is for: a failed step returned as it is.
Result<int> countRows(bool good)
{
    const Result<Sheet> sheet = readSheet(good);
    if (!sheet.ok())
        return sheet;
    return sheet->rows;
}

Status checkRows(bool good)
{
    Result<int> rows = countRows(good);
    if (!rows.ok())
        return rows; // moved: the converting constructor takes it as an rvalue
    return success();
}

} // namespace

TEST(Result, AFailureOfAnotherTypeCarriesItsIssuesInTheirOrder)
{
    const Result<int> rows = countRows(false);
    ASSERT_FALSE(rows.ok());
    EXPECT_EQ(codes(rows.issues()),
        QStringList(
            { QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third") }));
    EXPECT_EQ(rows.issues().at(1).severity, Issue::Severity::Warning);
    EXPECT_EQ(rows.issues().at(0).field, QStringLiteral("field"));
    EXPECT_EQ(rows.issues().at(0).value, QStringLiteral("value"));
    EXPECT_EQ(rows.errorText(), readSheet(false).errorText());

    const Status status = checkRows(false); // through two conversions, the second one moved
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(codes(status.issues()), codes(rows.issues()));
}

TEST(Result, ASuccessStillPassesThrough)
{
    const Result<int> rows = countRows(true);
    ASSERT_TRUE(rows.ok());
    EXPECT_EQ(rows.value(), 3);
    EXPECT_TRUE(checkRows(true).ok());
}

TEST(Result, AFailureWithoutIssuesStaysACancellation)
{
    const Result<Sheet> cancelled = Result<Sheet>::failure({});
    const Result<int> converted = cancelled;
    EXPECT_FALSE(converted.ok());
    EXPECT_TRUE(converted.issues().isEmpty());
}

TEST(Result, ASuccessIsNeverSilentlyConvertedIntoAFailure)
{
    const Result<Sheet> fine(Sheet { 2 }, { Issue::warning(QStringLiteral("kept"), {}, {}, {}) });
    const Status converted = fine; // a programming error: the caller forgot to check ok()
    ASSERT_FALSE(converted.ok());
    ASSERT_EQ(converted.issues().size(), 2);
    EXPECT_EQ(converted.issues().at(0).code, QStringLiteral("kept"));
    EXPECT_EQ(converted.issues().at(1).code, QStringLiteral("internal-not-a-failure"));
    EXPECT_TRUE(hasErrors(converted.issues()));
    EXPECT_FALSE(converted.errorText().isEmpty());
}

TEST(Result, StatusDropsTheValueAndKeepsTheOutcome)
{
    const Result<Sheet> fine(Sheet { 2 }, { Issue::warning(QStringLiteral("kept"), {}, {}, {}) });
    const Status kept = fine.status();
    ASSERT_TRUE(kept.ok());
    EXPECT_EQ(codes(kept.issues()), QStringList({ QStringLiteral("kept") }));

    const Status failed = readSheet(false).status();
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(codes(failed.issues()), codes(readSheet(false).issues()));
}

TEST(Result, MoveOnlyValuesAndTheSameTypeAreUnaffected)
{
    Result<std::unique_ptr<int>> owned(std::make_unique<int>(7));
    Result<std::unique_ptr<int>> moved = std::move(owned); // the ordinary move, not a conversion
    ASSERT_TRUE(moved.ok());
    EXPECT_EQ(*moved.value(), 7);

    Result<std::unique_ptr<int>> failed
        = Result<std::unique_ptr<int>>::failure({ problem(QStringLiteral("x")) });
    const Result<QString> text = std::move(failed);
    ASSERT_FALSE(text.ok());
    EXPECT_EQ(codes(text.issues()), QStringList({ QStringLiteral("x") }));
    // Only Results convert: a plain Issues list still has to say failure() or be a value.
    static_assert(!std::is_convertible_v<Issues, Status>);
}
