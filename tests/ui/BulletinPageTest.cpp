#include "ui/bulletin/BulletinPage.h"

#include "core/registry/Vocabulary.h"
#include "tests/ui/GuiFixture.h"
#include "ui/bulletin/PagePreviewView.h"
#include "ui/common/SnapshotService.h"
#include "ui/shell/MainWindow.h"

#include <QComboBox>
#include <QFile>
#if TANSIQ_HAVE_QTPDF
#include <QPdfDocument>
#include <QPdfSelection>
#include <QPdfView>
#endif
#include <QPushButton>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>

namespace tansiq::test {

using BulletinPageTest = GuiFixture;

TEST_F(BulletinPageTest, GeneratesPreviewsAndSavesABulletin)
{
    auto* page = qobject_cast<ui::BulletinPage*>(window().page(QStringLiteral("bulletin")));
    ASSERT_NE(page, nullptr);
    window().showPage(QStringLiteral("bulletin"));
    settle();
    auto* month = named<QComboBox>(*page, "month");
    auto* language = named<QComboBox>(*page, "language");
    auto* area = named<QComboBox>(*page, "area");
    auto* generate = named<QPushButton>(*page, "generate");
    auto* save = named<QPushButton>(*page, "save");
    ASSERT_TRUE(month && language && area && generate && save);
    ASSERT_GT(month->count(), 0) << "the months of the demo data are offered";
    EXPECT_EQ(month->currentText(), QStringLiteral("2026-10"))
        << "the latest reporting month comes first";
    EXPECT_EQ(area->count(), 15) << "the whole country and the 14 governorates";
    EXPECT_FALSE(save->isEnabled());

    language->setCurrentIndex(language->findData(int(Language::English)));
    QTest::mouseClick(generate, Qt::LeftButton);
    EXPECT_TRUE(page->busy()) << "the bulletin is made off the GUI thread";
    settle();
    ASSERT_FALSE(page->busy());
    EXPECT_GE(page->previewPageCount(), 6);
#if TANSIQ_HAVE_QTPDF
    ASSERT_EQ(page->document()->status(), QPdfDocument::Status::Ready);
    EXPECT_GE(page->document()->pageCount(), 6);
    EXPECT_TRUE(named<QPdfView>(*page, "preview")->document() == page->document());
    const QString cover = page->document()->getAllText(0).text();
    EXPECT_TRUE(cover.contains(QStringLiteral("October 2026"))) << cover.toStdString();
#else
    EXPECT_EQ(named<ui::PagePreviewView>(*page, "preview")->pageCount(), page->previewPageCount());
#endif
    EXPECT_TRUE(save->isEnabled());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("saved.pdf"));
    ASSERT_TRUE(page->saveTo(path));
    EXPECT_GT(QFile(path).size(), 10000);
}

TEST_F(BulletinPageTest, CancelFreesThePageAndDropsTheBulletin)
{
    auto* page = qobject_cast<ui::BulletinPage*>(window().page(QStringLiteral("bulletin")));
    ASSERT_NE(page, nullptr);
    window().showPage(QStringLiteral("bulletin"));
    settle();
    auto* generate = named<QPushButton>(*page, "generate");
    auto* cancel = named<QPushButton>(*page, "cancel");
    auto* save = named<QPushButton>(*page, "save");
    ASSERT_TRUE(generate && cancel && save);
    EXPECT_FALSE(cancel->isVisible());
    QTest::mouseClick(generate, Qt::LeftButton);
    ASSERT_TRUE(page->busy());
    EXPECT_TRUE(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    EXPECT_FALSE(page->busy()) << "the page is free at once";
    EXPECT_TRUE(generate->isEnabled());
    settle();
    session().context().snapshots.waitForIdle();
    settle();
    EXPECT_EQ(page->previewPageCount(), 0) << "the cancelled bulletin is not shown";
    EXPECT_FALSE(save->isEnabled());
}

// The preview where Qt Pdf is missing (decision 0097): pages one under the other, fitted to the
// width, scrolled.
TEST(PagePreviewViewTest, StacksThePagesFittedToTheWidthAndScrolls)
{
    ui::PagePreviewView view;
    view.resize(500, 400);
    view.show();
    EXPECT_EQ(view.pageCount(), 0);
    QList<QImage> pages;
    for (const QColor colour : { QColor(Qt::red), QColor(Qt::green), QColor(Qt::blue) }) {
        QImage image(909, 1286, QImage::Format_RGB32); // A4 at 110 dpi
        image.fill(colour);
        pages << image;
    }
    view.setPages(pages);
    EXPECT_EQ(view.pageCount(), 3);
    EXPECT_EQ(view.currentPage(), 0);
    QScrollBar* bar = view.verticalScrollBar();
    EXPECT_GT(bar->maximum(), 2 * view.viewport()->height())
        << "three tall pages to scroll through";
    QImage shot = view.viewport()->grab().toImage();
    EXPECT_EQ(shot.pixelColor(shot.width() / 2, shot.height() / 2), QColor(Qt::red))
        << "page 1, fitted to the width";
    bar->setValue(bar->maximum());
    EXPECT_EQ(view.currentPage(), 2);
    shot = view.viewport()->grab().toImage();
    EXPECT_EQ(shot.pixelColor(shot.width() / 2, shot.height() / 2), QColor(Qt::blue))
        << "the last page at the end";
    view.clear();
    EXPECT_EQ(bar->maximum(), 0);
}

} // namespace tansiq::test
