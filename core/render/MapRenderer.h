#pragma once

#include <QPointF>
#include <QRectF>
#include <QString>

class QPainter;

namespace tansiq::render {

struct MapScene;

// Paints a map scene onto any QPainter (a widget, an image, a PDF page): polygons coloured by
// the measure, or proportional symbols at the places' centres over the governorates, with a
// legend on the reading side and the boundaries' attribution. Geography is never mirrored;
// the legend and the text follow the language's direction.
class MapRenderer {
public:
    static void paint(QPainter& painter, const QRectF& area, const MapScene& scene);
    // The P-code of the place drawn at `point` (same `area` as paint), or an empty string.
    static QString placeAt(const QRectF& area, const MapScene& scene, const QPointF& point);

    struct Layout {
        QRectF map;
        QRectF legend;
        QRectF attribution;
    };
    static Layout layout(const QRectF& area, bool rightToLeft);

    // The scale bar for a map drawn at `unitsPerKilometre`: a round length (1, 2 or 5 × 10^n
    // km) at most `maxUnits` long, and its length in device units.
    struct ScaleBar {
        double kilometres = 0;
        double units = 0;
    };
    static ScaleBar scaleBar(double unitsPerKilometre, double maxUnits);
};

} // namespace tansiq::render
