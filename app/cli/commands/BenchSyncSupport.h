#pragma once

#include "app/cli/CliContext.h"
#include "core/sync/OfficeKeys.h"
#include "core/workspace/Workspace.h"

#include <QList>

#include <memory>
#include <optional>

namespace tansiq {
class Database;
}

namespace tansiq::cli::benchsync {

// An office of the benchmarks: its database (safety backups into `backups`, as the application
// makes them before every import) and fresh keys.
struct Office {
    std::unique_ptr<Workspace> workspace;
    sync::OfficeKeys keys;
};

std::optional<Office> openOffice(CliContext& context, const QString& path, const QString& backups);
// The same office's database opened again (a copy of it), with its keys.
std::optional<Office> reopen(
    CliContext& context, const QString& path, const QString& backups, const sync::OfficeKeys& keys);
// The baseline: the same rows, inserted with plain INSERTs in one transaction (ms).
qint64 copyRows(Database& from, Database& to);
qint64 median(QList<qint64> values);

} // namespace tansiq::cli::benchsync
