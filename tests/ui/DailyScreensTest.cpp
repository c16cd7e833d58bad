// The daily screens stay current and say what they show: the dashboard follows an edit and
// tells an empty registry where to start; the duplication review reads in people's words and
// can be worked through; the map names places, has its own period and leaves a chip on the
// pages it filters; the office name is one field that retitles the window; the sidebar fits.

#include "core/registry/Registry.h"
#include "core/workspace/Workspace.h"
#include "tests/ui/GuiFixture.h"
#include "ui/analysis/DuplicationPage.h"
#include "ui/common/PlaceChip.h"
#include "ui/common/PlaceSelection.h"
#include "ui/common/UiContext.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/map/MapPage.h"
#include "ui/map/MapWidget.h"
#include "ui/registry/RecordEdits.h"
#include "ui/settings/SettingsPage.h"
#include "ui/shell/MainWindow.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QDeadlineTimer>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

namespace tansiq::test {
namespace {

class DailyScreensTest : public GuiFixture {
protected:
    template<typename T> T& page(const char* id)
    {
        window().showPage(QLatin1String(id));
        settle();
        return *static_cast<T*>(window().page(QLatin1String(id)));
    }
};

TEST_F(DailyScreensTest, TheDashboardFollowsAnEditWithoutARestart)
{
    auto& dashboard = page<ui::DashboardPage>("dashboard");
    const QStringList before = dashboard.months();
    ASSERT_FALSE(before.isEmpty());
    const QString newMonth = QDate::fromString(before.last() + QStringLiteral("-01"), Qt::ISODate)
                                 .addMonths(1)
                                 .toString(QStringLiteral("yyyy-MM"));

    Registry& registry = workspace().registry();
    Activity activity;
    activity.implementingOrgId = registry.organisations().list().first().meta.id;
    activity.sectorId = registry.reference().sectors().first().id;
    activity.adminPcode = registry.reference().adminUnits(3).first().pcode;
    activity.startDate = newMonth + QStringLiteral("-01");
    activity.reportingMonth = newMonth;
    activity.reached = 10;
    const auto created = session().context().edits.create(activity);
    ASSERT_TRUE(created.ok()) << created.errorText().toStdString();
    settle();

    // The new month is offered, the period moved to it (it ended with the newest month), and
    // the figures count the new activity.
    EXPECT_TRUE(dashboard.months().contains(newMonth));
    EXPECT_EQ(named<QComboBox>(dashboard, "periodTo")->currentData().toString(), newMonth);
    EXPECT_GE(dashboard.data().figures.activities, 1);
    bool counted = false;
    for (const Breakdown& month : dashboard.data().byMonth)
        counted = counted || (month.key == newMonth && month.activities == 1);
    EXPECT_TRUE(counted) << "the chart by month shows the new month";
    EXPECT_FALSE(dashboard.showsStart());
}

TEST(EmptyDashboardTest, AnEmptyRegistrySaysWhereToStart)
{
    TestWorkspace empty;
    QSettings store(QDir(empty.dir()).filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
    ui::DisplaySettings display(store);
    display.setLanguage(QStringLiteral("en"));
    ScriptedPrompts prompts;
    ui::Session session(*empty, display, prompts);
    session.window().show();
    auto* dashboard
        = static_cast<ui::DashboardPage*>(session.window().page(QStringLiteral("dashboard")));
    QDeadlineTimer deadline(20000);
    while (dashboard->busy() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    EXPECT_TRUE(dashboard->showsStart());
    EXPECT_TRUE(dashboard->months().isEmpty());
    EXPECT_FALSE(named<QComboBox>(*dashboard, "periodFrom")->isVisible());
    for (const char* button : { "startImport", "startAdd", "startSample" })
        EXPECT_TRUE(named<QPushButton>(*dashboard, button)->isVisible()) << button;
    // The explanation is shown whole, its wrapped lines not cut, in both languages.
    for (const char* language : { "en", "ar" }) {
        display.setLanguage(QLatin1String(language));
        session.window().resize(1366, 740);
        QCoreApplication::processEvents();
        auto* text = named<QLabel>(*dashboard, "startText");
        ASSERT_NE(text, nullptr);
        EXPECT_GE(text->height(), text->heightForWidth(text->width())) << language;
    }
}

TEST_F(DailyScreensTest, TheDuplicationReviewReadsInPeoplesWordsAndFilters)
{
    auto& review = page<ui::DuplicationPage>("duplication");
    review.setShow(ui::DuplicationPage::Show::All);
    settle();
    QTableView* groups = review.groups();
    const int listed = groups->model()->rowCount();
    ASSERT_GT(listed, 0);
    groups->setCurrentIndex(groups->model()->index(0, 0));
    settle();
    const QString key = review.groupKey(0);
    const QString title = review.groupTitle(0);
    EXPECT_FALSE(title.contains(key.section(QLatin1Char('/'), 0, 0))) << title.toStdString();
    EXPECT_FALSE(review.detailText().contains(key)) << review.detailText().toStdString();
    EXPECT_TRUE(review.detailText().contains(title.section(QStringLiteral(" — "), 0, 0)));
    EXPECT_FALSE(title.contains(QLatin1Char('/')));

    // One sector: its count in the list is what the table then shows.
    auto* sector = named<QComboBox>(review, "sector");
    ASSERT_GT(sector->count(), 1);
    sector->setCurrentIndex(1);
    emit sector->activated(1);
    settle();
    const int narrowed = groups->model()->rowCount();
    EXPECT_GT(narrowed, 0);
    EXPECT_LT(narrowed, listed);
    EXPECT_TRUE(sector->itemText(1).contains(QString::number(narrowed)))
        << sector->itemText(1).toStdString();

    // Ordered by people reached: the first group reaches the most.
    auto* order = named<QComboBox>(review, "order");
    order->setCurrentIndex(1);
    emit order->activated(1);
    settle();
    EXPECT_EQ(groups->model()->rowCount(), narrowed);

    // A place chosen elsewhere narrows the review too, and the chip shows it.
    const QString pcode = review.groupKey(0).section(QLatin1Char('/'), 0, 0).left(4);
    session().context().selection.setPcode(pcode);
    settle();
    EXPECT_LE(groups->model()->rowCount(), narrowed);
    EXPECT_TRUE(named<ui::PlaceChip>(review, "placeChip")->isVisible());
}

TEST_F(DailyScreensTest, TheMapNamesPlacesHasItsOwnPeriodAndFilteredPagesShowAChip)
{
    auto& map = page<ui::MapPage>("map");
    ui::MapWidget* widget = map.mapWidget();
    widget->resize(900, 600);
    // Hovering the middle of Syria names a place and its value.
    QString pcode;
    for (int x = 300; x < 700 && pcode.isEmpty(); x += 20)
        pcode = widget->placeAt(QPointF(x, 300));
    ASSERT_FALSE(pcode.isEmpty());
    const QString said = widget->describe(pcode);
    EXPECT_FALSE(said.isEmpty());
    EXPECT_FALSE(said.contains(pcode)) << said.toStdString();

    // Its own period: one month shows fewer activities than all of them.
    const auto total = [&widget] {
        double sum = 0;
        for (double v : widget->scene().values)
            sum += v;
        return sum;
    };
    const double everything = total();
    auto* from = named<QComboBox>(map, "periodFrom");
    ASSERT_GT(from->count(), 2);
    const QString month = from->itemData(from->count() - 1).toString();
    map.setPeriod(month, month);
    settle();
    EXPECT_LT(total(), everything);
    EXPECT_GT(total(), 0);

    // A click filters the needs page: its chip names the place, and a click on it clears it.
    emit widget->placeClicked(pcode);
    EXPECT_EQ(session().context().selection.pcode(), pcode);
    EXPECT_TRUE(
        named<QLabel>(map, "placeInfo")->text().contains(said.section(QLatin1Char(' '), 0, 0)));
    window().showPage(QStringLiteral("needs"));
    settle();
    auto* chip = named<ui::PlaceChip>(*window().page(QStringLiteral("needs")), "placeChip");
    ASSERT_NE(chip, nullptr);
    EXPECT_TRUE(chip->isVisible());
    EXPECT_TRUE(chip->text().startsWith(QStringLiteral("Place: ")));
    chip->click();
    EXPECT_TRUE(session().context().selection.pcode().isEmpty());
    EXPECT_FALSE(chip->isVisible());
}

TEST_F(DailyScreensTest, SavingTheOfficeNameRetitlesTheWindowAtOnce)
{
    auto& settings = page<ui::SettingsPage>("settings");
    // One office name on the page.
    int nameFields = 0;
    for (QLineEdit* field : settings.findChildren<QLineEdit*>()) {
        if (field->isVisibleTo(&settings) && field->echoMode() == QLineEdit::Normal
            && field->isEnabled() && !field->isReadOnly())
            ++nameFields;
    }
    EXPECT_EQ(nameFields, 1);
    settings.officeField()->setText(QStringLiteral("Deir ez-Zor field office"));
    settings.saveOfficeName();
    EXPECT_TRUE(window().windowTitle().contains(QStringLiteral("Deir ez-Zor field office")))
        << window().windowTitle().toStdString();
}

TEST_F(DailyScreensTest, TheSidebarFitsAt1100By650)
{
    for (const char* language : { "en", "ar" }) {
        display().setLanguage(QLatin1String(language));
        window().resize(1100, 650);
        settle();
        QListWidget* navigation = window().navigation();
        const QRect last = navigation->visualItemRect(navigation->item(navigation->count() - 1));
        EXPECT_LE(last.bottom(), navigation->viewport()->height()) << language;
        for (int i = 0; i < navigation->count(); ++i) {
            const QListWidgetItem* item = navigation->item(i);
            EXPECT_LE(navigation->fontMetrics().horizontalAdvance(item->text()),
                navigation->viewport()->width())
                << language << ": " << item->text().toStdString();
        }
    }
}

} // namespace
} // namespace tansiq::test
