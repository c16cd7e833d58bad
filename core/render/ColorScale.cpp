#include "core/render/ColorScale.h"

#include <algorithm>
#include <cmath>

namespace tansiq::render {

namespace {
// A colour-blind-safe sequential ramp (light yellow-green to dark blue), readable in print.
const QList<QColor>& ramp()
{
    static const QList<QColor> colors { QColor(0xffffcc), QColor(0xa1dab4), QColor(0x41b6c4),
        QColor(0x2c7fb8), QColor(0x253494) };
    return colors;
}
} // namespace

ColorScale ColorScale::quantiles(QList<double> values, int classes)
{
    ColorScale scale;
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return scale;
    scale.m_min = values.first();
    for (int i = 1; i <= classes; ++i) {
        const qsizetype at = std::min<qsizetype>(
            values.size() - 1, qsizetype(std::ceil(double(i) * values.size() / classes)) - 1);
        const double bound = values.at(std::max<qsizetype>(0, at));
        if (scale.m_upper.isEmpty() || bound > scale.m_upper.last())
            scale.m_upper << bound;
    }
    const QList<QColor>& colors = ramp();
    const qsizetype count = scale.m_upper.size();
    for (qsizetype i = 0; i < count; ++i) {
        // Spread the classes over the whole ramp even when there are fewer than five.
        const qsizetype pick
            = count == 1 ? colors.size() - 1 : i * (colors.size() - 1) / (count - 1);
        scale.m_colors << colors.at(pick);
    }
    return scale;
}

ColorScale ColorScale::severity()
{
    ColorScale scale;
    scale.m_severity = true;
    scale.m_min = 1;
    scale.m_upper = { 1, 2, 3, 4, 5 };
    scale.m_colors = { QColor(0xfef0d9), QColor(0xfdcc8a), QColor(0xfc8d59), QColor(0xe34a33),
        QColor(0xb30000) };
    return scale;
}

int ColorScale::classOf(double value) const
{
    for (int i = 0; i < classCount(); ++i) {
        if (value <= m_upper.at(i))
            return i;
    }
    return classCount() - 1;
}

} // namespace tansiq::render
