#pragma once

#include <QRectF>

class QPainter;

namespace tansiq::render {

struct MapScene;

// The legend: a title, one row per class (a swatch, or a sized circle for symbols, and the
// value range) and a "no data" row. Swatches sit on the reading side: right in Arabic.
class MapLegend {
public:
    static void paint(QPainter& painter, const QRectF& area, const MapScene& scene);
};

} // namespace tansiq::render
