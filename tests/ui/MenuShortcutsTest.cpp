// Menu labels never run into their shortcuts («استيراد جدول 4W…Ctrl+I»): in both languages,
// every menu entry with a shortcut is painted with a clear gap between the label and the
// shortcut (the application style, decision 0078). Measured on what Qt paints.

#include "GuiFixture.h"
#include "VisualText.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QMenuBar>

#include <algorithm>

namespace tansiq::test {
namespace {

struct Gap {
    QString entry;
    qreal pixels;
};

// The gap between each entry's label and its shortcut, as painted.
QList<Gap> shortcutGaps(QMenu& menu)
{
    const bool rightToLeft = menu.isRightToLeft();
    menu.popup(QPoint(0, 0));
    QCoreApplication::processEvents();
    const QList<TextRun> runs = textRuns(menu);
    QList<Gap> gaps;
    for (QAction* action : menu.actions()) {
        if (action->menu())
            gaps << shortcutGaps(*action->menu());
        if (action->isSeparator() || !action->isVisible() || action->shortcut().isEmpty())
            continue;
        const QRect row = menu.actionGeometry(action);
        std::vector<TextRun> line;
        for (const TextRun& run : runs) {
            if (row.contains(run.rect.center().toPoint()))
                line.push_back(run);
        }
        // The shortcut is drawn at the far end: on the right in English, on the left in Arabic.
        std::sort(line.begin(), line.end(), [rightToLeft](const TextRun& a, const TextRun& b) {
            return rightToLeft ? a.rect.left() < b.rect.left() : a.rect.right() > b.rect.right();
        });
        QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
        shortcut.remove(QLatin1Char(' '));
        qsizetype taken = 0;
        QRectF shortcutRect;
        size_t i = 0;
        for (; i < line.size() && taken < shortcut.size(); ++i) {
            taken += QString(line[i].text).remove(QLatin1Char(' ')).size();
            shortcutRect |= line[i].rect;
        }
        const QString entry = action->text() + QStringLiteral(" / ") + shortcut;
        if (i == line.size()) {
            gaps << Gap { entry + QStringLiteral(" (no label painted)"), -1 };
            continue;
        }
        qreal gap = 1e9;
        for (; i < line.size(); ++i) {
            gap = std::min(gap,
                rightToLeft ? line[i].rect.left() - shortcutRect.right()
                            : shortcutRect.left() - line[i].rect.right());
        }
        gaps << Gap { entry, gap };
    }
    menu.hide();
    return gaps;
}

class MenuShortcutsTest : public GuiFixture, public ::testing::WithParamInterface<const char*> { };

} // namespace

TEST_P(MenuShortcutsTest, EveryLabelKeepsAClearGapBeforeItsShortcut)
{
    const bool arabic = QLatin1String(GetParam()) == QLatin1String("ar");
    display().setLanguage(QLatin1String(GetParam()));
    settle();
    int checked = 0;
    for (QAction* top : window().menuBar()->actions()) {
        if (!top->menu())
            continue;
        EXPECT_EQ(top->menu()->isRightToLeft(), arabic);
        // At least two average letters between the label's end and the shortcut.
        const qreal clear = 2 * top->menu()->fontMetrics().averageCharWidth();
        for (const Gap& gap : shortcutGaps(*top->menu())) {
            EXPECT_GE(gap.pixels, clear) << gap.entry.toStdString();
            ++checked;
        }
    }
    EXPECT_GE(checked, 3) << "the File and Edit menus have shortcuts";
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, MenuShortcutsTest, ::testing::Values("ar", "en"));

} // namespace tansiq::test
