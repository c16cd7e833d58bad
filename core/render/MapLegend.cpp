#include "core/render/MapLegend.h"

#include "core/render/MapScene.h"

#include <QPainter>
#include <QTextOption>

#include <cmath>

namespace tansiq::render {

namespace {
QString rangeText(const MapScene& scene, int index)
{
    const auto format = [&](double v) {
        return scene.formatValue ? scene.formatValue(v) : QString::number(v, 'f', 0);
    };
    double lower = scene.scale.lower(index);
    // Whole-number classes read as 1 – 10, 11 – 25 rather than sharing their bounds.
    if (index > 0 && lower == std::floor(lower) && lower + 1 <= scene.scale.upper(index))
        lower += 1;
    const double upper = scene.scale.upper(index);
    if (scene.scale.isSeverity() || lower == upper)
        return format(upper);
    return format(lower) + QStringLiteral(" – ") + format(upper);
}
} // namespace

void MapLegend::paint(QPainter& painter, const QRectF& area, const MapScene& scene)
{
    painter.save();
    const bool rtl = scene.rightToLeft;
    QTextOption option(Qt::AlignVCenter | (rtl ? Qt::AlignRight : Qt::AlignLeft));
    option.setTextDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
    option.setWrapMode(QTextOption::WordWrap);
    const QFontMetricsF metrics(painter.font());
    const double line = metrics.height() * 1.6;
    const double swatch = metrics.height() * 1.1;

    QFont bold = painter.font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(QColor(0x222222));
    const QRectF titleRect(area.left(), area.top(), area.width(), line * 2);
    painter.drawText(titleRect, scene.legendTitle, option);
    bold.setBold(false);
    painter.setFont(bold);

    double y = titleRect.bottom() + line * 0.2;
    const auto row = [&](const QColor& color, const QString& text, double radius) {
        const double swatchX = rtl ? area.right() - swatch : area.left();
        const QRectF box(swatchX, y + (line - swatch) / 2, swatch, swatch);
        painter.setPen(QPen(QColor(0x666666), 0.8));
        painter.setBrush(color);
        if (radius > 0)
            painter.drawEllipse(box.center(), radius, radius);
        else
            painter.drawRect(box);
        const double gap = swatch + metrics.height() * 0.6;
        const QRectF textRect(rtl ? area.left() : area.left() + gap, y, area.width() - gap, line);
        painter.setPen(QColor(0x222222));
        painter.drawText(textRect, text, option);
        y += line;
    };
    const int classes = scene.scale.classCount();
    for (int i = 0; i < classes; ++i) {
        double radius = 0;
        if (scene.style == MapScene::Style::Symbols && scene.scale.maximum() > 0)
            radius = std::max(
                2.0, swatch / 2 * std::sqrt(scene.scale.upper(i) / scene.scale.maximum()));
        row(scene.scale.classColor(i), rangeText(scene, i), radius);
    }
    row(QColor(0xeeeeee), scene.noDataLabel, 0);
    painter.restore();
}

} // namespace tansiq::render
