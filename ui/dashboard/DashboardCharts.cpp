#include "ui/dashboard/DashboardCharts.h"

#include "ui/common/DisplaySettings.h"
#include "ui/dashboard/SectorNames.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
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
} // namespace

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
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    // The names, never shown by the axis (SectorNames shows them); categories must differ.
    QStringList keys;
    for (const QString& name : std::as_const(names)) {
        QString key = name;
        while (keys.contains(key))
            key += QChar(0x200B);
        keys << key;
    }
    categories->append(keys);
    categories->setLabelsFont(QApplication::font());
    auto* values = valueAxis(maximum);
    // In Arabic the bars grow from the right, under names on the right.
    const bool rtl = QApplication::layoutDirection() == Qt::RightToLeft;
    values->setReverse(rtl);
    chart->addAxis(categories, rtl ? Qt::AlignRight : Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(values);
    // Whole names, beside their bars, never cut by Qt Charts (decision 0112).
    new SectorNames(chart, series, names, tips, rtl);
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
