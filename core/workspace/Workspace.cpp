#include "core/workspace/Workspace.h"

#include "core/backup/BackupStore.h"
#include "core/gazetteer/GazetteerImporter.h"
#include "core/registry/Registry.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace tansiq {

Workspace::Workspace(
    std::unique_ptr<Database> db, std::unique_ptr<Registry> registry, const Clock& clock)
    : m_db(std::move(db)), m_registry(std::move(registry)), m_clock(clock)
{
}

Workspace::~Workspace()
{
    m_registry.reset(); // the registry's statements go before the connection
    m_db.reset();
}

QString Workspace::defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("tansiq.db"));
}

Result<std::unique_ptr<Workspace>> Workspace::open(
    const QString& path, const Clock& clock, Options options)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        if (!options.createIfMissing) {
            return Issue::error(QStringLiteral("no-database"), QString(), path,
                QCoreApplication::translate("tansiq::Workspace", "There is no database at “%1”.")
                    .arg(path));
        }
        QDir().mkpath(info.absolutePath());
    }
    Database::SafetyBackup safety;
    if (options.safetyBackups) {
        const QString root = options.backupRoot.isEmpty() ? backup::BackupStore::defaultRoot()
                                                          : options.backupRoot;
        safety
            = backup::BackupStore::safetyHook(std::make_shared<backup::BackupStore>(root, clock));
    }
    auto db = Database::open(path, std::move(safety));
    if (!db.ok())
        return db;
    auto registry = Registry::attach(*db.value(), clock);
    if (!registry.ok())
        return registry;
    std::unique_ptr<Workspace> workspace(
        new Workspace(std::move(db.value()), std::move(registry.value()), clock));
    if (options.seedGazetteer && workspace->registry().reference().adminUnits(1).isEmpty()) {
        GazetteerImporter importer(workspace->database(), workspace->registry().reference(),
            workspace->registry().writer());
        const auto seeded = importer.importBundled();
        if (!seeded.ok())
            return seeded;
    }
    return workspace;
}

} // namespace tansiq
