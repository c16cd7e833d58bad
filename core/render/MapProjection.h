#pragma once

#include <QPointF>
#include <QRectF>

namespace tansiq::render {

// Longitude/latitude to device coordinates: an equirectangular projection scaled by the
// cosine of the middle latitude (true enough for a country the size of Syria), fitted and
// centred in the target rectangle. North stays up and east stays right in every language.
class MapProjection {
public:
    MapProjection(const QRectF& geoBounds, const QRectF& target);

    QPointF toDevice(const QPointF& lonLat) const;
    QPointF toGeo(const QPointF& device) const;
    double scale() const { return m_scale; } // device units per degree of latitude
    // Device units per kilometre on the ground (a degree of latitude is 111.32 km; the
    // projection keeps east-west distances at the same scale near the middle latitude).
    double unitsPerKilometre() const { return m_scale / 111.32; }

private:
    QRectF m_geo;
    double m_xFactor = 1;
    double m_scale = 1;
    QPointF m_offset;
};

} // namespace tansiq::render
