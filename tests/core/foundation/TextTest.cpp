#include "core/common/Text.h"

#include "core/common/Dates.h"
#include "core/io/CsvReader.h"
#include "core/io/TextDecoding.h"

#include <gtest/gtest.h>

using namespace tansiq;

TEST(Text, ArabicSearchFoldingIgnoresHamzaTaMarbutaAlifMaqsuraAndDiacritics)
{
    EXPECT_EQ(
        text::foldForSearch(QStringLiteral("أَحْمَد")), text::foldForSearch(QStringLiteral("احمد")));
    EXPECT_EQ(
        text::foldForSearch(QStringLiteral("إدلب")), text::foldForSearch(QStringLiteral("ادلب")));
    EXPECT_EQ(
        text::foldForSearch(QStringLiteral("آمنة")), text::foldForSearch(QStringLiteral("امنه")));
    EXPECT_EQ(
        text::foldForSearch(QStringLiteral("مصطفى")), text::foldForSearch(QStringLiteral("مصطفي")));
    EXPECT_NE(
        text::foldForSearch(QStringLiteral("حلب")), text::foldForSearch(QStringLiteral("حماة")));
}

TEST(Text, LatinFoldingIgnoresCaseAccentsAndPunctuation)
{
    EXPECT_EQ(
        text::foldForSearch(QStringLiteral("  Dayr az-Zawr ")), QStringLiteral("dayr az zawr"));
    EXPECT_EQ(text::foldForSearch(QStringLiteral("Al Ḥasakah")), QStringLiteral("al hasakah"));
}

TEST(Text, StrictUtf8RefusesInvalidBytesAndDropsTheBom)
{
    EXPECT_FALSE(text::decodeUtf8Strict(QByteArray("abc\xC3\x28", 5)).has_value());
    EXPECT_FALSE(text::decodeUtf8Strict(QByteArray("\xE3\xFA\xC8", 3)).has_value()); // cp1256
    EXPECT_EQ(*text::decodeUtf8Strict(QByteArray("\xEF\xBB\xBFok")), QStringLiteral("ok"));
}

TEST(Text, WellFormedTextRefusesLoneSurrogatesAndControlCharacters)
{
    EXPECT_TRUE(text::isWellFormed(QStringLiteral("دير الزور\nline two")));
    EXPECT_FALSE(text::isWellFormed(QString(QChar(0xD800))));
    EXPECT_FALSE(text::isWellFormed(QStringLiteral("a") + QChar(0x0001)));
}

TEST(Dates, OnlyStrictIsoDatesAndMonthsAreAccepted)
{
    EXPECT_TRUE(dates::parseIsoDate(QStringLiteral("2026-02-28")));
    EXPECT_FALSE(dates::parseIsoDate(QStringLiteral("2026-02-30")));
    EXPECT_FALSE(dates::parseIsoDate(QStringLiteral("28/02/2026")));
    EXPECT_FALSE(dates::parseIsoDate(QStringLiteral("2026-2-28")));
    EXPECT_EQ(*dates::parseMonth(QStringLiteral("2026-10")), QDate(2026, 10, 1));
    EXPECT_FALSE(dates::parseMonth(QStringLiteral("2026-13")));
}

// Found by the file reader fuzzer (issue 12): a UTF-8 byte-order mark followed by bytes that
// are not UTF-8 crashed the reader (it used a decoding that had failed).
TEST(TextDecoding, AByteOrderMarkBeforeDamagedBytesIsRefusedByName)
{
    const QByteArray damaged = QByteArray("\xEF\xBB\xBF"
                                          "#org,#sector\n\xFF\xFE\x00",
        20);
    const auto decoded = decodeText(damaged, QStringLiteral("partner.csv"), true);
    ASSERT_FALSE(decoded.ok());
    EXPECT_EQ(decoded.issues().first().code, QStringLiteral("bad-utf8"));
    EXPECT_TRUE(decoded.errorText().contains(QStringLiteral("partner.csv")));
}

TEST(TextDecoding, Utf16CutShortInACharacterIsRefusedByName)
{
    // "قر" in UTF-16LE after its mark, then one byte of the next character: the file was cut.
    const auto decoded = decodeText(
        QByteArray("\xFF\xFE\x42\x06\x31\x06\x31", 7), QStringLiteral("partner.csv"), true);
    ASSERT_FALSE(decoded.ok());
    EXPECT_EQ(decoded.issues().first().code, QStringLiteral("bad-utf16"));
    EXPECT_TRUE(decoded.issues().first().message.contains(QStringLiteral("partner.csv")));
    // The same characters whole are read.
    const auto whole = decodeText(
        QByteArray("\xFF\xFE\x42\x06\x31\x06", 6), QStringLiteral("partner.csv"), true);
    ASSERT_TRUE(whole.ok());
    EXPECT_EQ(whole.value().text, QStringLiteral("قر"));
}

TEST(TextDecoding, DetectsTheEncodingsPartnersUse)
{
    EXPECT_EQ(detectEncoding("admin1Pcode,name\nSY01,x\n"), TextEncoding::Utf8);
    EXPECT_EQ(detectEncoding("\xEF\xBB\xBF"
                             "a,b\n"),
        TextEncoding::Utf8Bom);
    EXPECT_EQ(detectEncoding(QByteArray("\xFF\xFE"
                                        "a\0,\0b\0",
                  8)),
        TextEncoding::Utf16LE);
    EXPECT_EQ(detectEncoding(QByteArray("\xCF\xEA\xD1 \xC7\xE1\xD2\xE6\xD1\n")),
        TextEncoding::Windows1256);
    EXPECT_EQ(
        detectEncoding(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0", 18)), TextEncoding::Binary);
}

TEST(TextDecoding, Windows1256IsDecodedWhenAllowedAndRefusedOtherwise)
{
    const QByteArray deirEzzor("\xCF\xED\xD1 \xC7\xE1\xD2\xE6\xD1"); // دير الزور in cp1256
    const auto legacy = decodeText(deirEzzor, QStringLiteral("f.csv"), true);
    ASSERT_TRUE(legacy.ok()) << legacy.errorText().toStdString();
    EXPECT_EQ(legacy->text, QStringLiteral("دير الزور"));
    const auto strict = decodeText(deirEzzor, QStringLiteral("f.csv"), false);
    ASSERT_FALSE(strict.ok());
    EXPECT_EQ(strict.issues().first().code, QStringLiteral("not-utf8"));
    EXPECT_TRUE(strict.errorText().contains(QStringLiteral("Windows-1256")));
}

TEST(Csv, QuotedCellsKeepDelimitersQuotesAndLineBreaks)
{
    const auto table = CsvReader::parse(
        QStringLiteral("a,b,c\r\n1,\"two, with comma\",\"say \"\"hi\"\"\nsecond line\"\n"),
        QStringLiteral("t.csv"));
    ASSERT_TRUE(table.ok());
    ASSERT_EQ(table->rows.size(), 2);
    EXPECT_EQ(table->rows[1][1], QStringLiteral("two, with comma"));
    EXPECT_EQ(table->rows[1][2], QStringLiteral("say \"hi\"\nsecond line"));
}

TEST(Csv, DetectsSemicolonAndTabDelimiters)
{
    EXPECT_EQ(
        CsvReader::detectDelimiter(QStringLiteral("a;b;c\n1;2,5;3\n4;5;6\n")), QLatin1Char(';'));
    EXPECT_EQ(CsvReader::detectDelimiter(QStringLiteral("a\tb\tc\n1\t2\t3\n")), QLatin1Char('\t'));
}

TEST(Csv, AnUnterminatedQuoteIsRefusedWithItsRecord)
{
    const auto table
        = CsvReader::parse(QStringLiteral("a,b\n1,2\n3,\"open\n"), QStringLiteral("t.csv"));
    ASSERT_FALSE(table.ok());
    EXPECT_EQ(table.issues().first().code, QStringLiteral("unterminated-quote"));
    EXPECT_EQ(table.issues().first().row, 3);
}
