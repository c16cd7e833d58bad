#pragma once

#include "render/MapScene.h"

#include <QWidget>

namespace tansiq::ui {

// Shows a map scene drawn by the widget-free renderer; a click on a place reports its P-code.
class MapWidget : public QWidget {
    Q_OBJECT
public:
    explicit MapWidget(QWidget* parent = nullptr);

    void setScene(render::MapScene scene);
    const render::MapScene& scene() const { return m_scene; }
    QString placeAt(const QPointF& point) const;

signals:
    void placeClicked(const QString& pcode);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    render::MapScene m_scene;
};

}  // namespace tansiq::ui
