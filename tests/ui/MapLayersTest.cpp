// The map draws imported COD-AB boundaries in place of the bundled ones.

#include "ui/map/MapLayers.h"

#include "core/interop/BoundaryImporter.h"
#include "core/workspace/Workspace.h"
#include "tests/support/TestWorkspace.h"

#include <gtest/gtest.h>

using namespace tansiq;

namespace {
qsizetype pointCount(const render::GeoLayer& layer)
{
    qsizetype points = 0;
    for (const auto& feature : layer.features()) {
        for (const QPolygonF& ring : feature.rings)
            points += ring.size();
    }
    return points;
}
} // namespace

TEST(MapLayers, ImportedBoundariesReplaceTheBundledOnes)
{
    test::TestWorkspace ws;
    const ui::MapLayers bundled(ws->database());
    ASSERT_NE(bundled.level(1), nullptr);
    ASSERT_NE(bundled.level(3), nullptr);
    EXPECT_EQ(bundled.level(1)->features().size(), 14);
    EXPECT_EQ(bundled.level(3)->features().size(), 272);
    const qsizetype bundledPoints = pointCount(*bundled.level(1));

    interop::BoundaryImporter importer(ws->database(), ws.clock());
    const auto imported
        = importer.importFile(test::geodataPath(QStringLiteral("syr_admin1_cod.geojson")));
    ASSERT_TRUE(imported.ok()) << imported.errorText().toStdString();

    const ui::MapLayers after(ws->database());
    ASSERT_NE(after.level(1), nullptr);
    EXPECT_EQ(after.level(1)->features().size(), 14);
    EXPECT_NE(pointCount(*after.level(1)), bundledPoints) << "the imported outlines are drawn";
    EXPECT_NE(after.level(1)->find(QStringLiteral("SY09")), nullptr);
    EXPECT_EQ(after.level(3)->features().size(), 272) << "levels not imported stay bundled";
}
