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
// Its per-user folders (XDG_DATA_HOME: default database, backups) are in a temporary folder of
// this test process, never the real profile; `environment` adds or overrides "NAME=value"s.
CliRun runCli(const QStringList& args, int timeoutMs = 120000, const QStringList& environment = {});

} // namespace tansiq::test
