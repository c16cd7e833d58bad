#include "ui/dashboard/SectorNames.h"

#include <QAbstractSeries>
#include <QBarCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsTextItem>
#include <QTextDocument>
#include <QTextOption>

#include <algorithm>
#include <cmath>

namespace tansiq::ui {

SectorNames::SectorNames(QChart* chart, QAbstractSeries* series, const QStringList& names,
    const QStringList& tips, bool rightToLeft)
    : QObject(chart), m_chart(chart), m_series(series), m_names(names), m_rightToLeft(rightToLeft)
{
    QFont font = chart->font();
    QBrush brush(Qt::black);
    const auto axes = chart->axes(Qt::Vertical, series);
    if (auto* categories
        = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis*>(axes.first())) {
        font = categories->labelsFont();
        brush = categories->labelsBrush();
        // The axis keeps its line and grid; the names are ours.
        categories->setLabelsVisible(false);
    }
    for (qsizetype i = 0; i < names.size(); ++i) {
        auto* item = new QGraphicsTextItem(chart);
        item->setObjectName(QStringLiteral("sectorName"));
        item->setFont(font);
        item->setDefaultTextColor(brush.color());
        item->document()->setDocumentMargin(0);
        QTextOption option = item->document()->defaultTextOption();
        option.setTextDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
        // Flush against the axis: on the right of the names in English, on their left in Arabic.
        option.setAlignment((rightToLeft ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignAbsolute);
        option.setWrapMode(QTextOption::NoWrap);
        item->document()->setDefaultTextOption(option);
        item->setToolTip(tips.value(i, names.at(i)));
        item->setZValue(5);
        m_items << item;
    }
    connect(chart, &QChart::plotAreaChanged, this, &SectorNames::layOut);
    layOut();
}

qreal SectorNames::widthOf(const QString& text, const QFont& font)
{
    const QFontMetricsF metrics(font);
    qreal width = 0;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        // Arabic finals can reach past their advance: take the ink when it is wider.
        width = std::max(
            { width, metrics.horizontalAdvance(line), metrics.boundingRect(line).width() });
    }
    return width;
}

QString SectorNames::fitted(const QString& name, const QFont& font, qreal room, bool twoLines)
{
    if (widthOf(name, font) <= room)
        return name;
    if (twoLines) {
        // Split at the space that leaves the longer line shortest.
        qsizetype best = -1;
        qreal bestWidth = room;
        for (qsizetype i = name.indexOf(QLatin1Char(' ')); i > 0;
             i = name.indexOf(QLatin1Char(' '), i + 1)) {
            const qreal width = widthOf(name.left(i) + QLatin1Char('\n') + name.mid(i + 1), font);
            if (width <= bestWidth) {
                best = i;
                bestWidth = width;
            }
        }
        if (best > 0)
            return name.left(best) + QLatin1Char('\n') + name.mid(best + 1);
    }
    // Cut at the end with "…" (QFontMetrics would write "..." in a font without the glyph,
    // which reads like Qt Charts' own cut).
    for (qsizetype n = name.size() - 1; n > 0; --n) {
        const QString cut = name.left(n).trimmed() + QChar(0x2026);
        if (widthOf(cut, font) <= room)
            return cut;
    }
    return QString(QChar(0x2026));
}

void SectorNames::layOut()
{
    if (m_layingOut || m_items.isEmpty())
        return;
    m_layingOut = true;
    const QFont font = m_items.first()->font();
    const qreal lineHeight = QFontMetricsF(font).lineSpacing();
    const qreal room = std::max<qreal>(kShare * m_chart->size().width(), 6 * lineHeight);
    const QRectF plot = m_chart->plotArea();
    const qreal rowHeight = plot.isEmpty() ? 2 * lineHeight + 4 : plot.height() / m_items.size();
    const bool twoLines = rowHeight >= 2 * lineHeight + 4;
    qreal needed = 0;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const QString shown = fitted(m_names.at(i), font, room, twoLines);
        if (m_items.at(i)->toPlainText() != shown)
            m_items.at(i)->setPlainText(shown);
        const qreal width = std::ceil(widthOf(shown, font)) + 1;
        m_items.at(i)->setTextWidth(width);
        needed = std::max(needed, width);
    }
    // The margin on the names' side is their room; the other sides keep the chart's.
    QMargins margins = m_chart->margins();
    const int side = int(std::ceil(needed + kGap));
    if ((m_rightToLeft ? margins.right() : margins.left()) != side) {
        (m_rightToLeft ? margins.setRight(side) : margins.setLeft(side));
        m_chart->setMargins(margins); // lays the chart out again: plotAreaChanged comes back
    }
    const QRectF area = m_chart->plotArea();
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        QGraphicsTextItem* item = m_items.at(i);
        const QRectF box = item->boundingRect();
        const qreal y = m_chart->mapToPosition(QPointF(0, qreal(i)), m_series).y();
        const qreal x = m_rightToLeft ? area.right() + kGap : area.left() - kGap - box.width();
        item->setPos(std::round(x), std::round(y - box.height() / 2));
        item->setVisible(!area.isEmpty());
    }
    m_layingOut = false;
}

} // namespace tansiq::ui
