#include "tests/ui/VisualText.h"

#include <QApplication>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QTextItem>
#include <QTextLayout>
#include <QWidget>

#include <algorithm>
#include <map>

namespace tansiq::test {

namespace {

bool isFormatMark(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x200E || u == 0x200F || u == 0x061C || (u >= 0x202A && u <= 0x202E)
        || (u >= 0x2066 && u <= 0x2069);
}

// Keeps the text runs drawn, with where they start; draws nothing.
class RunRecorder : public QPaintEngine {
public:
    struct Run {
        QPointF at;
        QString text; // as it reads on the screen, left to right
        QRectF rect;
    };
    RunRecorder() : QPaintEngine(QPaintEngine::AllFeatures) { }
    bool begin(QPaintDevice*) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState&) override { }
    void drawPixmap(const QRectF&, const QPixmap&, const QRectF&) override { }
    void drawPolygon(const QPointF*, int, PolygonDrawMode) override { }
    void drawPath(const QPainterPath&) override { }
    void drawLines(const QLineF*, int) override { }
    void drawRects(const QRectF*, int) override { }
    void drawEllipse(const QRectF&) override { }
    void drawPoints(const QPointF*, int) override { }
    void drawImage(const QRectF&, const QImage&, const QRectF&, Qt::ImageConversionFlags) override
    {
    }
    void drawTiledPixmap(const QRectF&, const QPixmap&, const QPointF&) override { }
    void drawTextItem(const QPointF& at, const QTextItem& item) override
    {
        const QTransform& t = painter()->transform();
        QString shown;
        for (const QChar c : item.text()) {
            if (!isFormatMark(c))
                shown += c;
        }
        if (item.renderFlags() & QTextItem::RightToLeft) {
            std::reverse(shown.begin(), shown.end());
            for (QChar& c : shown)
                c = c.mirroredChar();
        }
        const QRectF rect(
            at.x(), at.y() - item.ascent(), item.width(), item.ascent() + item.descent());
        if (!shown.isEmpty())
            runs.push_back({ t.map(at), shown, t.mapRect(rect) });
    }
    Type type() const override { return QPaintEngine::User; }

    std::vector<Run> runs;
};

class RecordingDevice : public QPaintDevice {
public:
    explicit RecordingDevice(QSize size) : m_size(size) { }
    QPaintEngine* paintEngine() const override { return &m_engine; }
    const std::vector<RunRecorder::Run>& runs() const { return m_engine.runs; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return m_size.width();
        case PdmHeight:
            return m_size.height();
        case PdmWidthMM:
            return m_size.width() * 254 / 960;
        case PdmHeightMM:
            return m_size.height() * 254 / 960;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDepth:
            return 32;
        case PdmNumColors:
            return INT_MAX;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(QPaintDevice::devicePixelRatioFScale());
        }
        return 0;
    }

private:
    QSize m_size;
    mutable RunRecorder m_engine;
};

// Runs on one baseline, left to right, make a line.
QStringList lines(const std::vector<RunRecorder::Run>& runs)
{
    std::map<int, std::vector<RunRecorder::Run>> byBaseline;
    for (const RunRecorder::Run& run : runs)
        byBaseline[qRound(run.at.y())].push_back(run);
    QStringList out;
    for (auto& [y, line] : byBaseline) {
        std::stable_sort(
            line.begin(), line.end(), [](const RunRecorder::Run& a, const RunRecorder::Run& b) {
                return a.at.x() < b.at.x();
            });
        QString text;
        for (const RunRecorder::Run& run : line)
            text += run.text;
        out << text;
    }
    return out;
}

} // namespace

QStringList visualLines(QWidget& widget)
{
    RecordingDevice device(widget.size());
    widget.render(&device);
    return lines(device.runs());
}

QList<TextRun> textRuns(QWidget& widget)
{
    RecordingDevice device(widget.size());
    widget.render(&device);
    QList<TextRun> out;
    for (const RunRecorder::Run& run : device.runs())
        out << TextRun { run.rect, run.text };
    return out;
}

QString visualLine(const QString& text, bool rightToLeft)
{
    QTextLayout layout(text, QApplication::font());
    QTextOption option;
    option.setTextDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    layout.setTextOption(option);
    layout.beginLayout();
    layout.createLine().setLineWidth(1e6);
    layout.endLayout();
    RecordingDevice device(QSize(4000, 100));
    QPainter painter(&device);
    layout.draw(&painter, QPointF(0, 0));
    painter.end();
    return lines(device.runs()).join(QLatin1Char('\n'));
}

} // namespace tansiq::test
