#include "core/bulletin/BulletinMaps.h"

#include "core/bulletin/ReportFormat.h"
#include "core/render/GeoLayer.h"
#include "core/render/MapScene.h"

#include <array>

namespace tansiq::report {

namespace {

// The bundled boundaries of levels 1-3, read once per process (function-local statics are
// initialised thread-safely; the layers are never changed afterwards).
const render::GeoLayer* bundledLayer(int level)
{
    static const std::array<std::optional<render::GeoLayer>, 3> layers = [] {
        std::array<std::optional<render::GeoLayer>, 3> read;
        for (int l = 1; l <= 3; ++l)
            read[size_t(l - 1)] = render::GeoLayer::fromFile(
                QStringLiteral(":/geodata/syr_admin%1_simplified.geojson").arg(l), l);
        return read;
    }();
    if (level < 1 || level > 3 || !layers[size_t(level - 1)])
        return nullptr;
    return &*layers[size_t(level - 1)];
}

// The features of `level` inside `area` (P-codes nest: SY09 ⊃ SY0901 ⊃ SY090100).
std::shared_ptr<const render::GeoLayer> cropped(int level, const QString& area)
{
    const render::GeoLayer* all = bundledLayer(level);
    if (!all)
        return nullptr;
    QList<render::GeoFeature> inside;
    for (const render::GeoFeature& feature : all->features()) {
        if (area.isEmpty() || feature.pcode.startsWith(area) || area.startsWith(feature.pcode))
            inside << feature;
    }
    auto layer = render::GeoLayer::fromFeatures(level, inside);
    return layer ? std::make_shared<const render::GeoLayer>(std::move(*layer)) : nullptr;
}

// A scene that owns the layers it points to.
struct OwnedScene {
    render::MapScene scene;
    std::shared_ptr<const render::GeoLayer> outline;
    std::shared_ptr<const render::GeoLayer> layer;
};

std::shared_ptr<const render::MapScene> scene(const BulletinData& d, const BulletinText& t,
    const QList<MapValue>& values, render::MapScene::Style style, const QString& legendTitle)
{
    auto owned = std::make_shared<OwnedScene>();
    const QString& area = d.mapArea;
    owned->outline = cropped(std::clamp(d.areaLevel, 1, 3), area);
    owned->layer = cropped(d.mapLevel, area);
    render::MapScene& s = owned->scene;
    s.outline = owned->outline.get();
    s.layer = owned->layer.get();
    s.style = style;
    QList<double> classValues;
    for (const MapValue& v : values) {
        s.values.insert(v.pcode, v.value);
        classValues << v.value;
    }
    s.scale = render::ColorScale::quantiles(classValues);
    s.legendTitle = legendTitle;
    s.noDataLabel = t.translate("tansiq::Bulletin", "No activity");
    s.attribution = t.translate(
        "tansiq::Bulletin", "Boundaries: OCHA/UNCS COD-AB via geoBoundaries, CC BY 3.0 IGO");
    s.rightToLeft = d.language == Language::Arabic;
    s.arabicNames = d.language == Language::Arabic;
    const ReportFormat format(d.language, d.arabicDigits);
    s.formatValue = [format](double value) { return format.number(value); };
    const QString kilometres = t.translate("tansiq::Bulletin", "%1 km");
    s.formatKilometres
        = [format, kilometres](double km) { return kilometres.arg(format.number(km)); };
    return std::shared_ptr<const render::MapScene>(owned, &owned->scene);
}

} // namespace

std::shared_ptr<const render::MapScene> BulletinMaps::reached(
    const BulletinData& d, const BulletinText& t)
{
    return scene(d, t, d.choropleth, render::MapScene::Style::Choropleth,
        t.translate("tansiq::Bulletin", "People reached (unique estimate)"));
}

std::shared_ptr<const render::MapScene> BulletinMaps::activities(
    const BulletinData& d, const BulletinText& t)
{
    return scene(d, t, d.symbols, render::MapScene::Style::Symbols,
        t.translate("tansiq::Bulletin", "Activities"));
}

} // namespace tansiq::report
