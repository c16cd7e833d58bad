#pragma once

#include "core/render/MapScene.h"

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
    // "Deir ez-Zor: 5,320" in the scene's language and digits; empty outside any place.
    QString describe(const QString& pcode) const;

signals:
    void placeClicked(const QString& pcode);
    // The place under the pointer changed (empty: none): its name and value.
    void placeHovered(const QString& pcode, const QString& description);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    render::MapScene m_scene;
    QString m_hovered;
};

} // namespace tansiq::ui
