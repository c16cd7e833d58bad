#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tansiq::cli {

class CliContext;

// Exit codes of tansiq-cli.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

// One subcommand: its name, a one-line summary (translated at display) and its entry point.
// `args` holds the command name followed by its own arguments (as QCommandLineParser wants).
// Commands that paint (PDF bulletins) run under a QGuiApplication on the offscreen platform,
// so they need no display; the others keep a plain QCoreApplication.
struct CliCommand {
    const char* name;
    const char* summary; // marked with QT_TRANSLATE_NOOP("tansiq::cli", ...)
    int (*run)(CliContext& context, const QStringList& args);
    bool paints = false;
};

// The command named on a command line (argv without the program), skipping --db PATH.
QString commandName(const QStringList& arguments);
const CliCommand* findCommand(const QString& name);

const QList<CliCommand>& commands();

} // namespace tansiq::cli
