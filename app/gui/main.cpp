// tansiq: the desktop application. Parses the command line, loads the font and the
// language, opens (or creates) the database and shows the main window. Everything else lives
// in the ui library.

#include "common/AppFonts.h"
#include "common/Clock.h"
#include "common/DisplaySettings.h"
#include "common/LanguageSwitcher.h"
#include "common/MessageBoxes.h"
#include "shell/DatabaseCreator.h"
#include "shell/MainWindow.h"
#include "shell/ScreenshotTaker.h"
#include "shell/Session.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCoreApplication>
#include <QCommandLineParser>
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
    parser.setApplicationDescription(Gui::tr("Tansiq: coordination of humanitarian activities (4W)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), Gui::tr("database file (default: the per-user database)"),
                                QStringLiteral("PATH"));
    const QCommandLineOption shots(QStringLiteral("screenshots"),
                                   Gui::tr("render every page to PNG files in DIR, then quit"),
                                   QStringLiteral("DIR"));
    const QCommandLineOption lang(QStringLiteral("lang"), Gui::tr("interface language: ar or en"),
                                  QStringLiteral("LANG"));
    const QCommandLineOption demo(QStringLiteral("demo-activities"),
                                  Gui::tr("activities of demo data in a new database"), QStringLiteral("N"),
                                  QStringLiteral("20000"));
    const QCommandLineOption timing(QStringLiteral("report-startup"),
                                    Gui::tr("print the time until the window is shown"));
    parser.addOptions({db, shots, lang, demo, timing});
    parser.process(app);
    Options options;
    options.database = parser.value(db);
    options.screenshots = parser.value(shots);
    options.language = parser.value(lang);
    options.demoActivities = std::max<qint64>(0, parser.value(demo).toLongLong());
    options.reportStartup = parser.isSet(timing);
    return options;
}
}  // namespace

int main(int argc, char** argv)
{
    QElapsedTimer startup;
    startup.start();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Tansiq"));
    QCoreApplication::setApplicationName(QStringLiteral("Tansiq"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TANSIQ_VERSION));
    const Options options = parse(app);

    QSettings store;
    ui::DisplaySettings display(store);
    if (!options.language.isEmpty())
        display.setLanguage(options.language, false);
    ui::AppFonts::install();
    ui::LanguageSwitcher language;
    language.apply(display.language());
    QObject::connect(&display, &ui::DisplaySettings::changed, &language,
                     [&] { language.apply(display.language()); });

    // Screenshots default to a fresh demo database, so the pictures are reproducible.
    QTemporaryDir scratch;
    QString path = options.database;
    if (path.isEmpty())
        path = options.screenshots.isEmpty() ? Workspace::defaultDatabasePath()
                                             : scratch.filePath(QStringLiteral("screenshots.db"));
    if (!QFileInfo::exists(path)) {
        ui::DatabaseCreator creator(path, options.demoActivities);
        const auto created = creator.run(nullptr, options.screenshots.isEmpty());
        if (!created.ok()) {
            ui::showIssues(nullptr, Gui::tr("The database could not be created."), created.issues());
            return 1;
        }
    }
    SystemClock clock;
    auto workspace = Workspace::open(path, clock);
    if (!workspace.ok()) {
        ui::showIssues(nullptr, Gui::tr("The database could not be opened."), workspace.issues());
        return 1;
    }
    ui::Session session(*workspace.value(), display);
    if (!options.screenshots.isEmpty()) {
        const QStringList files = ui::ScreenshotTaker::capture(session.window(), session.context(), options.screenshots,
                                                               display.language());
        QTextStream(stdout) << Gui::tr("%n screenshots written to %1", nullptr, int(files.size())).arg(options.screenshots)
                            << Qt::endl;
        return files.isEmpty() ? 1 : 0;
    }
    session.window().show();
    if (options.reportStartup) {
        QTimer::singleShot(0, &app, [&] {
            QTextStream(stderr) << Gui::tr("window shown after %1 ms").arg(startup.elapsed()) << Qt::endl;
        });
    }
    return app.exec();
}
