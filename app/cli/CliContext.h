#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/workspace/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <memory>
#include <optional>

namespace tansiq::cli {

// The messages of tansiq-cli, in the tansiq::cli translation context: `Cli::tr("...")`.
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(tansiq::cli)
};

// What every subcommand gets: the database path (from --db or the default), the output
// streams, a clock, and the workspace opened on demand.
class CliContext {
public:
    CliContext(QString databasePath, QTextStream& out, QTextStream& err);

    const QString& databasePath() const { return m_databasePath; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    const Clock& clock() const { return m_clock; }

    // Opens (creating when allowed) the workspace; reports failures on stderr.
    Workspace* workspace(Workspace::Options options = {});

    // Prints issues to stderr, one per line, errors and warnings marked.
    void report(const Issues& issues);
    // Parses `args` with `parser` (adding --help). Returns nothing when the command should go
    // on, or the exit code to stop with (0 after --help, UsageError after a bad option).
    std::optional<int> parse(
        QCommandLineParser& parser, const QStringList& args, const QString& description);
    int fail(const Issues& issues);

private:
    QString m_databasePath;
    QTextStream& m_out;
    QTextStream& m_err;
    SystemClock m_clock;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace tansiq::cli
