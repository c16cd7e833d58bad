#pragma once

#include <QList>
#include <QObject>
#include <QStringList>

class QAbstractSeries;
class QChart;
class QFont;
class QGraphicsTextItem;

namespace tansiq::ui {

// The sector names beside the dashboard's horizontal bars (decision 0112). Qt Charts gives the
// axes beside a plot at most 40 % of the chart's width and cuts a longer name to
// "Camp Coordination and Camp Managem..."; so the category axis shows no labels and these
// names are laid out here, with the room they need: the chart's margin on their side is set to
// the widest name. A name wider than kShare of the chart goes on two lines; one that still does
// not fit ends with "…". Every name's tip tells it whole, with its figure.
class SectorNames : public QObject {
public:
    // The widest a name may be, as a share of the chart's width.
    static constexpr qreal kShare = 0.45;
    // Between a name and the plot area.
    static constexpr qreal kGap = 8;

    // `names` and `tips` in the series' category order; the items become the chart's children.
    SectorNames(QChart* chart, QAbstractSeries* series, const QStringList& names,
        const QStringList& tips, bool rightToLeft);

    // `name` as shown in `room` pixels wide: whole on one line; else on two lines ("\n") when
    // `twoLines` and both halves fit; else cut at its end with "…".
    static QString fitted(const QString& name, const QFont& font, qreal room, bool twoLines);
    // The width `text` takes (its widest line, ink included).
    static qreal widthOf(const QString& text, const QFont& font);

    const QList<QGraphicsTextItem*>& items() const { return m_items; }

private:
    void layOut();

    QChart* m_chart;
    QAbstractSeries* m_series;
    QStringList m_names;
    bool m_rightToLeft;
    QList<QGraphicsTextItem*> m_items;
    bool m_layingOut = false;
};

} // namespace tansiq::ui
