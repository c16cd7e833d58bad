// tansiq: the desktop application. Parses the command line, loads the font and the
// language, and opens what the user works on: the file given with --db, else the file opened
// last, else the per-user registry, else the setup assistant (ui/setup). Everything else lives
// in the ui library.

#include "core/common/Clock.h"
#include "core/workspace/Workspace.h"
#include "ui/common/AppFonts.h"
#include "ui/common/AppStyle.h"
#include "ui/common/DisplaySettings.h"
#include "ui/common/LanguageSwitcher.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/Prompts.h"
#include "ui/setup/SetupScreenshots.h"
#include "ui/shell/DatabaseCreator.h"
#include "ui/shell/FileActions.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ScreenshotTaker.h"
#include "ui/shell/Session.h"
#include "ui/shell/SessionHost.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

using namespace tansiq;

namespace {
// The application's own messages, in the tansiq::gui translation context.
struct Gui {
    Q_DECLARE_TR_FUNCTIONS(tansiq::gui)
};

struct Options {
    QString database;
    QString screenshots;
    QString language;
    qint64 demoActivities = 20000;
    bool reportStartup = false;
};

Options parse(QApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Gui::tr("Tansiq: coordination of humanitarian activities (4W)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
        Gui::tr("database file (default: the file opened last, else the per-user "
                "database); a file that does not exist yet is set up as a new "
                "registry"),
        QStringLiteral("PATH"));
    const QCommandLineOption shots(QStringLiteral("screenshots"),
        Gui::tr("render the setup assistant and every page to PNG files in DIR, "
                "then quit"),
        QStringLiteral("DIR"));
    const QCommandLineOption lang(
        QStringLiteral("lang"), Gui::tr("interface language: ar or en"), QStringLiteral("LANG"));
    const QCommandLineOption demo(QStringLiteral("demo-activities"),
        Gui::tr("activities in the sample data (and in the screenshots' database)"),
        QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption timing(
        QStringLiteral("report-startup"), Gui::tr("print the time until the window is shown"));
    parser.addOptions({ db, shots, lang, demo, timing });
    parser.process(app);
    Options options;
    options.database = parser.value(db);
    options.screenshots = parser.value(shots);
    options.language = parser.value(lang);
    options.demoActivities = std::max<qint64>(0, parser.value(demo).toLongLong());
    options.reportStartup = parser.isSet(timing);
    return options;
}

// --screenshots: the assistant's steps, then every page on a demo database of its own (never
// the user's files or window state), so the pictures are reproducible.
int takeScreenshots(const Options& options, ui::DisplaySettings& display)
{
    SystemClock clock;
    QTemporaryDir scratch;
    QStringList files
        = ui::setup::captureSetupScreens(display, clock, options.screenshots, display.language());
    QString path = options.database;
    if (path.isEmpty())
        path = scratch.filePath(QStringLiteral("screenshots.db"));
    if (!QFileInfo::exists(path)) {
        ui::DatabaseCreator creator(path, options.demoActivities);
        const auto created = creator.run(nullptr, false);
        if (!created.ok()) {
            ui::showIssues(
                nullptr, Gui::tr("The database could not be created."), created.issues());
            return 1;
        }
    }
    auto workspace = Workspace::open(path, clock);
    if (!workspace.ok()) {
        ui::showIssues(nullptr, Gui::tr("The database could not be opened."), workspace.issues());
        return 1;
    }
    ui::WidgetPrompts prompts;
    ui::Session session(*workspace.value(), display, prompts);
    files << ui::ScreenshotTaker::capture(
        session.window(), session.context(), options.screenshots, display.language());
    QTextStream(stdout) << Gui::tr("%n screenshots written to %1", nullptr, int(files.size()))
                               .arg(options.screenshots)
                        << Qt::endl;
    return files.isEmpty() ? 1 : 0;
}
} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer startup;
    startup.start();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Tansiq"));
    QCoreApplication::setApplicationName(QStringLiteral("Tansiq"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TANSIQ_VERSION));
    // Lets Wayland and the task bar match the window to tansiq.desktop: its name and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("tansiq"));
    const Options options = parse(app);

    QSettings store;
    ui::DisplaySettings display(store);
    if (!options.language.isEmpty())
        display.setLanguage(options.language, false);
    ui::AppFonts::install();
    ui::AppStyle::install();
    ui::LanguageSwitcher language;
    language.apply(display.language());
    QObject::connect(&display, &ui::DisplaySettings::changed, &language,
        [&] { language.apply(display.language()); });

    if (!options.screenshots.isEmpty())
        return takeScreenshots(options, display);

    // Switching files replaces the window: the application ends when the user closes it.
    app.setQuitOnLastWindowClosed(false);
    SystemClock clock;
    ui::WidgetPrompts prompts;
    ui::SessionHost host(store, display, prompts, clock);
    ui::FileActions files(host, display, prompts, clock, store,
        { Workspace::defaultDatabasePath(), ui::FileActions::defaultSamplePath() });
    files.setSampleActivities(options.demoActivities);
    host.setWindowDecorator([&files](ui::MainWindow& window) { files.decorate(window); });
    QObject::connect(
        &host, &ui::SessionHost::windowClosed, &app, &QCoreApplication::quit, Qt::QueuedConnection);
    switch (files.openAtStart(options.database)) {
    case ui::FileActions::Start::Opened:
        break;
    case ui::FileActions::Start::Cancelled:
        return 0;
    case ui::FileActions::Start::Refused:
        return 1;
    }
    if (options.reportStartup) {
        QTimer::singleShot(0, &app, [&] {
            QTextStream(stderr) << Gui::tr("window shown after %1 ms").arg(startup.elapsed())
                                << Qt::endl;
        });
    }
    const int code = app.exec();
    host.close();
    return code;
}
