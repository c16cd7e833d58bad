#pragma once

#include "core/render/GeoLayer.h"

#include <array>
#include <optional>

namespace tansiq {
class Database;
}

namespace tansiq::ui {

// The boundaries the map draws (governorates, districts, sub-districts): those imported with
// `tansiq-cli import-boundaries` when there are any, otherwise the bundled ones
// (interop::BoundaryStore decides), read once when the map page is made.
class MapLayers {
public:
    explicit MapLayers(Database& db);
    const render::GeoLayer* level(int level) const;

private:
    std::array<std::optional<render::GeoLayer>, 3> m_layers;
};

} // namespace tansiq::ui
