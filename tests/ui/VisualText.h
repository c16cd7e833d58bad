#pragma once

#include <QList>
#include <QRectF>
#include <QStringList>

class QWidget;

namespace tansiq::test {

// The lines of text `widget` paints, each as a reader sees it on the screen, from left to
// right: the widget is painted onto a recording device that keeps every text run Qt's layout
// draws (after the bidirectional algorithm) and its position; runs drawn right to left are
// reversed and their brackets mirrored, direction marks and isolates dropped. A date painted
// "30-09-2026" in a line where the sentence quotes "2026-09-30" reads so here too: this is
// what the screen shows, not what the string holds.
QStringList visualLines(QWidget& widget);

// One run of text as Qt painted it: where (in the widget's coordinates) and what, as it reads on
// the screen from left to right.
struct TextRun {
    QRectF rect;
    QString text;
};
QList<TextRun> textRuns(QWidget& widget);

// `text` (in reading order) as it reads on the screen left to right when drawn in a line
// whose direction is `rightToLeft`, through the same recording.
QString visualLine(const QString& text, bool rightToLeft);

} // namespace tansiq::test
