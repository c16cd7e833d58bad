#include "render/GeoLayer.h"
#include "render/MapProjection.h"
#include "render/MapRenderer.h"
#include "render/MapScene.h"

#include <QImage>
#include <QPainter>

#include <gtest/gtest.h>

namespace tansiq::test {

namespace {
render::GeoLayer governorates()
{
    auto layer = render::GeoLayer::fromFile(QStringLiteral(":/geodata/syr_admin1_simplified.geojson"), 1);
    EXPECT_TRUE(layer.has_value());
    return layer.value_or(render::GeoLayer{});
}

// The share of non-background pixels in a vertical strip of the image.
int inkColumns(const QImage& image, int from, int to)
{
    int ink = 0;
    const QRgb background = QColor(0xf7fbff).rgb();
    for (int x = from; x < to; ++x) {
        for (int y = 0; y < image.height(); y += 4) {
            if (image.pixel(x, y) != background) {
                ++ink;
                break;
            }
        }
    }
    return ink;
}
}  // namespace

TEST(MapRendererTest, ReadsTheFourteenGovernorates)
{
    const render::GeoLayer layer = governorates();
    EXPECT_EQ(layer.features().size(), 14);
    ASSERT_NE(layer.find(QStringLiteral("SY09")), nullptr);
    EXPECT_FALSE(layer.find(QStringLiteral("SY09"))->nameAr.isEmpty());
}

TEST(MapRendererTest, LegendSitsOnTheReadingSideAndClicksFindPlaces)
{
    const render::GeoLayer layer = governorates();
    render::MapScene scene;
    scene.outline = &layer;
    scene.layer = &layer;
    for (const render::GeoFeature& f : layer.features())
        scene.values.insert(f.pcode, f.pcode.mid(2).toDouble());
    scene.scale = render::ColorScale::quantiles(scene.values.values());
    scene.legendTitle = QStringLiteral("Activities");
    const QRectF area(0, 0, 900, 600);
    for (const bool rtl : {false, true}) {
        scene.rightToLeft = rtl;
        const render::MapRenderer::Layout parts = render::MapRenderer::layout(area, rtl);
        EXPECT_EQ(parts.legend.center().x() > area.center().x(), rtl);
        // The centre of Deir-ez-Zor, projected as the renderer does, is found by a click.
        const render::MapProjection projection(layer.bounds(), parts.map);
        const QPointF deir = projection.toDevice(layer.find(QStringLiteral("SY09"))->anchor);
        EXPECT_EQ(render::MapRenderer::placeAt(area, scene, deir), QStringLiteral("SY09"));
        EXPECT_TRUE(render::MapRenderer::placeAt(area, scene, parts.legend.center()).isEmpty());
    }
}

TEST(MapRendererTest, PaintsOnAnyDevice)
{
    const render::GeoLayer layer = governorates();
    render::MapScene scene;
    scene.outline = &layer;
    scene.layer = &layer;
    scene.scale = render::ColorScale::severity();
    for (const render::GeoFeature& f : layer.features())
        scene.values.insert(f.pcode, 3);
    QImage image(600, 400, QImage::Format_RGB32);
    QPainter painter(&image);
    render::MapRenderer::paint(painter, QRectF(image.rect()), scene);
    painter.end();
    EXPECT_EQ(image.pixelColor(QPoint(450, 200)).isValid(), true);
    EXPECT_GT(inkColumns(image, 200, 600), 300);  // the country fills the map area
}

}  // namespace tansiq::test
