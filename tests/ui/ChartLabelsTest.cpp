// The dashboard's charts show every label whole, in both languages, on a laptop's screen and in
// a small window: a long sector name ("Camp Coordination and Camp Management") goes on two
// lines, or ends with "…" with its whole name in the tip, and is never cut by Qt Charts
// ("Camp Managem...") nor runs into the bars or off the chart (decision 0112).

#include "tests/ui/GuiFixture.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/dashboard/SectorNames.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QTextDocument>

#include <algorithm>

namespace tansiq::test {
namespace {

QString shownText(const QGraphicsTextItem& item)
{
    QString shown = item.toPlainText();
    shown.replace(QChar(QChar::LineSeparator), QLatin1Char(' '))
        .replace(QChar(QChar::ParagraphSeparator), QLatin1Char(' '))
        .replace(QLatin1Char('\n'), QLatin1Char(' '));
    return shown;
}

class ChartLabelsTest : public GuiFixture,
                        public ::testing::WithParamInterface<std::tuple<const char*, QSize>> {
protected:
    ui::DashboardPage& dashboard()
    {
        const auto [language, size] = GetParam();
        display().setLanguage(QLatin1String(language));
        window().resize(size);
        window().showPage(QStringLiteral("dashboard"));
        settle();
        QCoreApplication::processEvents();
        return *static_cast<ui::DashboardPage*>(window().page(QStringLiteral("dashboard")));
    }
};

} // namespace

TEST_P(ChartLabelsTest, NoChartLabelIsCutOrRunsIntoTheBars)
{
    auto& page = dashboard();
    for (const char* name : { "sectorChart", "monthChart" }) {
        auto* view = page.findChild<QChartView*>(QLatin1String(name));
        ASSERT_NE(view, nullptr) << name;
        const QRectF chart = view->chart()->mapRectToScene(view->chart()->rect());
        int labels = 0;
        for (QGraphicsItem* item : view->scene()->items()) {
            auto* text = dynamic_cast<QGraphicsTextItem*>(item);
            if (!text || !text->isVisible() || shownText(*text).trimmed().isEmpty())
                continue;
            ++labels;
            const QString shown = shownText(*text);
            // Qt Charts cuts what does not fit its axis with "...".
            EXPECT_FALSE(shown.endsWith(QStringLiteral("...")))
                << name << ": " << shown.toStdString();
            EXPECT_TRUE(chart.contains(text->sceneBoundingRect()))
                << name << ": «" << shown.toStdString() << "» lies outside the chart";
        }
        EXPECT_GE(labels, 5) << name;
    }
}

TEST_P(ChartLabelsTest, EverySectorIsNamedBesideItsBarWithTheRoomItsNameNeeds)
{
    auto& page = dashboard();
    const QList<Breakdown>& sectors = page.data().bySector;
    ASSERT_GE(sectors.size(), 5);
    const bool hasLongName = std::any_of(
        sectors.begin(), sectors.end(), [](const Breakdown& s) { return s.labelEn.size() > 30; });
    EXPECT_TRUE(hasLongName) << "the sample data names Camp Coordination and Camp Management";
    auto* view = page.findChild<QChartView*>(QStringLiteral("sectorChart"));
    ASSERT_NE(view, nullptr);
    QChart* chart = view->chart();
    const QRectF plot = chart->mapRectToScene(chart->plotArea());
    QList<QGraphicsTextItem*> names;
    for (QGraphicsItem* item : chart->childItems()) {
        auto* text = dynamic_cast<QGraphicsTextItem*>(item);
        if (text && text->objectName() == QLatin1String("sectorName"))
            names << text;
    }
    ASSERT_EQ(names.size(), sectors.size());
    const bool rightToLeft = QApplication::layoutDirection() == Qt::RightToLeft;
    const QFontMetricsF metrics(names.first()->font());
    QList<QRectF> rects;
    for (qsizetype i = 0; i < sectors.size(); ++i) {
        // The largest sector is on top; the chart lists them from the bottom up.
        const Breakdown& sector = sectors.at(sectors.size() - 1 - i);
        const QString whole = display().pick(sector.labelEn, sector.labelAr);
        QGraphicsTextItem* item = names.at(i);
        const QString shown = shownText(*item);
        ASSERT_TRUE(item->isVisible()) << whole.toStdString();
        // Whole, or shortened at its end with "…" and named whole in the tip.
        if (shown != whole) {
            EXPECT_TRUE(shown.endsWith(QChar(0x2026))) << shown.toStdString();
            EXPECT_TRUE(whole.startsWith(shown.chopped(1).trimmed())) << shown.toStdString();
        }
        EXPECT_TRUE(item->toolTip().contains(whole)) << item->toolTip().toStdString();
        // The room given holds the text: no line is wider than the item, nothing wraps.
        const int lines = int(item->toPlainText().count(QLatin1Char('\n'))) + 1;
        EXPECT_LE(lines, 2) << shown.toStdString();
        EXPECT_LE(item->document()->size().width(), item->textWidth() + 0.5) << shown.toStdString();
        EXPECT_EQ(item->document()->lineCount(), lines) << shown.toStdString();
        for (const QString& line : item->toPlainText().split(QLatin1Char('\n')))
            EXPECT_LE(metrics.horizontalAdvance(line), item->textWidth()) << line.toStdString();
        // Beside the bars, on the reading side, never over them; level with its bar.
        const QRectF rect = item->sceneBoundingRect();
        if (rightToLeft) {
            EXPECT_GE(rect.left(), plot.right()) << shown.toStdString();
        } else {
            EXPECT_LE(rect.right(), plot.left()) << shown.toStdString();
        }
        const qreal barCentre
            = chart->mapToScene(chart->mapToPosition(QPointF(0, qreal(i)), chart->series().first()))
                  .y();
        EXPECT_NEAR(rect.center().y(), barCentre, 2.0) << shown.toStdString();
        for (const QRectF& other : std::as_const(rects))
            EXPECT_FALSE(rect.intersects(other)) << shown.toStdString() << " overlaps another name";
        rects << rect;
        // On a laptop's screen every name is whole.
        if (window().width() >= 1366) {
            EXPECT_EQ(shown, whole);
        }
    }
}

INSTANTIATE_TEST_SUITE_P(LanguagesAndSizes, ChartLabelsTest,
    ::testing::Combine(
        ::testing::Values("en", "ar"), ::testing::Values(QSize(1366, 768), QSize(1100, 650))));

TEST(SectorNamesFitting, ALongNameGoesOnTwoLinesOrIsShortenedToTheRoom)
{
    const QFont font = QApplication::font();
    const QString name = QStringLiteral("Camp Coordination and Camp Management");
    const qreal whole = ui::SectorNames::widthOf(name, font);
    EXPECT_EQ(ui::SectorNames::fitted(name, font, whole + 1, true), name);
    const QString two = ui::SectorNames::fitted(name, font, whole * 0.6, true);
    EXPECT_EQ(two, QStringLiteral("Camp Coordination and\nCamp Management"));
    EXPECT_LE(ui::SectorNames::widthOf(two, font), whole * 0.6);
    const QString cut = ui::SectorNames::fitted(name, font, whole * 0.6, false);
    EXPECT_TRUE(cut.endsWith(QChar(0x2026))) << cut.toStdString();
    EXPECT_LE(ui::SectorNames::widthOf(cut, font), whole * 0.6);
}

} // namespace tansiq::test
