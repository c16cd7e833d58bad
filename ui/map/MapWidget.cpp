#include "ui/map/MapWidget.h"

#include "core/render/GeoLayer.h"
#include "core/render/MapRenderer.h"

#include <QMouseEvent>
#include <QPainter>

namespace tansiq::ui {

MapWidget::MapWidget(QWidget* parent) : QWidget(parent)
{
    setMinimumSize(480, 360);
    setCursor(Qt::PointingHandCursor);
    setMouseTracking(true); // hovering a place shows its name and value
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

QString MapWidget::describe(const QString& pcode) const
{
    const render::GeoLayer* layer = m_scene.layer ? m_scene.layer : m_scene.outline;
    const render::GeoFeature* feature = layer && !pcode.isEmpty() ? layer->find(pcode) : nullptr;
    if (!feature)
        return QString();
    const QString name = m_scene.arabicNames ? feature->nameAr : feature->nameEn;
    const auto value = m_scene.values.constFind(pcode);
    if (value == m_scene.values.constEnd() || !m_scene.formatValue)
        return tr("%1: no data").arg(name);
    return tr("%1 — %2: %3").arg(name, m_scene.legendTitle, m_scene.formatValue(value.value()));
}

void MapWidget::mouseMoveEvent(QMouseEvent* event)
{
    const QString pcode = placeAt(event->position());
    if (pcode != m_hovered) {
        m_hovered = pcode;
        const QString text = describe(pcode);
        setToolTip(text);
        emit placeHovered(pcode, text);
    }
    QWidget::mouseMoveEvent(event);
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

} // namespace tansiq::ui
