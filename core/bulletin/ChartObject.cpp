#include "core/bulletin/ChartObject.h"

#include "core/bulletin/ReportFonts.h"
#include "core/bulletin/ReportFormat.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace tansiq::report {

namespace {

const QColor kBar(0x1f, 0x6f, 0xb2);
const QColor kGrid(0xd0, 0xd0, 0xd0);
const QColor kText(0x22, 0x22, 0x22);

double pixelsPerMm(QTextDocument* document)
{
    const QPaintDevice* device = document->documentLayout()->paintDevice();
    return (device ? device->logicalDpiX() : 96) / 25.4;
}

void drawBars(QPainter& p, const QRectF& r, const ChartSpec& spec, double mm)
{
    const ReportFormat format(spec.language, spec.arabicDigits);
    const bool rtl = spec.language == Language::Arabic;
    const auto& values = spec.series.values;
    const int n = int(values.size());
    if (n == 0)
        return;
    const double maxValue = std::max(1.0, *std::max_element(values.begin(), values.end()));
    const QFont font = ReportFonts::body(spec.language, 8);
    p.setFont(font);
    const double labelWidth = r.width() * 0.32;
    const double valueWidth = r.width() * 0.14;
    const double barArea = r.width() - labelWidth - valueWidth;
    const double rowHeight = r.height() / n;
    for (int i = 0; i < n; ++i) {
        const double y = r.top() + i * rowHeight;
        const double length = barArea * values[size_t(i)] / maxValue;
        const QRectF label = rtl ? QRectF(r.right() - labelWidth, y, labelWidth - 2 * mm, rowHeight)
                                 : QRectF(r.left(), y, labelWidth - 2 * mm, rowHeight);
        const QRectF bar = rtl
            ? QRectF(r.right() - labelWidth - length, y + rowHeight * 0.2, length, rowHeight * 0.6)
            : QRectF(r.left() + labelWidth, y + rowHeight * 0.2, length, rowHeight * 0.6);
        const QRectF value = rtl ? QRectF(bar.left() - valueWidth, y, valueWidth - mm, rowHeight)
                                 : QRectF(bar.right() + mm, y, valueWidth, rowHeight);
        p.setPen(kText);
        p.drawText(label,
            Qt::AlignVCenter | (rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::TextWordWrap,
            spec.series.labels.value(i));
        p.fillRect(bar, kBar);
        p.drawText(value, Qt::AlignVCenter | (rtl ? Qt::AlignRight : Qt::AlignLeft),
            format.number(values[size_t(i)]));
    }
}

void drawColumns(QPainter& p, const QRectF& r, const ChartSpec& spec, double mm)
{
    const ReportFormat format(spec.language, spec.arabicDigits);
    const bool rtl = spec.language == Language::Arabic;
    const auto& values = spec.series.values;
    const int n = int(values.size());
    if (n == 0)
        return;
    const double maxValue = std::max(1.0, *std::max_element(values.begin(), values.end()));
    p.setFont(ReportFonts::body(spec.language, 7));
    const double labelHeight = 6 * mm;
    const double valueHeight = 5 * mm;
    const QRectF plot(
        r.left(), r.top() + valueHeight, r.width(), r.height() - labelHeight - valueHeight);
    const double slot = plot.width() / n;
    p.setPen(QPen(kGrid, 0.2 * mm));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    for (int i = 0; i < n; ++i) {
        const int position = rtl ? n - 1 - i : i; // time runs with the reading direction
        const double x = plot.left() + position * slot;
        const double height = plot.height() * values[size_t(i)] / maxValue;
        const QRectF column(x + slot * 0.18, plot.bottom() - height, slot * 0.64, height);
        p.fillRect(column, kBar);
        p.setPen(kText);
        p.drawText(QRectF(x, column.top() - valueHeight, slot, valueHeight),
            Qt::AlignHCenter | Qt::AlignBottom, format.number(values[size_t(i)]));
        p.drawText(QRectF(x, plot.bottom() + mm, slot, labelHeight - mm),
            Qt::AlignHCenter | Qt::AlignTop, spec.series.labels.value(i));
    }
}

} // namespace

void ChartObject::insert(QTextCursor& cursor, const ChartSpec& spec)
{
    QTextDocument* document = cursor.document();
    if (!document->findChild<ChartObject*>()) {
        auto* handler = new ChartObject;
        handler->setParent(document);
        document->documentLayout()->registerHandler(Type, handler);
    }
    QTextCharFormat format;
    format.setObjectType(Type);
    format.setProperty(SpecProperty, QVariant::fromValue(spec));
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

QSizeF ChartObject::intrinsicSize(QTextDocument* document, int, const QTextFormat& format)
{
    const auto spec = format.property(SpecProperty).value<ChartSpec>();
    return spec.sizeMm * pixelsPerMm(document);
}

void ChartObject::drawObject(
    QPainter* painter, const QRectF& rect, QTextDocument* document, int, const QTextFormat& format)
{
    const auto spec = format.property(SpecProperty).value<ChartSpec>();
    const double mm = pixelsPerMm(document);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF area = rect.adjusted(mm, mm, -mm, -mm);
    if (spec.kind == ChartSpec::Kind::Bars)
        drawBars(*painter, area, spec, mm);
    else
        drawColumns(*painter, area, spec, mm);
    painter->restore();
}

} // namespace tansiq::report
