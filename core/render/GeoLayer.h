#pragma once

#include <QByteArray>
#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QString>

#include <optional>

namespace tansiq::render {

// One administrative unit's outline in longitude/latitude (WGS84).
struct GeoFeature {
    QString pcode;
    QString nameEn;
    QString nameAr;
    QList<QPolygonF> rings; // outer rings of every part (holes are not needed at this scale)
    QRectF bounds;
    QPointF anchor; // where a label or a symbol goes: the centre of the largest part
};

// The polygons of one administrative level, read from a COD-AB style GeoJSON file whose
// features carry ADMn_PCODE, ADMn_EN and ADMn_AR properties.
class GeoLayer {
public:
    static std::optional<GeoLayer> fromGeoJson(const QByteArray& json, int level);
    static std::optional<GeoLayer> fromFile(const QString& path, int level);
    // From outlines already read (e.g. imported COD-AB boundaries); bounds and anchors are
    // computed here. Features without a P-code or outline are dropped.
    static std::optional<GeoLayer> fromFeatures(int level, QList<GeoFeature> features);

    int level() const { return m_level; }
    const QList<GeoFeature>& features() const { return m_features; }
    const GeoFeature* find(const QString& pcode) const;
    QRectF bounds() const { return m_bounds; }

private:
    int m_level = 1;
    QList<GeoFeature> m_features;
    QRectF m_bounds;
};

} // namespace tansiq::render
