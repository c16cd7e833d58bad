// The bulletin's PDF as a reader gets it: figures printed as given, fonts embedded, Arabic
// readable, tables that continue across pages with their headers.

#include "core/bulletin/BulletinDocument.h"
#include "tests/report/PdfTools.h"

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace tansiq;
using namespace tansiq::report;

namespace {

BulletinData sample(Language language, int placeRows)
{
    BulletinData d;
    d.language = language;
    d.officeName = language == Language::Arabic ? QStringLiteral("مكتب دير الزور")
                                                : QStringLiteral("Deir-ez-Zor office");
    d.areaName = language == Language::Arabic ? QStringLiteral("دير الزور")
                                              : QStringLiteral("Deir-ez-Zor");
    d.areaPcode = QStringLiteral("SY09");
    d.month = QDate(2026, 10, 1);
    d.producedOn = QDate(2026, 11, 3);
    d.activePartners = { 23, 21 };
    d.activities = { 1874, 1790 };
    d.reachedUnique = { 412903, 398000 };
    d.reachedSum = { 655120, 600000 };
    d.sectors = { 9, 9 };
    d.reachBySector = { { QStringLiteral("WASH"), QStringLiteral("FSL"), QStringLiteral("HLT") },
        { 120500, 98000, 45210 } };
    d.monthlyTrend
        = { { QStringLiteral("11/25"), QStringLiteral("12/25"), QStringLiteral("01/26") },
              { 300000, 350000, 412903 } };
    d.summary.headers = { QStringLiteral("Place"), QStringLiteral("WASH"), QStringLiteral("FSL") };
    d.summary.numericColumns = { 1, 2 };
    for (int i = 0; i < placeRows; ++i)
        d.summary.rows << QStringList { QStringLiteral("Place %1").arg(i + 1),
            QString::number(1000 + i), QString::number(77) };
    d.summary.totals = { QStringLiteral("Total"), QStringLiteral("99999"), QStringLiteral("77") };
    d.gaps.headers
        = { QStringLiteral("Place"), QStringLiteral("Sector"), QStringLiteral("Severity") };
    d.gaps.rows = { { QStringLiteral("ذيبان"), QStringLiteral("WASH"), QStringLiteral("4") } };
    d.partners.headers = { QStringLiteral("Partner"), QStringLiteral("Sectors") };
    d.partners.rows = { { QStringLiteral("FDS"), QStringLiteral("WASH, FSL") } };
    return d;
}

QString writeSample(const QTemporaryDir& dir, const BulletinData& data)
{
    const QString path = QDir(dir.path()).filePath(QStringLiteral("bulletin.pdf"));
    const Status written = BulletinDocument::writePdf(data, path);
    EXPECT_TRUE(written.ok()) << written.errorText().toStdString();
    return path;
}

} // namespace

TEST(BulletinLayout, EnglishFiguresArePrintedAsGivenWithEmbeddedFonts)
{
    QTemporaryDir dir;
    const QString path = writeSample(dir, sample(Language::English, 10));
    const QString text = test::pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("412,903"))) << text.left(2000).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("1,874")));
    EXPECT_TRUE(text.contains(QStringLiteral("October 2026")));
    EXPECT_TRUE(text.contains(QStringLiteral("+4%"))); // 412,903 vs 398,000
    const auto fonts = test::pdfFonts(path);
    ASSERT_FALSE(fonts.isEmpty());
    for (const auto& font : fonts) {
        EXPECT_TRUE(font.embedded) << font.name.toStdString();
        EXPECT_TRUE(font.name.contains(QStringLiteral("Noto"))) << font.name.toStdString();
    }
}

TEST(BulletinLayout, ArabicTextIsExtractableAndUsesTheNaskhFace)
{
    QTemporaryDir dir;
    BulletinData data = sample(Language::Arabic, 10);
    data.arabicDigits = true;
    const QString path = writeSample(dir, data);
    const QString text = test::pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("ذيبان"))) << text.left(2000).toStdString();
    EXPECT_TRUE(
        text.contains(QStringLiteral("٤١٢٬٩٠٣")) || text.contains(QStringLiteral("٤١٢,٩٠٣")))
        << "Arabic-Indic digits were chosen";
    bool naskh = false;
    for (const auto& font : test::pdfFonts(path))
        naskh = naskh || font.name.contains(QStringLiteral("NotoNaskhArabic"));
    EXPECT_TRUE(naskh);
}

TEST(BulletinLayout, ALongTableContinuesOnTheNextPageWithItsHeader)
{
    QTemporaryDir dir;
    const QString shortPath = writeSample(dir, sample(Language::English, 5));
    const int shortPages = test::pdfPageCount(shortPath);
    const QString longPath = QDir(dir.path()).filePath(QStringLiteral("long.pdf"));
    ASSERT_TRUE(BulletinDocument::writePdf(sample(Language::English, 200), longPath).ok());
    const int longPages = test::pdfPageCount(longPath);
    EXPECT_GE(longPages, shortPages + 3);
    // The header row "Place WASH FSL" appears on every page the table crosses.
    const QString text = test::pdfText(longPath);
    EXPECT_GE(text.count(QStringLiteral("Place")), 4 + 200);
}
