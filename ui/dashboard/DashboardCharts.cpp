#include "DashboardCharts.h"

#include "common/DisplaySettings.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QHorizontalBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace tansiq::ui {

namespace {
void style(QChart* chart, const QString& title, const DisplaySettings& display)
{
    chart->setTitle(title);
    chart->setTitleFont([] {
        QFont font = QApplication::font();
        font.setBold(true);
        return font;
    }());
    chart->legend()->setVisible(false);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setLocalizeNumbers(true);
    // Axis numbers follow the digits setting, not just the language.
    chart->setLocale(display.digitsOf(QStringLiteral("1")) == QStringLiteral("1")
            ? QLocale(QLocale::English)
            : QLocale(QLocale::Arabic, QLocale::Syria));
}

QValueAxis* valueAxis(qint64 maximum)
{
    auto* axis = new QValueAxis;
    axis->setRange(0, double(std::max<qint64>(1, maximum)) * 1.08);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setTickCount(5);
    axis->applyNiceNumbers();
    axis->setLabelsFont(QApplication::font());
    return axis;
}

// Qt Charts gives the axes beside the bars at most 40 % of the chart's width; its label
// padding, the labels' text margins and the tick take a little more.
constexpr qreal kAxisShare = 0.4;
constexpr qreal kAxisSpare = 36;
const char* const kFullNames = "tansiqFullNames";
const char* const kTips = "tansiqTips";

// Fits the sector names to the room the chart has now; called again whenever it is resized.
void fitSectorLabels(QChart* chart)
{
    const QStringList names = chart->property(kFullNames).toStringList();
    const auto axes = chart->axes(Qt::Vertical);
    auto* categories = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis*>(axes.first());
    if (!categories || names.isEmpty())
        return;
    const qreal room = kAxisShare * chart->size().width() - kAxisSpare;
    const qreal height = chart->plotArea().height() / names.size();
    QStringList labels;
    for (const QString& name : names) {
        QString label = DashboardCharts::fittedLabel(name, categories->labelsFont(), room, height);
        while (labels.contains(label)) // categories must differ
            label += QChar(0x200B);
        labels << label;
    }
    if (labels != categories->categories())
        categories->setCategories(labels);
}

class TipFilter : public QObject {
public:
    explicit TipFilter(QChartView* view) : QObject(view), m_view(view) { }
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::ToolTip || !m_view->chart())
            return QObject::eventFilter(watched, event);
        const auto* help = static_cast<QHelpEvent*>(event);
        const QString tip
            = DashboardCharts::tipAt(m_view->chart(), m_view->mapToScene(help->pos()));
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, m_view->viewport());
        return true;
    }

private:
    QChartView* m_view;
};
} // namespace

QString DashboardCharts::fittedLabel(
    const QString& name, const QFont& font, qreal room, qreal height)
{
    const QFontMetricsF metrics(font);
    if (metrics.horizontalAdvance(name) <= room)
        return name.toHtmlEscaped();
    // Two lines, split at the space that leaves the longer line shortest, when the bar has the
    // height for them.
    if (height >= 2 * metrics.lineSpacing() + 8) {
        qsizetype best = -1;
        qreal bestWidth = room;
        for (qsizetype i = name.indexOf(QLatin1Char(' ')); i > 0;
             i = name.indexOf(QLatin1Char(' '), i + 1)) {
            const qreal width = std::max(metrics.horizontalAdvance(name.left(i)),
                metrics.horizontalAdvance(name.mid(i + 1)));
            if (width <= bestWidth) {
                best = i;
                bestWidth = width;
            }
        }
        if (best > 0)
            return name.left(best).toHtmlEscaped() + QStringLiteral("<br>")
                + name.mid(best + 1).toHtmlEscaped();
    }
    return metrics
        .elidedText(name, Qt::ElideRight,
            std::max<qreal>(room, metrics.horizontalAdvance(QStringLiteral("MM…"))))
        .toHtmlEscaped();
}

void DashboardCharts::showTips(QChartView* view)
{
    view->viewport()->installEventFilter(new TipFilter(view));
}

QString DashboardCharts::tipAt(QChart* chart, const QPointF& scenePoint)
{
    const QStringList tips = chart->property(kTips).toStringList();
    const auto series = chart->series();
    if (tips.isEmpty() || series.isEmpty())
        return QString();
    const QPointF point = chart->mapFromScene(scenePoint);
    if (point.y() < chart->plotArea().top() || point.y() > chart->plotArea().bottom())
        return QString();
    // Bars and their names share the category's height: the category is the row.
    const int row = qRound(chart->mapToValue(point, series.first()).y());
    return row >= 0 && row < tips.size() ? tips.at(row) : QString();
}

QChart* DashboardCharts::bySector(const QList<Breakdown>& sectors, const DisplaySettings& display)
{
    auto* chart = new QChart;
    style(chart, tr("People reached by sector"), display);
    auto* set = new QBarSet(QString());
    set->setColor(QColor(0x2c7fb8));
    QStringList names;
    QStringList tips;
    qint64 maximum = 0;
    // The largest sector on top: horizontal bars are drawn from the bottom up.
    for (auto it = sectors.crbegin(); it != sectors.crend(); ++it) {
        *set << double(it->reached);
        names << display.pick(it->labelEn, it->labelAr);
        tips << tr("%1: %2 people reached").arg(names.last(), display.number(it->reached));
        maximum = std::max(maximum, it->reached);
    }
    chart->setProperty(kFullNames, names);
    chart->setProperty(kTips, tips);
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    QStringList labels; // fitted to the room once laid out
    for (const QString& name : std::as_const(names)) {
        QString label = name.toHtmlEscaped();
        while (labels.contains(label)) // categories must differ
            label += QChar(0x200B);
        labels << label;
    }
    categories->append(labels);
    categories->setLabelsFont(QApplication::font());
    auto* values = valueAxis(maximum);
    // In Arabic the bars grow from the right, under names on the right.
    const bool rtl = QApplication::layoutDirection() == Qt::RightToLeft;
    values->setReverse(rtl);
    chart->addAxis(categories, rtl ? Qt::AlignRight : Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(values);
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [chart] { fitSectorLabels(chart); });
    return chart;
}

QChart* DashboardCharts::byMonth(const QList<Breakdown>& months, const DisplaySettings& display)
{
    auto* chart = new QChart;
    style(chart, tr("Activities by reporting month"), display);
    auto* set = new QBarSet(QString());
    set->setColor(QColor(0x41b6c4));
    // Time runs with the reading direction, as in the bulletin (decision 0077): in Arabic the
    // oldest month is on the right, where reading starts, and so is the figures' axis.
    const bool rtl = QApplication::layoutDirection() == Qt::RightToLeft;
    QList<Breakdown> ordered = months;
    if (rtl)
        std::reverse(ordered.begin(), ordered.end());
    QStringList labels;
    qint64 maximum = 0;
    for (const Breakdown& month : std::as_const(ordered)) {
        *set << double(month.activities);
        // The month's number only ("10"): never cut to "25-…"; the years are the axis title.
        // Categories must differ: a second "10" two years on gets invisible marks.
        QString label = display.digitsOf(month.key.mid(5));
        while (labels.contains(label))
            label += QChar(0x200B);
        labels << label;
        maximum = std::max(maximum, month.activities);
    }
    auto* series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(labels);
    QFont small = QApplication::font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    categories->setLabelsFont(small);
    if (!months.isEmpty()) {
        const QString first = months.first().key.left(4);
        const QString last = months.last().key.left(4);
        categories->setTitleText(
            display.digitsOf(first == last ? first : first + QStringLiteral(" – ") + last));
        categories->setTitleFont(small);
    }
    auto* values = valueAxis(maximum);
    chart->addAxis(categories, Qt::AlignBottom);
    chart->addAxis(values, rtl ? Qt::AlignRight : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    return chart;
}

} // namespace tansiq::ui
