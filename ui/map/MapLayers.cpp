#include "ui/map/MapLayers.h"

#include "core/interop/BoundaryStore.h"

namespace tansiq::ui {

namespace {
render::GeoFeature toFeature(const interop::AdminPolygon& polygon)
{
    render::GeoFeature feature;
    feature.pcode = polygon.pcode;
    feature.nameEn = polygon.nameEn;
    feature.nameAr = polygon.nameAr;
    for (const interop::Polygon& part : polygon.parts) {
        if (!part.isEmpty())
            feature.rings << QPolygonF(part.first()); // outer ring; holes are not needed here
    }
    return feature;
}
} // namespace

MapLayers::MapLayers(Database& db)
{
    const interop::BoundaryStore store(db);
    for (int level = 1; level <= 3; ++level) {
        QList<render::GeoFeature> features;
        for (const interop::AdminPolygon& polygon : store.polygons(level).polygons)
            features << toFeature(polygon);
        m_layers[size_t(level - 1)] = render::GeoLayer::fromFeatures(level, std::move(features));
    }
}

const render::GeoLayer* MapLayers::level(int level) const
{
    if (level < 1 || level > 3 || !m_layers[size_t(level - 1)])
        return nullptr;
    return &*m_layers[size_t(level - 1)];
}

} // namespace tansiq::ui
