#include "core/render/GeoLayer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace tansiq::render {

namespace {
QPolygonF ring(const QJsonArray& coordinates)
{
    QPolygonF polygon;
    polygon.reserve(coordinates.size());
    for (const QJsonValue& point : coordinates) {
        const QJsonArray pair = point.toArray();
        if (pair.size() >= 2)
            polygon << QPointF(pair.at(0).toDouble(), pair.at(1).toDouble());
    }
    return polygon;
}

double area(const QPolygonF& polygon)
{
    double sum = 0;
    for (qsizetype i = 0, n = polygon.size(); i < n; ++i) {
        const QPointF& a = polygon.at(i);
        const QPointF& b = polygon.at((i + 1) % n);
        sum += a.x() * b.y() - b.x() * a.y();
    }
    return std::abs(sum) / 2;
}

// The area-weighted centroid of a polygon (falls back to the bounding box centre).
QPointF centroid(const QPolygonF& polygon)
{
    double cx = 0, cy = 0, twiceArea = 0;
    for (qsizetype i = 0, n = polygon.size(); i < n; ++i) {
        const QPointF& a = polygon.at(i);
        const QPointF& b = polygon.at((i + 1) % n);
        const double cross = a.x() * b.y() - b.x() * a.y();
        twiceArea += cross;
        cx += (a.x() + b.x()) * cross;
        cy += (a.y() + b.y()) * cross;
    }
    if (std::abs(twiceArea) < 1e-12)
        return polygon.boundingRect().center();
    return { cx / (3 * twiceArea), cy / (3 * twiceArea) };
}
} // namespace

std::optional<GeoLayer> GeoLayer::fromGeoJson(const QByteArray& json, int level)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return std::nullopt;
    const QString prefix = QStringLiteral("ADM%1_").arg(level);
    QList<GeoFeature> features;
    for (const QJsonValue& value : document.object().value(QStringLiteral("features")).toArray()) {
        const QJsonObject feature = value.toObject();
        const QJsonObject properties = feature.value(QStringLiteral("properties")).toObject();
        const QJsonObject geometry = feature.value(QStringLiteral("geometry")).toObject();
        GeoFeature out;
        out.pcode = properties.value(prefix + QStringLiteral("PCODE")).toString();
        out.nameEn = properties.value(prefix + QStringLiteral("EN")).toString();
        out.nameAr = properties.value(prefix + QStringLiteral("AR")).toString();
        const QString type = geometry.value(QStringLiteral("type")).toString();
        const QJsonArray coordinates = geometry.value(QStringLiteral("coordinates")).toArray();
        if (type == QLatin1String("Polygon") && !coordinates.isEmpty()) {
            out.rings << ring(coordinates.at(0).toArray());
        } else if (type == QLatin1String("MultiPolygon")) {
            for (const QJsonValue& part : coordinates) {
                const QJsonArray rings = part.toArray();
                if (!rings.isEmpty())
                    out.rings << ring(rings.at(0).toArray());
            }
        }
        features << out;
    }
    return fromFeatures(level, std::move(features));
}

std::optional<GeoLayer> GeoLayer::fromFeatures(int level, QList<GeoFeature> features)
{
    GeoLayer layer;
    layer.m_level = level;
    for (GeoFeature& out : features) {
        if (out.pcode.isEmpty() || out.rings.isEmpty())
            continue;
        out.bounds = QRectF();
        const QPolygonF* largest = &out.rings.first();
        for (const QPolygonF& part : std::as_const(out.rings)) {
            out.bounds |= part.boundingRect();
            if (area(part) > area(*largest))
                largest = &part;
        }
        out.anchor = centroid(*largest);
        layer.m_bounds |= out.bounds;
        layer.m_features << out;
    }
    if (layer.m_features.isEmpty())
        return std::nullopt;
    return layer;
}

std::optional<GeoLayer> GeoLayer::fromFile(const QString& path, int level)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return fromGeoJson(file.readAll(), level);
}

const GeoFeature* GeoLayer::find(const QString& pcode) const
{
    for (const GeoFeature& feature : m_features) {
        if (feature.pcode == pcode)
            return &feature;
    }
    return nullptr;
}

} // namespace tansiq::render
