// The bulletin preview drawn from the bulletin's own layout (decision 0097, the preview where Qt
// Pdf is missing): the same pages as the PDF, each laid out as the PDF's page is.

#include "core/bulletin/BulletinDocument.h"
#include "tests/report/PdfTools.h"

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace tansiq;
using namespace tansiq::report;

namespace {

BulletinData sample(Language language)
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
    d.reachBySector = { { QStringLiteral("WASH"), QStringLiteral("FSL") }, { 120500, 98000 } };
    d.monthlyTrend = { { QStringLiteral("12/25"), QStringLiteral("01/26") }, { 350000, 412903 } };
    d.summary.headers = { QStringLiteral("Place"), QStringLiteral("WASH") };
    d.summary.numericColumns = { 1 };
    for (int i = 0; i < 80; ++i)
        d.summary.rows << QStringList { QStringLiteral("ذيبان %1").arg(i + 1),
            QString::number(1000 + i) };
    return d;
}

// The box holding every non-white pixel.
QRect inkBox(const QImage& image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    int left = gray.width(), top = gray.height(), right = -1, bottom = -1;
    for (int y = 0; y < gray.height(); ++y) {
        const uchar* line = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x) {
            if (line[x] < 160) {
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
        }
    }
    return right < 0 ? QRect() : QRect(QPoint(left, top), QPoint(right, bottom));
}

class PagePreview : public ::testing::TestWithParam<Language> { };

TEST_P(PagePreview, ShowsThePdfsPagesLaidOutAsInThePdf)
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("bulletin.pdf"));
    PageImages images;
    const Status written = BulletinDocument::writePdf(sample(GetParam()), path, &images);
    ASSERT_TRUE(written.ok()) << written.errorText().toStdString();
    const int pages = test::pdfPageCount(path);
    ASSERT_GE(pages, 3) << "the long table runs over several pages";
    ASSERT_EQ(images.pages.size(), pages) << "one preview page per PDF page";
    // To look at them: TANSIQ_SAVE_PREVIEW=<folder>.
    if (const QString keep = qEnvironmentVariable("TANSIQ_SAVE_PREVIEW"); !keep.isEmpty()) {
        for (int page = 0; page < pages; ++page)
            images.pages.at(page).save(
                QDir(keep).filePath(QStringLiteral("preview-%1-%2.png")
                                        .arg(GetParam() == Language::Arabic ? u"ar" : u"en")
                                        .arg(page + 1)));
    }

    // A4 at the preview's resolution; the ink of each page where the PDF has it (within 2 mm).
    const int tolerance = qRound(2 / 25.4 * images.dotsPerInch);
    for (int page = 0; page < pages; ++page) {
        const QImage& shown = images.pages.at(page);
        EXPECT_NEAR(shown.width(), 210 / 25.4 * images.dotsPerInch, 1);
        EXPECT_NEAR(shown.height(), 297 / 25.4 * images.dotsPerInch, 1);
        const QImage pdf = test::pdfPageImage(path, page + 1, images.dotsPerInch);
        ASSERT_FALSE(pdf.isNull()) << "pdftoppm rendered page " << page + 1;
        const QRect a = inkBox(shown), b = inkBox(pdf);
        ASSERT_FALSE(a.isNull()) << "page " << page + 1 << " of the preview is blank";
        EXPECT_NEAR(a.left(), b.left(), tolerance) << "page " << page + 1;
        EXPECT_NEAR(a.right(), b.right(), tolerance) << "page " << page + 1;
        EXPECT_NEAR(a.top(), b.top(), tolerance) << "page " << page + 1;
        EXPECT_NEAR(a.bottom(), b.bottom(), tolerance) << "page " << page + 1;
    }
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, PagePreview,
    ::testing::Values(Language::Arabic, Language::English),
    [](const auto& info) { return info.param == Language::Arabic ? "Arabic" : "English"; });

} // namespace
