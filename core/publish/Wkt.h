#pragma once

#include "core/interop/Boundaries.h"

#include <QString>

namespace tansiq::publish {

// Well-known text of a boundary: MULTIPOLYGON(((lon lat, ...), (hole ...)), ...) in WGS84.
QString multiPolygonWkt(const QList<interop::Polygon>& parts);

} // namespace tansiq::publish
