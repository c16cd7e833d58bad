#pragma once

#include "core/bulletin/BulletinData.h"

#include <QObject>
#include <QSizeF>
#include <QTextObjectInterface>

class QTextCursor;

namespace tansiq::report {

// A chart drawn as vector graphics inside a QTextDocument (so it stays sharp in the PDF):
// horizontal bars (one per category) or columns over time. Mirrors itself in right-to-left
// documents: labels on the right, bars growing leftwards, time running right to left.
struct ChartSpec {
    enum class Kind { Bars, Columns };
    Kind kind = Kind::Bars;
    ChartSeries series;
    QSizeF sizeMm { 170, 80 };
    Language language = Language::Arabic;
    bool arabicDigits = false;
    QString valueCaption; // what the numbers count, printed under the chart
};

class ChartObject : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int Type = QTextFormat::UserObject + 1;
    static constexpr int SpecProperty = QTextFormat::UserProperty + 1;

    // Registers the handler on `document` (once) and inserts `spec` at the cursor.
    static void insert(QTextCursor& cursor, const ChartSpec& spec);

    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
        const QTextFormat& format) override;
};

} // namespace tansiq::report

Q_DECLARE_METATYPE(tansiq::report::ChartSpec)
