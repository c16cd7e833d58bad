#pragma once

#include <QString>
#include <QStringList>

namespace tansiq::test {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the built tansiq-cli with `args` (no terminal, no standard input) and waits for it.
CliRun runCli(const QStringList& args, int timeoutMs = 120000);

}  // namespace tansiq::test
