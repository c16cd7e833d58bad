#pragma once

#include "browse/DashboardQuery.h"

#include <QCoreApplication>
#include <QString>

class QChart;
class QChartView;

namespace tansiq::ui {

class DisplaySettings;

// Builds the dashboard's Qt Charts from computed figures (names in the interface language).
class DashboardCharts {
    Q_DECLARE_TR_FUNCTIONS(tansiq::ui::DashboardCharts)

public:
    static QChart* bySector(const QList<Breakdown>& sectors, const DisplaySettings& display);
    static QChart* byMonth(const QList<Breakdown>& months, const DisplaySettings& display);

    // A sector's name as the category axis can show it in `room` pixels wide and `height`
    // pixels per bar: whole on one line; else on two lines; else cut at the end with "…"
    // (the tip tells the whole name). Qt Charts would otherwise cut it to "Camp Managem...".
    static QString fittedLabel(const QString& name, const QFont& font, qreal room, qreal height);
    // Hovering a bar, or its name, shows the sector's whole name and figure.
    static void showTips(QChartView* view);
    // The tip for a point of the chart (scene coordinates); empty away from the bars.
    static QString tipAt(QChart* chart, const QPointF& scenePoint);
};

} // namespace tansiq::ui
