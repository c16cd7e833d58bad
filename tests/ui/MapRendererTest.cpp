#include "core/render/MapRenderer.h"

#include "core/render/GeoLayer.h"
#include "core/render/MapProjection.h"
#include "core/render/MapScene.h"

#include <QImage>
#include <QPainter>

#include <cmath>
#include <functional>
#include <gtest/gtest.h>

namespace tansiq::test {

namespace {
render::GeoLayer governorates()
{
    auto layer
        = render::GeoLayer::fromFile(QStringLiteral(":/geodata/syr_admin1_simplified.geojson"), 1);
    EXPECT_TRUE(layer.has_value());
    return layer.value_or(render::GeoLayer {});
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
} // namespace

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
    for (const bool rtl : { false, true }) {
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
    EXPECT_GT(inkColumns(image, 200, 600), 300); // the country fills the map area
}

TEST(MapRendererTest, TheScaleBarMeasuresRealDistances)
{
    const render::GeoLayer layer = governorates();
    const QRectF area(0, 0, 900, 600);
    const render::MapProjection projection(
        layer.bounds(), render::MapRenderer::layout(area, false).map);
    // Damascus (36.29 E, 33.51 N) to Aleppo (37.16 E, 36.20 N) is about 310 km on the ground.
    const QPointF damascus = projection.toDevice(QPointF(36.29, 33.51));
    const QPointF aleppo = projection.toDevice(QPointF(37.16, 36.20));
    const double km = std::hypot(aleppo.x() - damascus.x(), aleppo.y() - damascus.y())
        / projection.unitsPerKilometre();
    EXPECT_NEAR(km, 310, 20);

    const double width = render::MapRenderer::layout(area, false).map.width();
    const auto bar = render::MapRenderer::scaleBar(projection.unitsPerKilometre(), width / 4);
    EXPECT_GT(bar.units, width / 10); // long enough to read
    EXPECT_LE(bar.units, width / 4);
    EXPECT_NEAR(bar.units / projection.unitsPerKilometre(), bar.kilometres, 1e-6);
    const double leading = bar.kilometres / std::pow(10.0, std::floor(std::log10(bar.kilometres)));
    EXPECT_TRUE(leading == 1 || leading == 2 || leading == 5) << bar.kilometres; // a round length
}

TEST(MapRendererTest, TheScaleBarIsDrawnAwayFromTheLegend)
{
    const render::GeoLayer layer = governorates();
    render::MapScene scene;
    scene.outline = &layer;
    const QRectF area(0, 0, 900, 600);
    for (const bool rtl : { false, true }) {
        scene.rightToLeft = rtl;
        const QRectF map = render::MapRenderer::layout(area, rtl).map;
        const auto paintWith = [&](bool scaleBar) {
            scene.formatKilometres = scaleBar
                ? std::function<QString(double)>([](double km) { return QString::number(km); })
                : nullptr;
            QImage image(900, 600, QImage::Format_RGB32);
            QPainter painter(&image);
            render::MapRenderer::paint(painter, area, scene);
            return image;
        };
        const QImage without = paintWith(false);
        const QImage with = paintWith(true);
        // The pixels that changed lie in the bottom strip of the map, on the side opposite the
        // legend (left of the map's centre in Arabic, right of it in English).
        int changed = 0;
        bool wrongSide = false;
        for (int y = 0; y < 600; ++y) {
            for (int x = 0; x < 900; ++x) {
                if (with.pixel(x, y) == without.pixel(x, y))
                    continue;
                ++changed;
                const bool bottom = y > map.bottom() - 40 && y <= map.bottom();
                const bool side = rtl ? x < map.center().x() : x > map.center().x();
                wrongSide |= !(bottom && side);
            }
        }
        EXPECT_GT(changed, 50) << "rtl " << rtl;
        EXPECT_FALSE(wrongSide) << "rtl " << rtl;
    }
}

} // namespace tansiq::test
