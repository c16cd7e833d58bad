#include "MapWidget.h"

#include "render/MapRenderer.h"

#include <QMouseEvent>
#include <QPainter>

namespace tansiq::ui {

MapWidget::MapWidget(QWidget* parent) : QWidget(parent)
{
    setMinimumSize(480, 360);
    setCursor(Qt::PointingHandCursor);
}

void MapWidget::setScene(render::MapScene scene)
{
    m_scene = std::move(scene);
    update();
}

QString MapWidget::placeAt(const QPointF& point) const
{
    return render::MapRenderer::placeAt(QRectF(rect()), m_scene, point);
}

void MapWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setFont(font());
    render::MapRenderer::paint(painter, QRectF(rect()), m_scene);
}

void MapWidget::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        emit placeClicked(placeAt(event->position()));
    QWidget::mousePressEvent(event);
}

}  // namespace tansiq::ui
