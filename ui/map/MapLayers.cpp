#include "MapLayers.h"

namespace tansiq::ui {

MapLayers::MapLayers()
{
    for (int level = 1; level <= 3; ++level) {
        m_layers[size_t(level - 1)] = render::GeoLayer::fromFile(
            QStringLiteral(":/geodata/syr_admin%1_simplified.geojson").arg(level), level);
    }
}

const render::GeoLayer* MapLayers::level(int level) const
{
    if (level < 1 || level > 3 || !m_layers[size_t(level - 1)])
        return nullptr;
    return &*m_layers[size_t(level - 1)];
}

}  // namespace tansiq::ui
