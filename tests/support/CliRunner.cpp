#include "CliRunner.h"

#include <QProcess>

namespace tansiq::test {

CliRun runCli(const QStringList& args, int timeoutMs)
{
    QProcess process;
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

}  // namespace tansiq::test
