#pragma once

#include "core/browse/DashboardFigures.h"

#include <QCoreApplication>
#include <QString>

class QChart;

namespace tansiq::ui {

class DisplaySettings;

// Builds the dashboard's Qt Charts from computed figures (names in the interface language).
class DashboardCharts {
    Q_DECLARE_TR_FUNCTIONS(tansiq::ui::DashboardCharts)

public:
    static QChart* bySector(const QList<Breakdown>& sectors, const DisplaySettings& display);
    static QChart* byMonth(const QList<Breakdown>& months, const DisplaySettings& display);
};

} // namespace tansiq::ui
