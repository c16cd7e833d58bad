// Menu labels never run into their shortcuts («استيراد جدول 4W…Ctrl+I», decision 0113): in
// both languages every menu entry with a shortcut is painted with a clear gap between the label
// and the shortcut, whatever the order in which QMenu measured the entries. Measured on the
// pixels Qt paints: the widest blank run in the entry's row must separate exactly the
// shortcut's ink from the label's, and be at least one and a half average letters wide.

#include "tests/ui/GuiFixture.h"
#include "ui/shell/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QStyle>
#include <QStyleFactory>

#include <cstdlib>
#include <memory>

namespace tansiq::test {
namespace {

struct Gap {
    QString entry;
    int pixels = -1; // the widest blank run between the label's ink and the shortcut's
    int shortcutInk = 0; // the ink beyond that run, on the shortcut's side
    int shortcutWidth = 0; // the shortcut's ink as the font measures it
};

QString shortcutOf(const QAction& action)
{
    return action.shortcut().toString(QKeySequence::NativeText);
}

// The gap painted in `action`'s row of `menu`, which is shown.
Gap paintedGap(QMenu& menu, QAction& action)
{
    Gap gap;
    gap.entry = action.text() + QStringLiteral(" / ") + shortcutOf(action);
    gap.shortcutWidth = menu.fontMetrics().boundingRect(shortcutOf(action)).width();
    const QImage image = menu.grab().toImage().convertToFormat(QImage::Format_RGB32);
    const QRect row = menu.actionGeometry(&action).adjusted(2, 2, -2, -2) & image.rect();
    // The background is the colour the row's edge has.
    const QRgb background = image.pixel(row.left(), row.center().y());
    const auto isInk = [&](int x) {
        for (int y = row.top(); y <= row.bottom(); ++y) {
            const QRgb p = image.pixel(x, y);
            if (std::abs(qRed(p) - qRed(background)) + std::abs(qGreen(p) - qGreen(background))
                    + std::abs(qBlue(p) - qBlue(background))
                > 90)
                return true;
        }
        return false;
    };
    QList<int> inkColumns;
    for (int x = row.left(); x <= row.right(); ++x) {
        if (isInk(x))
            inkColumns << x;
    }
    if (inkColumns.size() < 2)
        return gap;
    // The widest blank run between two ink columns.
    int runStart = 0;
    int runEnd = 0; // the ink columns on either side
    for (qsizetype i = 1; i < inkColumns.size(); ++i) {
        if (inkColumns.at(i) - inkColumns.at(i - 1) > runEnd - runStart) {
            runStart = inkColumns.at(i - 1);
            runEnd = inkColumns.at(i);
        }
    }
    gap.pixels = runEnd - runStart - 1;
    // The shortcut is at the far end: on the right in English, on the left in Arabic.
    gap.shortcutInk
        = menu.isRightToLeft() ? runStart - inkColumns.first() + 1 : inkColumns.last() - runEnd + 1;
    return gap;
}

QList<Gap> gapsOf(QMenu& menu)
{
    menu.popup(QPoint(0, 0));
    QCoreApplication::processEvents();
    QList<Gap> gaps;
    for (QAction* action : menu.actions()) {
        if (action->isSeparator() || !action->isVisible() || action->shortcut().isEmpty())
            continue;
        gaps << paintedGap(menu, *action);
    }
    menu.hide();
    return gaps;
}

void expectClear(const QList<Gap>& gaps, const QMenu& menu)
{
    const int clear = menu.fontMetrics().averageCharWidth() * 3 / 2;
    for (const Gap& gap : gaps) {
        EXPECT_GE(gap.pixels, clear) << gap.entry.toStdString();
        // The widest blank separates the whole shortcut, not a word of the label.
        EXPECT_NEAR(gap.shortcutInk, gap.shortcutWidth, 3) << gap.entry.toStdString();
    }
}

// The menu that showed the defect: its widest label is measured before a wider shortcut.
std::unique_ptr<QMenu> importExportMenu(bool arabic)
{
    auto menu = std::make_unique<QMenu>();
    menu->addAction(arabic ? QStringLiteral("&استيراد جدول 4W…")
                           : QStringLiteral("&Import 4W spreadsheet…"))
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    menu->addAction(arabic ? QStringLiteral("تصدير 4W…") : QStringLiteral("Export 4W…"))
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    return menu;
}

class MenuShortcutsTest : public GuiFixture, public ::testing::WithParamInterface<const char*> {
protected:
    bool arabic() const { return QLatin1String(GetParam()) == QLatin1String("ar"); }
    void SetUp() override
    {
        GuiFixture::SetUp();
        display().setLanguage(QLatin1String(GetParam()));
        settle();
    }
};

} // namespace

TEST_P(MenuShortcutsTest, EveryMenuKeepsAClearGapBeforeEachShortcut)
{
    int checked = 0;
    for (QAction* top : window().menuBar()->actions()) {
        if (!top->menu())
            continue;
        EXPECT_EQ(top->menu()->isRightToLeft(), arabic());
        const QList<Gap> gaps = gapsOf(*top->menu());
        expectClear(gaps, *top->menu());
        checked += int(gaps.size());
    }
    EXPECT_GE(checked, 4) << "the File and Edit menus have shortcuts";
}

TEST_P(MenuShortcutsTest, TheWidestLabelMeasuredBeforeAWiderShortcutKeepsItsGap)
{
    auto menu = importExportMenu(arabic());
    const QList<Gap> gaps = gapsOf(*menu);
    ASSERT_EQ(gaps.size(), 2);
    expectClear(gaps, *menu);
}

TEST_P(MenuShortcutsTest, TheMeasurementSeesFusionsOwnDefect)
{
    // Without the application style, Qt 6.4's Fusion paints the import entry's label up to its
    // shortcut: the measurement must see it, or the tests above prove nothing.
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    ASSERT_TRUE(fusion);
    auto menu = importExportMenu(arabic());
    menu->setStyle(fusion.get());
    const QList<Gap> gaps = gapsOf(*menu);
    ASSERT_EQ(gaps.size(), 2);
    const int clear = menu->fontMetrics().averageCharWidth() * 3 / 2;
    EXPECT_LT(gaps.first().pixels, clear) << gaps.first().entry.toStdString();
    menu.reset();
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, MenuShortcutsTest, ::testing::Values("ar", "en"));

} // namespace tansiq::test
