// The one seam for modal questions (docs/decisions/0108): pages ask through it, so a test
// answers; and the file chooser it opens (issue 14) shows, in Arabic at 1366×768, its buttons'
// whole text beside their icons and every column header of its file list.

#include "ui/common/Prompts.h"

#include "tests/ui/GuiFixture.h"
#include "tests/ui/VisualText.h"
#include "ui/registry/NeedsPage.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDialog>
#include <QHeaderView>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>

namespace tansiq::test {
namespace {

class FileDialogTest : public GuiFixture {
protected:
    void SetUp() override
    {
        GuiFixture::SetUp();
        display().setLanguage(QStringLiteral("ar"));
        settle();
        window().resize(1366, 768);
    }
};

TEST_F(FileDialogTest, TheSaveDialogShowsItsButtonsAndHeadersWholeInArabic)
{
    ASSERT_EQ(QApplication::layoutDirection(), Qt::RightToLeft);
    QTemporaryDir dir;
    const auto dialog = ui::WidgetPrompts::fileDialog(&window(), QStringLiteral("حفظ النشرة"),
        dir.filePath(QStringLiteral("bulletin-2026-10-SY.pdf")), QStringLiteral("PDF (*.pdf)"),
        true);
    dialog->show();
    QCoreApplication::processEvents();
    // Desktops that put icons on dialog buttons (Save, Cancel): the text stays beside the icon.
    int buttons = 0;
    for (QPushButton* button : dialog->findChildren<QPushButton*>()) {
        if (!button->isVisible() || button->text().isEmpty())
            continue;
        if (button->icon().isNull())
            button->setIcon(button->style()->standardIcon(QStyle::SP_DialogSaveButton));
        ++buttons;
    }
    QCoreApplication::processEvents();
    for (QPushButton* button : dialog->findChildren<QPushButton*>()) {
        if (!button->isVisible() || button->text().isEmpty())
            continue;
        const int margin = button->style()->pixelMetric(QStyle::PM_ButtonMargin) / 2;
        for (const TextRun& run : textRuns(*button)) {
            EXPECT_GE(run.rect.left(), margin) << "«" << run.text.toStdString() << "» starts at "
                                               << run.rect.left() << " of " << button->width();
            EXPECT_LE(run.rect.right(), button->width() - margin) << run.text.toStdString();
        }
    }
    EXPECT_GE(buttons, 2); // «حفظ» and «إلغاء»

    auto* list = named<QTreeView>(*dialog, "treeView");
    ASSERT_NE(list, nullptr);
    const QHeaderView* header = list->header();
    EXPECT_LE(header->length(), list->viewport()->width())
        << "the file list scrolls sideways: a column header is cut";
    for (int section = 0; section < header->count(); ++section) {
        if (header->isSectionHidden(section))
            continue;
        const QString title = list->model()->headerData(section, Qt::Horizontal).toString();
        EXPECT_GE(header->sectionSize(section), header->fontMetrics().horizontalAdvance(title))
            << title.toStdString();
    }
}

TEST_F(GuiFixture, DeletingANeedAsksFirstAndANoKeepsIt)
{
    auto* needs = static_cast<ui::NeedsPage*>(window().page(QStringLiteral("needs")));
    ASSERT_TRUE(window().showPage(QStringLiteral("needs")));
    settle();
    const int before = needs->table()->model()->rowCount();
    ASSERT_GT(before, 0);
    needs->table()->selectRow(0);

    prompts().confirmAnswer = false;
    named<QPushButton>(*needs, "remove")->click();
    settle();
    ASSERT_EQ(prompts().confirmations.size(), 1);
    EXPECT_EQ(
        prompts().confirmations.first(), QStringLiteral("Delete this need? You can undo this."));
    EXPECT_EQ(needs->table()->model()->rowCount(), before);

    prompts().confirmAnswer = true;
    named<QPushButton>(*needs, "remove")->click();
    settle();
    EXPECT_EQ(prompts().confirmations.size(), 2);
    EXPECT_EQ(needs->table()->model()->rowCount(), before - 1);
}

} // namespace
} // namespace tansiq::test
