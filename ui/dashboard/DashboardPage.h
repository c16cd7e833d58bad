#pragma once

#include "core/browse/DashboardFigures.h"
#include "ui/common/Page.h"
#include "ui/dashboard/StartPanel.h"

class QChartView;
class QComboBox;
class QLabel;
class QStackedWidget;

namespace tansiq::ui {

class KeyFigureTile;
struct UiContext;

// Key figures for the chosen period and area, and charts by sector and by month. Figures are
// counted on the analysis thread from the engine's snapshot (decision 0120), so ten million
// activities never freeze the window and the figures are the 4W table's.
class DashboardPage : public Page {
    Q_OBJECT
public:
    explicit DashboardPage(UiContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("dashboard"); }
    QString title() const override { return tr("Dashboard"); }
    void refresh() override;
    bool busy() const override { return m_pending > 0; }
    const DashboardData& data() const { return m_data; }
    // The reporting months the period boxes offer (read again with every answer).
    QStringList months() const { return m_monthList; }
    // True when the registry is empty and the page shows where to start.
    bool showsStart() const;

signals:
    // The empty registry's "where to start" buttons: the window imports, adds or opens.
    void startRequested(tansiq::ui::StartPanel::Start start);

protected:
    void retranslate() override;

private:
    void show(const DashboardData& data);
    void showOverdue();
    void fillFilters(const QStringList& months);

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
    QStackedWidget* m_body;
    StartPanel* m_start;
    QStringList m_monthList;
    bool m_monthsKnown = false; // the first answer came
    DashboardData m_data;
    int m_generation = 0;
    int m_pending = 0;
};

} // namespace tansiq::ui
