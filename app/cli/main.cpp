// tansiq-cli: Tansiq without a display. `tansiq-cli --help` lists the commands.

#include "app/cli/CliCommand.h"
#include "app/cli/CliContext.h"
#include "core/i18n/Catalogue.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <memory>

using namespace tansiq::cli;

namespace {

void printUsage(QTextStream& out)
{
    out << Cli::tr("Usage: tansiq-cli [--db PATH] COMMAND [OPTIONS]") << "\n\n"
        << Cli::tr("Tansiq keeps the 4W registry of a humanitarian coordination office.") << "\n\n"
        << Cli::tr("Commands:") << '\n';
    for (const CliCommand& command : commands()) {
        out << "  " << QString::fromLatin1(command.name).leftJustified(20) << ' '
            << QCoreApplication::translate("tansiq::cli", command.summary) << '\n';
    }
    out << '\n'
        << Cli::tr("Options:") << '\n'
        << "  --db PATH            "
        << Cli::tr("the database (default: %1)").arg(tansiq::Workspace::defaultDatabasePath())
        << '\n'
        << "  -h, --help           "
        << Cli::tr("show this help; COMMAND --help shows a command's options") << '\n'
        << "  --version            " << Cli::tr("show the version") << '\n';
}

} // namespace

// Painting commands get a QGuiApplication (fonts, QPdfWriter) on the offscreen platform unless
// the caller chose one, so they work without a display; everything else stays headless Core.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char* argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const CliCommand* command = findCommand(commandName(arguments));
    if (command && command->paints) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

int main(int argc, char* argv[])
{
    const std::unique_ptr<QCoreApplication> application = makeApplication(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Tansiq"));
    QCoreApplication::setApplicationName(QStringLiteral("Tansiq"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TANSIQ_VERSION));
    // The command line speaks English; the English catalogue gives its counted messages their
    // singular ("1 possible duplication found").
    QTranslator english;
    if (english.load(tansiq::i18n::catalogueResource(QStringLiteral("en"))))
        QCoreApplication::installTranslator(&english);

    QTextStream out(stdout);
    QTextStream err(stderr);

    // --db may stand anywhere; everything else after the command name is the command's.
    QStringList args = app.arguments().mid(1);
    QString databasePath
        = qEnvironmentVariable("TANSIQ_DB", tansiq::Workspace::defaultDatabasePath());
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--db") {
            if (i + 1 >= args.size()) {
                err << Cli::tr("error: --db needs a path") << '\n';
                return UsageError;
            }
            databasePath = args.at(i + 1);
            args.remove(i, 2);
            break;
        }
        if (args.at(i).startsWith(u"--db=")) {
            databasePath = args.at(i).mid(5);
            args.remove(i);
            break;
        }
    }
    if (args.isEmpty() || args.first() == u"--help" || args.first() == u"-h"
        || args.first() == u"help") {
        printUsage(out);
        return args.isEmpty() ? UsageError : Success;
    }
    if (args.first() == u"--version") {
        out << "tansiq-cli " << QCoreApplication::applicationVersion() << '\n';
        return Success;
    }
    for (const CliCommand& command : commands()) {
        if (args.first() == QLatin1String(command.name)) {
            CliContext context(databasePath, out, err);
            const int code = command.run(context, args);
            out.flush();
            err.flush();
            return code;
        }
    }
    err << Cli::tr("error: unknown command “%1”. Run “tansiq-cli --help” for the list.")
               .arg(args.first())
        << '\n';
    return UsageError;
}
