#include "tests/ui/GuiFixture.h"
#include "ui/common/Page.h"
#include "ui/shell/MainWindow.h"

#include <QListWidget>
#include <QTest>

namespace tansiq::test {

using NavigationTest = GuiFixture;

TEST_F(NavigationTest, EveryPageIsReachableFromTheNavigationList)
{
    const QStringList expected { QStringLiteral("dashboard"), QStringLiteral("organisations"),
        QStringLiteral("projects"), QStringLiteral("activities"), QStringLiteral("needs"),
        QStringLiteral("groups"), QStringLiteral("meetings"), QStringLiteral("actions"),
        QStringLiteral("visits"), QStringLiteral("matrix"), QStringLiteral("gaps"),
        QStringLiteral("duplication"), QStringLiteral("map"), QStringLiteral("bulletin"),
        QStringLiteral("sync"), QStringLiteral("settings") };
    QListWidget* navigation = window().navigation();
    ASSERT_EQ(navigation->count(), expected.size());
    for (int row = 0; row < navigation->count(); ++row) {
        QListWidgetItem* item = navigation->item(row);
        const QRect area = navigation->visualItemRect(item);
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, area.center());
        settle();
        ui::Page* current = window().currentPage();
        ASSERT_NE(current, nullptr);
        EXPECT_EQ(current->pageId(), expected.at(row));
        EXPECT_TRUE(current->isVisible()) << current->pageId().toStdString();
        EXPECT_EQ(item->text(), current->title());
        EXPECT_FALSE(current->title().isEmpty());
    }
}

} // namespace tansiq::test
