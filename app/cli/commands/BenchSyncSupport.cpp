#include "app/cli/commands/BenchSyncSupport.h"

#include "core/registry/Registry.h"
#include "core/registry/TableSpec.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QDir>
#include <QElapsedTimer>

#include <algorithm>

namespace tansiq::cli::benchsync {

std::optional<Office> reopen(
    CliContext& context, const QString& path, const QString& backups, const sync::OfficeKeys& keys)
{
    Workspace::Options options;
    options.backupRoot = QDir(backups).filePath(QStringLiteral("backups"));
    auto opened = Workspace::open(path, context.clock(), options);
    if (!opened.ok()) {
        context.report(opened.issues());
        return std::nullopt;
    }
    Office office;
    office.workspace = std::move(opened.value());
    office.keys = keys;
    return office;
}

std::optional<Office> openOffice(CliContext& context, const QString& path, const QString& backups)
{
    auto office = reopen(context, path, backups, {});
    if (office)
        office->keys = sync::OfficeKeys::generate(office->workspace->registry().office().officeId);
    return office;
}

qint64 copyRows(Database& from, Database& to)
{
    QElapsedTimer timer;
    timer.start();
    Transaction tx(to);
    for (const TableSpec* spec : tables::all()) {
        QByteArray columns = "id, origin_office, created_at, updated_at, deleted";
        QByteArray marks = "?, ?, ?, ?, ?";
        for (const char* column : spec->columns) {
            columns += QByteArray(", ") + column;
            marks += ", ?";
        }
        Statement select(from.handle(), "SELECT " + columns + " FROM " + spec->name);
        Statement insert(to.handle(),
            "INSERT OR IGNORE INTO " + QByteArray(spec->name) + " (" + columns + ") VALUES ("
                + marks + ")");
        const int count = 5 + int(spec->columns.size());
        while (select.step() == Statement::Step::Row) {
            for (int c = 0; c < count; ++c)
                insert.bind(c + 1, select.value(c));
            (void)insert.run();
        }
    }
    (void)tx.commit();
    return timer.elapsed();
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace tansiq::cli::benchsync
