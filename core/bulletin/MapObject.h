#pragma once

#include <QObject>
#include <QSizeF>
#include <QTextObjectInterface>

#include <memory>

class QTextCursor;

namespace tansiq::render {
struct MapScene;
}

namespace tansiq::report {

// A map drawn as vector graphics inside the bulletin, by the same renderer as the screens
// (tansiq::render::MapRenderer): the scene is kept alive by the document.
class MapObject : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int Type = QTextFormat::UserObject + 2;
    static constexpr int SceneProperty = QTextFormat::UserProperty + 2;
    static constexpr int SizeProperty = QTextFormat::UserProperty + 3;

    static void insert(
        QTextCursor& cursor, std::shared_ptr<const render::MapScene> scene, QSizeF sizeMm);

    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
        const QTextFormat& format) override;
};

} // namespace tansiq::report

Q_DECLARE_METATYPE(std::shared_ptr<const tansiq::render::MapScene>)
