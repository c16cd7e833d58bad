#include "core/render/MapRenderer.h"

#include "core/render/GeoLayer.h"
#include "core/render/MapLegend.h"
#include "core/render/MapProjection.h"
#include "core/render/MapScene.h"

#include <QPainter>
#include <QPainterPath>
#include <QTextOption>

#include <algorithm>
#include <cmath>

namespace tansiq::render {

namespace {
const QColor kNoData(0xeeeeee);
const QColor kBorder(0x8a8a8a);

QPainterPath devicePath(const GeoFeature& feature, const MapProjection& projection)
{
    QPainterPath path;
    for (const QPolygonF& ring : feature.rings) {
        QPolygonF device;
        device.reserve(ring.size());
        for (const QPointF& point : ring)
            device << projection.toDevice(point);
        path.addPolygon(device);
        path.closeSubpath();
    }
    return path;
}

double symbolRadius(const MapScene& scene, double value, const MapProjection& projection)
{
    const double maximum = scene.scale.maximum();
    if (maximum <= 0 || value <= 0)
        return 0;
    const double largest = std::clamp(projection.scale() * 0.28, 6.0, 40.0);
    return std::max(2.0, largest * std::sqrt(value / maximum));
}

QRectF geoBounds(const MapScene& scene)
{
    return scene.outline ? scene.outline->bounds() : scene.layer ? scene.layer->bounds() : QRectF();
}

void drawLabels(QPainter& painter, const GeoLayer& layer, const MapProjection& projection,
    const MapScene& scene)
{
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter.setFont(font);
    QTextOption option(Qt::AlignCenter);
    option.setTextDirection(scene.arabicNames ? Qt::RightToLeft : Qt::LeftToRight);
    for (const GeoFeature& feature : layer.features()) {
        const QPointF at = projection.toDevice(feature.anchor);
        const QString name = scene.arabicNames ? feature.nameAr : feature.nameEn;
        const QRectF box(at.x() - 80, at.y() - 12, 160, 24);
        // A white halo all around, so names stay readable on the darkest fills.
        painter.setPen(QColor(255, 255, 255, 235));
        for (int dx = -2; dx <= 2; ++dx) {
            for (int dy = -2; dy <= 2; ++dy) {
                if ((dx != 0 || dy != 0) && dx * dx + dy * dy <= 5)
                    painter.drawText(box.translated(dx * 0.75, dy * 0.75), name, option);
            }
        }
        painter.setPen(QColor(0x1a1a1a));
        painter.drawText(box, name, option);
    }
}
// A bar with end ticks and its length, at the bottom of the map on the side away from the
// legend (the geography itself is never mirrored).
void drawScaleBar(
    QPainter& painter, const QRectF& map, const MapProjection& projection, const MapScene& scene)
{
    const MapRenderer::ScaleBar bar
        = MapRenderer::scaleBar(projection.unitsPerKilometre(), map.width() / 4);
    if (bar.units <= 0)
        return;
    const double margin = 10;
    const double y = map.bottom() - margin;
    const double x0 = scene.rightToLeft ? map.left() + margin : map.right() - margin - bar.units;
    const double x1 = x0 + bar.units;
    painter.save();
    painter.setPen(QPen(QColor(0x333333), 1.4));
    painter.drawLine(QPointF(x0, y), QPointF(x1, y));
    painter.drawLine(QPointF(x0, y - 5), QPointF(x0, y));
    painter.drawLine(QPointF(x1, y - 5), QPointF(x1, y));
    QFont small = painter.font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.8));
    painter.setFont(small);
    const QRectF label(x0 - 40, y - 22, bar.units + 80, 16);
    painter.drawText(label, scene.formatKilometres(bar.kilometres), QTextOption(Qt::AlignCenter));
    painter.restore(); // the legend keeps its own font
}
} // namespace

MapRenderer::ScaleBar MapRenderer::scaleBar(double unitsPerKilometre, double maxUnits)
{
    if (unitsPerKilometre <= 0 || maxUnits <= 0)
        return {};
    const double maxKm = maxUnits / unitsPerKilometre;
    const double power = std::pow(10.0, std::floor(std::log10(maxKm)));
    double km = power;
    for (const double step : { 5.0, 2.0, 1.0 }) {
        if (step * power <= maxKm) {
            km = step * power;
            break;
        }
    }
    return { km, km * unitsPerKilometre };
}

MapRenderer::Layout MapRenderer::layout(const QRectF& area, bool rightToLeft)
{
    const double legendWidth = std::clamp(area.width() * 0.26, 120.0, 240.0);
    const double footer = 24;
    const double margin = 8;
    Layout result;
    const QRectF body(area.left() + margin, area.top() + margin, area.width() - 2 * margin,
        area.height() - footer - 2 * margin);
    result.legend = rightToLeft
        ? QRectF(body.right() - legendWidth, body.top(), legendWidth, body.height())
        : QRectF(body.left(), body.top(), legendWidth, body.height());
    result.map = rightToLeft
        ? QRectF(body.left(), body.top(), body.width() - legendWidth - margin, body.height())
        : QRectF(body.left() + legendWidth + margin, body.top(),
            body.width() - legendWidth - margin, body.height());
    result.attribution = QRectF(body.left(), area.bottom() - footer, body.width(), footer);
    return result;
}

void MapRenderer::paint(QPainter& painter, const QRectF& area, const MapScene& scene)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setLayoutDirection(scene.rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    painter.fillRect(area, QColor(0xf7fbff));
    const Layout parts = layout(area, scene.rightToLeft);
    const MapProjection projection(geoBounds(scene), parts.map);
    const bool symbols = scene.style == MapScene::Style::Symbols;

    if (scene.layer && !symbols) {
        for (const GeoFeature& feature : scene.layer->features()) {
            const auto value = scene.values.constFind(feature.pcode);
            painter.setBrush(
                value == scene.values.constEnd() ? kNoData : scene.scale.color(*value));
            painter.setPen(QPen(QColor(0xffffff), 0.6));
            painter.drawPath(devicePath(feature, projection));
        }
    }
    if (scene.outline) {
        painter.setBrush(symbols ? QBrush(QColor(0xf2f2f2)) : QBrush(Qt::NoBrush));
        painter.setPen(QPen(kBorder, 1.2));
        for (const GeoFeature& feature : scene.outline->features())
            painter.drawPath(devicePath(feature, projection));
    }
    if (scene.layer && symbols) {
        QList<const GeoFeature*> order;
        for (const GeoFeature& feature : scene.layer->features())
            order << &feature;
        // Large circles first so small ones stay visible on top.
        std::sort(order.begin(), order.end(), [&](const GeoFeature* a, const GeoFeature* b) {
            return scene.values.value(a->pcode) > scene.values.value(b->pcode);
        });
        painter.setPen(QPen(QColor(0x333333), 0.7));
        for (const GeoFeature* feature : std::as_const(order)) {
            const double value = scene.values.value(feature->pcode);
            const double radius = symbolRadius(scene, value, projection);
            if (radius <= 0)
                continue;
            QColor fill = scene.scale.color(value);
            fill.setAlpha(220);
            painter.setBrush(fill);
            painter.drawEllipse(projection.toDevice(feature->anchor), radius, radius);
        }
    }
    if (!scene.selectedPcode.isEmpty() && scene.layer) {
        if (const GeoFeature* selected = scene.layer->find(scene.selectedPcode)) {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(QColor(0xd7191c), 2.5));
            painter.drawPath(devicePath(*selected, projection));
        }
    }
    const GeoLayer* labelled
        = scene.layer && scene.layer->level() == 1 ? scene.layer : scene.outline;
    if (labelled && !symbols)
        drawLabels(painter, *labelled, projection, scene);

    if (scene.formatKilometres)
        drawScaleBar(painter, parts.map, projection, scene);
    MapLegend::paint(painter, parts.legend, scene);
    QTextOption footer(Qt::AlignVCenter | (scene.rightToLeft ? Qt::AlignLeft : Qt::AlignRight));
    QFont small = painter.font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.8));
    painter.setFont(small);
    painter.setPen(QColor(0x555555));
    painter.drawText(parts.attribution, scene.attribution, footer);
    painter.restore();
}

QString MapRenderer::placeAt(const QRectF& area, const MapScene& scene, const QPointF& point)
{
    if (!scene.layer)
        return {};
    const Layout parts = layout(area, scene.rightToLeft);
    if (!parts.map.contains(point))
        return {};
    const MapProjection projection(geoBounds(scene), parts.map);
    if (scene.style == MapScene::Style::Symbols) {
        QString best;
        double bestDistance = 1e18;
        for (const GeoFeature& feature : scene.layer->features()) {
            const double radius
                = symbolRadius(scene, scene.values.value(feature.pcode), projection);
            const QPointF delta = projection.toDevice(feature.anchor) - point;
            const double distance = std::hypot(delta.x(), delta.y());
            if (distance <= std::max(radius, 4.0) && distance < bestDistance) {
                best = feature.pcode;
                bestDistance = distance;
            }
        }
        if (!best.isEmpty())
            return best;
    }
    const QPointF geo = projection.toGeo(point);
    for (const GeoFeature& feature : scene.layer->features()) {
        if (!feature.bounds.contains(geo))
            continue;
        for (const QPolygonF& ring : feature.rings) {
            if (ring.containsPoint(geo, Qt::OddEvenFill))
                return feature.pcode;
        }
    }
    return {};
}

} // namespace tansiq::render
