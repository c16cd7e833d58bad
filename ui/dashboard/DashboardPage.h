#pragma once

#include "browse/DashboardQuery.h"
#include "common/Page.h"

class QChartView;
class QComboBox;
class QLabel;

namespace tansiq::ui {

class KeyFigureTile;
struct UiContext;

// Key figures for the chosen period and area, and charts by sector and by month. Figures are
// computed on a background connection, so a million activities never freeze the window.
class DashboardPage : public Page {
    Q_OBJECT
public:
    explicit DashboardPage(UiContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("dashboard"); }
    QString title() const override { return tr("Dashboard"); }
    void refresh() override;
    bool busy() const override { return m_pending > 0; }
    const DashboardData& data() const { return m_data; }

protected:
    void retranslate() override;

private:
    void show(const DashboardData& data);
    void showOverdue();
    void fillFilters();

    UiContext& m_context;
    QComboBox* m_from;
    QComboBox* m_to;
    QComboBox* m_area;
    QLabel* m_periodLabel;
    QLabel* m_areaLabel;
    QList<KeyFigureTile*> m_tiles;
    KeyFigureTile* m_overdue;
    QChartView* m_sectors;
    QChartView* m_months;
    DashboardData m_data;
    int m_generation = 0;
    int m_pending = 0;
};

}  // namespace tansiq::ui
