#pragma once

#include "MapLayers.h"
#include "common/Page.h"

#include <QHash>

class QComboBox;
class QLabel;

namespace tansiq::ui {

class MapWidget;
struct UiContext;

// The map: governorates, districts or sub-districts coloured (or sized) by a measure, with a
// legend. Clicking a place selects it, and the dashboard, activities and needs follow.
class MapPage : public Page {
    Q_OBJECT
public:
    explicit MapPage(UiContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("map"); }
    QString title() const override { return tr("Map"); }
    void refresh() override;
    bool busy() const override { return m_pending > 0; }
    MapWidget* mapWidget() const { return m_map; }

protected:
    void retranslate() override;

private:
    void rebuildScene();
    QString measureTitle() const;

    UiContext& m_context;
    MapLayers m_layers;
    QComboBox* m_level;
    QComboBox* m_style;
    QComboBox* m_measure;
    QLabel* m_hint;
    MapWidget* m_map;
    QHash<QString, double> m_values;
    int m_generation = 0;
    int m_pending = 0;
};

}  // namespace tansiq::ui
