#include "core/render/MapProjection.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace tansiq::render {

MapProjection::MapProjection(const QRectF& geoBounds, const QRectF& target) : m_geo(geoBounds)
{
    m_xFactor = std::cos(geoBounds.center().y() * std::numbers::pi / 180.0);
    const double width = std::max(1e-9, geoBounds.width() * m_xFactor);
    const double height = std::max(1e-9, geoBounds.height());
    m_scale = std::min(target.width() / width, target.height() / height);
    m_offset = QPointF(target.left() + (target.width() - width * m_scale) / 2,
        target.top() + (target.height() - height * m_scale) / 2);
}

QPointF MapProjection::toDevice(const QPointF& lonLat) const
{
    return { m_offset.x() + (lonLat.x() - m_geo.left()) * m_xFactor * m_scale,
        m_offset.y() + (m_geo.bottom() - lonLat.y()) * m_scale };
}

QPointF MapProjection::toGeo(const QPointF& device) const
{
    return { m_geo.left() + (device.x() - m_offset.x()) / (m_xFactor * m_scale),
        m_geo.bottom() - (device.y() - m_offset.y()) / m_scale };
}

} // namespace tansiq::render
