// tansiq-gui-bench DB: reports (never asserts) how the interface behaves on a large database:
// time until the main window is shown, until the dashboard's figures arrive, and the
// activities table's scroll, sort and filter latencies (medians), each with its ratio to a
// baseline measured in the same process (repainting the table without fetching).
// Make the database once: tansiq-cli --db /tmp/gui1m.db demo --activities 1000000

#include "common/AppFonts.h"
#include "common/Clock.h"
#include "common/DisplaySettings.h"
#include "common/LanguageSwitcher.h"
#include "common/Page.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"
#include "ui/registry/ActivitiesPage.h"
#include "ui/registry/ActivityTableModel.h"
#include "workspace/Workspace.h"

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

#include <algorithm>
#include <functional>

using namespace tansiq;

namespace {
QTextStream out(stdout);

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
}  // namespace

int main(int argc, char** argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    if (argc < 2) {
        QTextStream(stderr) << "usage: tansiq-gui-bench DATABASE\n";
        return 2;
    }
    ui::AppFonts::install();
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
    ui::DisplaySettings display(store);
    ui::LanguageSwitcher language;
    language.apply(display.language());
    SystemClock clock;
    auto workspace = Workspace::open(QString::fromLocal8Bit(argv[1]), clock,
                                     Workspace::Options{false, false});
    if (!workspace.ok()) {
        QTextStream(stderr) << workspace.errorText() << '\n';
        return 1;
    }
    ui::Session session(*workspace.value(), display);
    session.window().show();
    QCoreApplication::processEvents();
    const double shown = double(sinceStart.nsecsElapsed()) / 1e6;
    ui::Page* dashboard = session.window().page(QStringLiteral("dashboard"));
    while (dashboard->busy() || session.window().page(QStringLiteral("map"))->busy()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(2);
    }
    const double figures = double(sinceStart.nsecsElapsed()) / 1e6;

    auto* page = static_cast<ui::ActivitiesPage*>(session.window().page(QStringLiteral("activities")));
    session.window().showPage(QStringLiteral("activities"));
    QTableView* table = page->table();
    ui::ActivityTableModel* model = page->model();
    const auto paint = [&] {
        table->viewport()->repaint();
        QCoreApplication::processEvents();
    };
    const auto waitForRows = [&] {
        while (model->loading()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            QThread::msleep(1);
        }
        paint();
    };
    waitForRows();
    out << QStringLiteral("activities in the table: %1\n").arg(model->rowCount());
    out << QStringLiteral("%1: %2 ms\n").arg(QStringLiteral("window shown (process start)"), -44).arg(shown, 0, 'f', 0);
    out << QStringLiteral("%1: %2 ms\n").arg(QStringLiteral("dashboard and map figures ready"), -44).arg(figures, 0, 'f', 0);

    QList<double> baseline;
    for (int i = 0; i < 15; ++i)
        baseline << timeMs(paint);
    const double base = median(baseline);
    out << QStringLiteral("%1: median %2 ms\n").arg(QStringLiteral("baseline: repaint, rows cached"), -44).arg(base, 0, 'f', 2);

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

    const QList<std::pair<QString, int>> sorts{
        {QStringLiteral("sort by month (indexed)"), ui::ActivityTableModel::Month},
        {QStringLiteral("sort by place (indexed)"), ui::ActivityTableModel::Pcode},
        {QStringLiteral("sort by organisation"), ui::ActivityTableModel::Organisation},
        {QStringLiteral("sort by people reached"), ui::ActivityTableModel::Reached}};
    for (const auto& [name, column] : sorts) {
        QList<double> blocked, answered;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer timer;
            timer.start();
            table->horizontalHeader()->setSortIndicator(column, i % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
            blocked << double(timer.nsecsElapsed()) / 1e6;
            waitForRows();
            answered << double(timer.nsecsElapsed()) / 1e6;
        }
        report(name + QStringLiteral(": GUI blocked"), blocked, base);
        report(name + QStringLiteral(": rows shown"), answered, base);
    }
    const QList<QString> searches{QStringLiteral("دير الزور"), QStringLiteral("UNCRF"), QStringLiteral("health"),
                                  QStringLiteral("SY0903")};
    for (const QString& search : searches) {
        QList<double> blocked, answered;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer timer;
            timer.start();
            page->searchField()->setText(search);
            page->applyFilters();
            blocked << double(timer.nsecsElapsed()) / 1e6;
            waitForRows();
            answered << double(timer.nsecsElapsed()) / 1e6;
        }
        const QString name = QStringLiteral("search “%1” (%2 rows)").arg(search).arg(model->rowCount());
        report(name + QStringLiteral(": GUI blocked"), blocked, base);
        report(name + QStringLiteral(": rows shown"), answered, base);
    }
    page->searchField()->clear();
    page->applyFilters();
    waitForRows();
    return 0;
}
