#include "app/cli/CliContext.h"

#include "app/cli/CliCommand.h"

#include <QCoreApplication>

namespace tansiq::cli {

CliContext::CliContext(QString databasePath, QTextStream& out, QTextStream& err)
    : m_databasePath(std::move(databasePath)), m_out(out), m_err(err)
{
}

Workspace* CliContext::workspace(Workspace::Options options)
{
    if (m_workspace)
        return m_workspace.get();
    auto opened = Workspace::open(m_databasePath, m_clock, options);
    if (!opened.ok()) {
        report(opened.issues());
        return nullptr;
    }
    m_workspace = std::move(opened.value());
    return m_workspace.get();
}

void CliContext::report(const Issues& issues)
{
    for (const Issue& issue : issues) {
        m_err << (issue.isError() ? Cli::tr("error: ") : Cli::tr("warning: ")) << issue.toText()
              << '\n';
    }
    m_err.flush();
}

int CliContext::fail(const Issues& issues)
{
    report(issues);
    return Failure;
}

std::optional<int> CliContext::parse(
    QCommandLineParser& parser, const QStringList& args, const QString& description)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    if (!parser.parse(args)) {
        m_err << Cli::tr("error: ") << parser.errorText() << '\n'
              << Cli::tr("Run “tansiq-cli %1 --help” for the options.").arg(args.value(0)) << '\n';
        m_err.flush();
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        m_out.flush();
        return Success;
    }
    return std::nullopt;
}

} // namespace tansiq::cli
