#include "core/registry/Registry.h"
#include "core/render/MapProjection.h"
#include "core/render/MapRenderer.h"
#include "core/stats/RegistryStats.h"
#include "core/storage/Database.h"
#include "tests/ui/GuiFixture.h"
#include "ui/common/PlaceSelection.h"
#include "ui/map/MapPage.h"
#include "ui/map/MapWidget.h"
#include "ui/registry/ActivitiesPage.h"
#include "ui/registry/ActivityTableModel.h"
#include "ui/shell/DatabaseCreator.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ScreenshotTaker.h"

#include <QDir>
#include <QImage>
#include <QTest>

namespace tansiq::test {

using ShellTest = GuiFixture;

TEST_F(ShellTest, ClickingAPlaceOnTheMapFiltersTheActivities)
{
    window().showPage(QStringLiteral("map"));
    settle();
    auto* map = static_cast<ui::MapPage*>(window().page(QStringLiteral("map")))->mapWidget();
    const render::MapScene& scene = map->scene();
    ASSERT_NE(scene.layer, nullptr);
    const QRectF area(map->rect());
    const render::MapProjection projection(
        scene.outline->bounds(), render::MapRenderer::layout(area, scene.rightToLeft).map);
    const QPointF deir = projection.toDevice(scene.layer->find(QStringLiteral("SY09"))->anchor);
    QTest::mouseClick(map, Qt::LeftButton, {}, deir.toPoint());
    settle();
    EXPECT_EQ(session().context().selection.pcode(), QStringLiteral("SY09"));
    EXPECT_EQ(map->scene().selectedPcode, QStringLiteral("SY09"));

    auto* activities
        = static_cast<ui::ActivitiesPage*>(window().page(QStringLiteral("activities")));
    waitFor(*activities->model());
    ASSERT_GT(activities->model()->rowCount(), 0);
    for (int row = 0; row < activities->model()->rowCount(); ++row)
        ASSERT_TRUE(activities->model()->rowAt(row)->pcode.startsWith(QStringLiteral("SY09")))
            << row;

    QTest::mouseClick(map, Qt::LeftButton, {}, deir.toPoint()); // again: clears the filter
    settle();
    EXPECT_TRUE(session().context().selection.pcode().isEmpty());
}

TEST_F(ShellTest, ScreenshotsCoverEveryPageAndTheEditor)
{
    QTemporaryDir dir;
    const QStringList files = ui::ScreenshotTaker::capture(
        window(), session().context(), dir.path(), QStringLiteral("en"));
    // Every page at 1366×768, then the four editors, the import wizard, the export dialog and
    // a question with Qt's Yes/No buttons.
    EXPECT_EQ(files.size(), window().pages().size() + 7);
    for (const QString& file : files) {
        const QImage image(file);
        EXPECT_FALSE(image.isNull()) << file.toStdString();
        EXPECT_GT(image.width(), 250);
        if (file.contains(QStringLiteral("-dashboard"))) {
            EXPECT_EQ(image.size(), QSize(1366, 768));
        }
    }
}

TEST(DatabaseCreatorTest, CreatesTheGazetteerAndDemoDataOffTheGuiThread)
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("new.db"));
    ui::DatabaseCreator creator(path, 300);
    const auto outcome = creator.run(nullptr, false);
    ASSERT_TRUE(outcome.ok()) << outcome.errorText().toStdString();
    EXPECT_FALSE(outcome->cancelled);
    EXPECT_EQ(outcome->activities, 300);
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok());
    const RegistryStats stats = RegistryStats::collect(*db.value());
    EXPECT_EQ(stats.activities, 300);
    EXPECT_EQ(stats.adminUnits[1], 14);
}

} // namespace tansiq::test
