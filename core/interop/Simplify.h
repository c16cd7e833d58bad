#pragma once

#include "core/interop/Boundaries.h"

namespace tansiq::interop {

// Douglas-Peucker simplification of a closed ring: keeps the points farther than `tolerance`
// (in degrees) from the chord of the points kept around them. A ring that would collapse to
// fewer than 4 points (a triangle plus the closing point) comes back empty: the caller drops
// it, or keeps the original when it is the only outer ring of a place.
Ring simplifyRing(const Ring& ring, double tolerance);

// Simplifies every ring; drops collapsed holes and islands but never a place's last part.
QList<Polygon> simplifyParts(const QList<Polygon>& parts, double tolerance);

qsizetype pointCount(const QList<Polygon>& parts);

} // namespace tansiq::interop
