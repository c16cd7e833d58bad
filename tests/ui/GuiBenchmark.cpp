// tansiq-gui-bench DB: reports (never asserts) how the interface behaves on a large database:
// time from process start until the window is shown and until the activities table shows its
// first rows (the snapshot builds in the background meanwhile), the longest pause of the GUI
// thread during that start, and the activities table's scroll, sort and filter latencies
// (medians, from the click to the rows painted). Baselines measured in the same process: a
// repaint with nothing to fetch, std::sort of a million ints, and the previous SQL path (the
// ordered row keys through ActivityWhere, as the retired ActivityBrowser::keys read them) for
// the same sort or filter.
// Make the database once: tansiq-cli --db /tmp/a1m.db demo --activities 1000000

#include "core/common/Clock.h"
#include "core/filter/ActivityWhere.h"
#include "core/registry/Registry.h"
#include "core/storage/Database.h"
#include "core/workspace/Workspace.h"
#include "ui/common/AppFonts.h"
#include "ui/common/DisplaySettings.h"
#include "ui/common/LanguageSwitcher.h"
#include "ui/common/Page.h"
#include "ui/common/Prompts.h"
#include "ui/common/SnapshotService.h"
#include "ui/common/UiContext.h"
#include "ui/registry/ActivitiesPage.h"
#include "ui/registry/ActivityTableModel.h"
#include "ui/registry/SectorCombo.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Session.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <random>

using namespace tansiq;

namespace {
QTextStream out(stdout);

// The previous SQL path of the table (decision 0012, retired by 0102): the ordered rowids of
// the matching activities.
enum class ActivitySort { Month, Place, Organisation, Sector, Status, Reached };

qsizetype sqlKeys(Database& db, const ActivityFilter& filter, ActivitySort sort, bool ascending)
{
    QByteArray join, order;
    switch (sort) {
    case ActivitySort::Month:
        order = "a.reporting_month";
        break;
    case ActivitySort::Place:
        order = "a.admin_pcode";
        break;
    case ActivitySort::Organisation:
        join = " JOIN organisation o ON o.id = a.implementing_org_id";
        order = "o.acronym";
        break;
    case ActivitySort::Sector:
        join = " JOIN sector s ON s.id = a.sector_id";
        order = "s.code";
        break;
    case ActivitySort::Status:
        order = "a.status";
        break;
    case ActivitySort::Reached:
        order = "coalesce(a.reached, -1)";
        break;
    }
    const ActivityWhere where(db, filter);
    const QByteArray direction = ascending ? " ASC" : " DESC";
    const bool indexedOrder = sort == ActivitySort::Month || sort == ActivitySort::Place;
    Statement query(db.handle(),
        "SELECT a.rowid FROM " + where.table(indexedOrder) + join + where.sql() + " ORDER BY "
            + order + direction + ", a.rowid" + direction);
    where.bind(query);
    QList<qint64> keys;
    while (query.step() == Statement::Step::Row)
        keys << query.int64(0);
    return keys.size();
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double timeMs(const std::function<void()>& step)
{
    QElapsedTimer timer;
    timer.start();
    step();
    return double(timer.nsecsElapsed()) / 1e6;
}

void report(const QString& what, const QList<double>& samples, double baseline)
{
    const double m = median(samples);
    out << QStringLiteral("%1: median %2 ms over %3 runs (%4 x baseline)\n")
               .arg(what, -56)
               .arg(m, 0, 'f', 1)
               .arg(samples.size())
               .arg(baseline > 0 ? m / baseline : 0, 0, 'f', 1);
}

// One row of the sort and filter table: shown = click to rows painted, analysis = the
// filter-and-sort on the analysis thread, sql = the previous SQL path for the same request.
void reportRow(const QString& what, int rows, const QList<double>& shown,
    const QList<double>& analysis, const QList<double>& sql, double sortInts)
{
    const double m = median(shown);
    out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
               .arg(what)
               .arg(rows)
               .arg(m, 0, 'f', 1)
               .arg(median(analysis), 0, 'f', 1)
               .arg(median(sql), 0, 'f', 0)
               .arg(m > 0 ? median(sql) / m : 0, 0, 'f', 0)
               .arg(sortInts > 0 ? m / sortInts : 0, 0, 'f', 2);
}
} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    if (argc < 2) {
        QTextStream(stderr) << "usage: tansiq-gui-bench DATABASE [runs [sql-runs]]\n";
        return 2;
    }
    const int runs = argc > 2 ? std::max(1, QString::fromLocal8Bit(argv[2]).toInt()) : 5;
    // The previous SQL path takes seconds a request at 1M, minutes at 10M: 0 skips it.
    const int sqlRuns
        = argc > 3 ? std::max(0, QString::fromLocal8Bit(argv[3]).toInt()) : std::min(runs, 3);
    ui::AppFonts::install();
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
    ui::DisplaySettings display(store);
    ui::LanguageSwitcher language;
    language.apply(display.language());
    SystemClock clock;
    auto workspace = Workspace::open(
        QString::fromLocal8Bit(argv[1]), clock, Workspace::Options { false, false });
    if (!workspace.ok()) {
        QTextStream(stderr) << workspace.errorText() << '\n';
        return 1;
    }
    const double opened = double(sinceStart.nsecsElapsed()) / 1e6;
    ui::WidgetPrompts prompts;
    ui::Session session(*workspace.value(), display, prompts);
    const double built = double(sinceStart.nsecsElapsed()) / 1e6;
    auto* page
        = static_cast<ui::ActivitiesPage*>(session.window().page(QStringLiteral("activities")));
    session.window().showPage(QStringLiteral("activities"));
    session.window().show();
    QTableView* table = page->table();
    ui::ActivityTableModel* model = page->model();
    const auto paint = [&] {
        table->viewport()->repaint();
        QCoreApplication::processEvents();
    };
    paint();
    const double shown = double(sinceStart.nsecsElapsed()) / 1e6;

    // While the snapshot builds, a 5 ms timer measures how long the GUI thread ever stops.
    QElapsedTimer sinceTick;
    sinceTick.start();
    double longestPause = 0;
    QTimer probe;
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        longestPause = std::max(longestPause, double(sinceTick.nsecsElapsed()) / 1e6);
        sinceTick.restart();
    });
    probe.start();
    // The dashboard (the page a launch opens on) counts its figures from the same snapshot on
    // the analysis thread, hidden here behind the table: when its first figures came is noted.
    const ui::Page* dashboard = session.window().page(QStringLiteral("dashboard"));
    double dashboardDone = 0;
    const auto noteDashboard = [&] {
        if (dashboardDone == 0 && dashboard && !dashboard->busy())
            dashboardDone = double(sinceStart.nsecsElapsed()) / 1e6;
    };
    const auto waitForRows = [&] {
        while (model->loading()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            noteDashboard();
            QThread::msleep(1);
        }
        paint();
    };
    waitForRows();
    const double usable = double(sinceStart.nsecsElapsed()) / 1e6;
    probe.stop();
    // The table's requests below are timed once every page's first question is answered, so
    // that they measure the table, not what it shares the two cores with at launch.
    QElapsedTimer quietDeadline;
    quietDeadline.start();
    while ((session.context().snapshots.busy() || (dashboard && dashboard->busy()))
        && !quietDeadline.hasExpired(300'000)) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        noteDashboard();
        QThread::msleep(1);
    }
    noteDashboard();
    const double allDone = double(sinceStart.nsecsElapsed()) / 1e6;
    out << QStringLiteral("activities in the table: %1\n").arg(model->rowCount());
    out << QStringLiteral("%1: %2 ms\n")
               .arg(QStringLiteral("database opened (process start)"), -48)
               .arg(opened, 0, 'f', 0);
    out << QStringLiteral("%1: %2 ms\n")
               .arg(QStringLiteral("main window and pages built"), -48)
               .arg(built, 0, 'f', 0);
    out << QStringLiteral("%1: %2 ms\n")
               .arg(QStringLiteral("window shown and painted (process start)"), -48)
               .arg(shown, 0, 'f', 0);
    out << QStringLiteral("%1: %2 ms\n")
               .arg(QStringLiteral("activities table: first rows painted"), -48)
               .arg(usable, 0, 'f', 0);
    out << QStringLiteral("%1: %2 ms\n")
               .arg(QStringLiteral("longest GUI pause until then (5 ms probe)"), -48)
               .arg(longestPause, 0, 'f', 0);
    out << QStringLiteral("%1: %2 ms\n")
               .arg(QStringLiteral("snapshot build (analysis thread)"), -48)
               .arg(session.context().snapshots.lastBuildMs(), 0, 'f', 0);
    out << QStringLiteral("%1: %2\n")
               .arg(QStringLiteral("snapshot read from the cache file"), -48)
               .arg(session.context().snapshots.lastFromCache()
                       ? QStringLiteral("yes")
                       : QStringLiteral("no (%1)").arg(
                           session.context().snapshots.lastCacheRejected()));
    out << QStringLiteral("%1: %2 ms\n")
               .arg(QStringLiteral("all pages' first snapshot work done"), -48)
               .arg(allDone, 0, 'f', 0);
    out << QStringLiteral("%1: %2 ms\n")
               .arg(QStringLiteral("dashboard: first figures (process start)"), -48)
               .arg(dashboardDone, 0, 'f', 0);

    QList<double> baseline;
    for (int i = 0; i < 15; ++i)
        baseline << timeMs(paint);
    const double base = median(baseline);
    QList<double> sortIntsRuns;
    for (int i = 0; i < runs; ++i) {
        std::vector<int> ints(1000000);
        std::mt19937 random(quint32(i + 1));
        for (int& v : ints)
            v = int(random());
        sortIntsRuns << timeMs([&] { std::sort(ints.begin(), ints.end()); });
    }
    const double sortInts = median(sortIntsRuns);
    out << QStringLiteral("%1: median %2 ms\n")
               .arg(QStringLiteral("baseline: repaint, nothing to fetch"), -48)
               .arg(base, 0, 'f', 2);
    out << QStringLiteral("%1: median %2 ms\n")
               .arg(QStringLiteral("baseline: std::sort of 1,000,000 ints"), -48)
               .arg(sortInts, 0, 'f', 1);

    QScrollBar* bar = table->verticalScrollBar();
    QList<double> scroll;
    quint32 seed = 12345;
    for (int i = 0; i < 30; ++i) {
        seed = seed * 1103515245u + 12345u;
        const int target = int(seed % quint32(std::max(1, bar->maximum())));
        scroll << timeMs([&] {
            bar->setValue(target);
            paint();
        });
    }
    report(QStringLiteral("scroll to a random position and paint"), scroll, base);
    QList<double> step;
    for (int i = 0; i < 30; ++i)
        step << timeMs([&] {
            bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
            paint();
        });
    report(QStringLiteral("page down and paint"), step, base);
    out.flush();

    // Sorting and filtering: from the click (or Enter) to the rows painted.
    Database& db = workspace.value()->database();
    const auto sqlTimes = [&](const ActivityFilter& filter, std::optional<ActivitySort> sort) {
        QList<double> times;
        if (!sort)
            return times;
        for (int i = 0; i < sqlRuns; ++i)
            times << timeMs([&] { sqlKeys(db, filter, *sort, i % 2 == 1); });
        return times;
    };
    out << QStringLiteral(
        "\n| request | rows | click to rows painted, median ms | analysis thread ms | "
        "previous SQL path ms | SQL / new | new / std::sort 1M ints "
        "|\n|---|---|---|---|---|---|---|\n");
    const QList<std::tuple<QString, int, std::optional<ActivitySort>>> sorts {
        { QStringLiteral("sort by month"), ui::ActivityTableModel::Month, ActivitySort::Month },
        { QStringLiteral("sort by organisation"), ui::ActivityTableModel::Organisation,
            ActivitySort::Organisation },
        { QStringLiteral("sort by sector"), ui::ActivityTableModel::Sector, ActivitySort::Sector },
        { QStringLiteral("sort by place name"), ui::ActivityTableModel::Place, std::nullopt },
        { QStringLiteral("sort by P-code"), ui::ActivityTableModel::Pcode, ActivitySort::Place },
        { QStringLiteral("sort by status"), ui::ActivityTableModel::Status, ActivitySort::Status },
        { QStringLiteral("sort by people reached"), ui::ActivityTableModel::Reached,
            ActivitySort::Reached }
    };
    for (const auto& [name, column, sqlSort] : sorts) {
        QList<double> answered, analysis;
        for (int i = 0; i < runs; ++i) {
            answered << timeMs([&] {
                table->horizontalHeader()->setSortIndicator(
                    column, i % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
                waitForRows();
            });
            analysis << model->lastOrderMs();
        }
        reportRow(name, model->rowCount(), answered, analysis, sqlTimes({}, sqlSort), sortInts);
    }
    table->horizontalHeader()->setSortIndicator(ui::ActivityTableModel::Month, Qt::DescendingOrder);
    waitForRows();
    const auto filterRow = [&](const QString& name, const std::function<void()>& apply) {
        QList<double> answered, analysis;
        for (int i = 0; i < runs; ++i) {
            page->searchField()->clear();
            page->sectorFilter()->setCurrentIndex(0);
            page->applyFilters();
            waitForRows();
            answered << timeMs([&] {
                apply();
                page->applyFilters();
                waitForRows();
            });
            analysis << model->lastOrderMs();
        }
        reportRow(name, model->rowCount(), answered, analysis,
            sqlTimes(model->filter(), ActivitySort::Month), sortInts);
    };
    for (const QString& search : { QStringLiteral("دَيْر الزُّور"), QStringLiteral("الحسكه"),
             QStringLiteral("UNCRF"), QStringLiteral("health"), QStringLiteral("SY0903") })
        filterRow(QStringLiteral("search “%1”").arg(search),
            [&] { page->searchField()->setText(search); });
    const QUuid sector = workspace.value()->registry().reference().sectors().first().id;
    filterRow(QStringLiteral("sector filter"), [&] { page->sectorFilter()->setSectorId(sector); });
    filterRow(QStringLiteral("sector filter and search “ادلب”"), [&] {
        page->sectorFilter()->setSectorId(sector);
        page->searchField()->setText(QStringLiteral("ادلب"));
    });
    page->searchField()->clear();
    page->sectorFilter()->setCurrentIndex(0);
    page->applyFilters();
    waitForRows();
    out.flush();
    return 0;
}
