#include "tests/support/CliRunner.h"

#include <QProcess>
#include <QTemporaryDir>

namespace tansiq::test {

CliRun runCli(const QStringList& args, int timeoutMs, const QStringList& environment)
{
    static QTemporaryDir profile;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), profile.path());
    for (const QString& entry : environment)
        env.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(env);
    process.setProgram(QStringLiteral(TANSIQ_CLI_PATH));
    process.setArguments(args);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start();
    CliRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("(timed out)");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace tansiq::test
