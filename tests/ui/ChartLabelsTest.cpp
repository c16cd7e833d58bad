// The dashboard's charts show every axis label whole, in both languages and on a laptop's or a
// small window: a long sector name ("Camp Coordination and Camp Management") goes on two lines,
// or is shortened with "…" and its bar's tip names it in full, never cut by Qt Charts.

#include "GuiFixture.h"
#include "dashboard/DashboardCharts.h"
#include "dashboard/DashboardPage.h"
#include "shell/MainWindow.h"

#include <QChart>
#include <QChartView>
#include <QGraphicsScene>
#include <QGraphicsTextItem>

namespace tansiq::test {
namespace {

struct Label {
    QString text; // as shown, lines joined by a space
    QRectF rect; // in the view's coordinates
};

QList<Label> labelsOf(QChartView& view)
{
    QList<Label> out;
    for (QGraphicsItem* item : view.scene()->items()) {
        auto* text = dynamic_cast<QGraphicsTextItem*>(item);
        if (!text || !text->isVisible() || text->toPlainText().trimmed().isEmpty())
            continue;
        QString shown = text->toPlainText();
        shown.replace(QChar(QChar::LineSeparator), QLatin1Char(' '))
            .replace(QLatin1Char('\n'), QLatin1Char(' '));
        shown.remove(QChar(0x200B));
        out << Label { shown, view.mapFromScene(text->sceneBoundingRect()).boundingRect() };
    }
    return out;
}

class ChartLabelsTest : public GuiFixture,
                        public ::testing::WithParamInterface<std::tuple<const char*, QSize>> { };

} // namespace

TEST_P(ChartLabelsTest, NoAxisLabelIsCutAndLongSectorNamesAreWholeOrTipped)
{
    const auto [language, size] = GetParam();
    display().setLanguage(QLatin1String(language));
    window().resize(size);
    window().showPage(QStringLiteral("dashboard"));
    settle();
    auto& dashboard = *static_cast<ui::DashboardPage*>(window().page(QStringLiteral("dashboard")));
    ASSERT_GE(dashboard.data().bySector.size(), 5);
    for (const char* name : { "sectorChart", "monthChart" }) {
        auto* view = dashboard.findChild<QChartView*>(QLatin1String(name));
        ASSERT_NE(view, nullptr);
        QCoreApplication::processEvents();
        const QList<Label> labels = labelsOf(*view);
        ASSERT_FALSE(labels.isEmpty());
        for (const Label& label : labels) {
            // Qt Charts cuts what does not fit with "...": none may be cut so.
            EXPECT_FALSE(label.text.endsWith(QStringLiteral("..."))) << label.text.toStdString();
            EXPECT_TRUE(QRectF(view->viewport()->rect()).contains(label.rect))
                << label.text.toStdString() << " lies outside the chart";
        }
        if (QLatin1String(name) != QLatin1String("sectorChart"))
            continue;
        // Each sector is named whole, or shortened with "…" with its whole name in the tip at
        // its row.
        const QList<Breakdown>& sectors = dashboard.data().bySector;
        for (qsizetype i = 0; i < sectors.size(); ++i) {
            const QString whole = display().pick(sectors.at(i).labelEn, sectors.at(i).labelAr);
            const bool shownWhole = std::any_of(
                labels.begin(), labels.end(), [&](const Label& l) { return l.text == whole; });
            if (shownWhole)
                continue;
            const auto cut = std::find_if(labels.begin(), labels.end(), [&](const Label& l) {
                return l.text.endsWith(QChar(0x2026))
                    && whole.startsWith(l.text.chopped(1).trimmed());
            });
            ASSERT_NE(cut, labels.end()) << whole.toStdString() << " is not shown";
            const QString tip = ui::DashboardCharts::tipAt(
                view->chart(), view->mapToScene(cut->rect.center().toPoint()));
            EXPECT_TRUE(tip.contains(whole)) << tip.toStdString();
        }
        if (size.width() >= 1366) {
            // On a laptop's screen, the long English name is whole (on two lines).
            for (const Breakdown& sector : sectors) {
                const QString whole = display().pick(sector.labelEn, sector.labelAr);
                EXPECT_TRUE(std::any_of(labels.begin(), labels.end(), [&](const Label& l) {
                    return l.text == whole;
                })) << whole.toStdString();
            }
        }
    }
}

INSTANTIATE_TEST_SUITE_P(LanguagesAndSizes, ChartLabelsTest,
    ::testing::Combine(
        ::testing::Values("en", "ar"), ::testing::Values(QSize(1366, 768), QSize(1100, 650))));

} // namespace tansiq::test
