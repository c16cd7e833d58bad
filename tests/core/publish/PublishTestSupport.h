#pragma once

#include "tests/core/publish/PgServer.h"
#include "tests/support/TestWorkspace.h"

#include <QString>
#include <QStringList>

namespace tansiq::test {

// The suite's PostgreSQL server (started once, stopped at exit); null when the server
// programs are not installed.
PgServer* sharedServer();
QString missingServerMessage();

// A small deterministic demo registry (the same one on every run).
void fillDemo(TestWorkspace& ws, qint64 activities, int projects = 40);

// The registry's live records of a table and the target's rows, as comparable sorted lines.
QStringList registryLines(Workspace& ws, const QString& table);
QStringList targetLines(PgServer& server, const QString& database, const QString& table);

} // namespace tansiq::test
