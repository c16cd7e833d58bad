#pragma once

#include "ui/common/Page.h"
#include "ui/map/MapLayers.h"

#include <QHash>

class QComboBox;
class QLabel;

namespace tansiq::ui {

class MapWidget;
struct UiContext;

// The map: governorates, districts or sub-districts coloured (or sized) by a measure, with a
// legend. Clicking a place selects it, and the dashboard, activities and needs follow. The
// measures are counted from the engine's snapshot while the map is shown (decision 0120).
class MapPage : public Page {
    Q_OBJECT
public:
    explicit MapPage(UiContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("map"); }
    QString title() const override { return tr("Map"); }
    void refresh() override;
    bool busy() const override { return m_pending > 0; }
    MapWidget* mapWidget() const { return m_map; }
    // The period the map shows (its own, YYYY-MM; empty: from the first / to the last month).
    void setPeriod(const QString& from, const QString& to);
    QString placeInfo() const;

protected:
    void retranslate() override;

private:
    void rebuildScene();
    void fillPeriod(const QStringList& months);
    QString measureTitle() const;

    UiContext& m_context;
    MapLayers m_layers;
    QComboBox* m_level;
    QComboBox* m_style;
    QComboBox* m_measure;
    QLabel* m_periodCaption;
    QComboBox* m_from;
    QComboBox* m_to;
    QLabel* m_hint;
    QLabel* m_info;
    MapWidget* m_map;
    QHash<QString, double> m_values;
    QStringList m_months; // the reporting months of the last answer
    int m_generation = 0;
    int m_pending = 0;
};

} // namespace tansiq::ui
