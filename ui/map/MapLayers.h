#pragma once

#include "render/GeoLayer.h"

#include <array>
#include <optional>

namespace tansiq::ui {

// The bundled boundaries (governorates, districts, sub-districts), read once from the
// resources compiled into core.
class MapLayers {
public:
    MapLayers();
    const render::GeoLayer* level(int level) const;

private:
    std::array<std::optional<render::GeoLayer>, 3> m_layers;
};

}  // namespace tansiq::ui
