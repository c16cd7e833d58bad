#pragma once

#include <QList>
#include <QPointF>
#include <QString>

namespace tansiq::interop {

// Administrative boundary polygons for drawing (docs/formats/boundaries.md). Coordinates are
// WGS84 degrees: x = longitude, y = latitude.
using Ring = QList<QPointF>; // closed: the last point repeats the first
using Polygon = QList<Ring>; // the outer ring, then its holes

struct AdminPolygon {
    QString pcode;
    int level = 0; // 1 governorate, 2 district, 3 sub-district
    QString nameEn;
    QString nameAr;
    QList<Polygon> parts; // a MultiPolygon (islands, exclaves) or one Polygon
};

// The polygons of one administrative level and where they come from.
struct BoundarySet {
    enum class Source { Bundled, Imported };
    Source source = Source::Bundled;
    int level = 0;
    QString validOn; // COD-AB validity date (YYYY-MM-DD), empty for the bundled set
    QString version; // COD-AB version, e.g. "v02"
    QList<AdminPolygon> polygons;
};

} // namespace tansiq::interop
