#include "core/bulletin/MapObject.h"

#include "core/render/MapRenderer.h"
#include "core/render/MapScene.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

namespace tansiq::report {

namespace {
double pixelsPerMm(QTextDocument* document)
{
    const QPaintDevice* device = document->documentLayout()->paintDevice();
    return (device ? device->logicalDpiX() : 96) / 25.4;
}
} // namespace

void MapObject::insert(
    QTextCursor& cursor, std::shared_ptr<const render::MapScene> scene, QSizeF sizeMm)
{
    QTextDocument* document = cursor.document();
    if (!document->findChild<MapObject*>()) {
        auto* handler = new MapObject;
        handler->setParent(document);
        document->documentLayout()->registerHandler(Type, handler);
    }
    QTextCharFormat format;
    format.setObjectType(Type);
    format.setProperty(SceneProperty, QVariant::fromValue(std::move(scene)));
    format.setProperty(SizeProperty, sizeMm);
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

QSizeF MapObject::intrinsicSize(QTextDocument* document, int, const QTextFormat& format)
{
    return format.property(SizeProperty).toSizeF() * pixelsPerMm(document);
}

void MapObject::drawObject(
    QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format)
{
    const auto scene
        = format.property(SceneProperty).value<std::shared_ptr<const render::MapScene>>();
    if (!scene)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    render::MapRenderer::paint(*painter, rect, *scene);
    painter->restore();
}

} // namespace tansiq::report
