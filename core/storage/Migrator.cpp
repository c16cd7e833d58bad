#include "core/storage/Migrator.h"

#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>

namespace tansiq {

Status Migrator::migrateToLatest()
{
    return migrateTo(latestSchemaVersion());
}

Status Migrator::migrateTo(int target)
{
    const int current = m_db.schemaVersion();
    if (current > latestSchemaVersion()) {
        return Issue::error(QStringLiteral("schema-too-new"), tr("schema version"),
            QString::number(current),
            tr("This database was written by a newer Tansiq (schema version %1; "
               "this version knows up to %2). Please update Tansiq.")
                .arg(current)
                .arg(latestSchemaVersion()));
    }
    // An existing database is copied before its first upgrade step (an empty one has nothing
    // to lose).
    bool upgrades = false;
    for (const Migration& step : migrations())
        upgrades = upgrades || (step.version > current && step.version <= target);
    if (upgrades && current > 0) {
        const Status kept = m_db.beforeRiskyChange(RiskyChange::Migration);
        if (!kept.ok())
            return kept;
    }
    for (const Migration& step : migrations()) {
        if (step.version <= current || step.version > target)
            continue;
        QFile file(step.sqlResource);
        if (!file.open(QIODevice::ReadOnly)) {
            return Issue::error(QStringLiteral("migration-missing"), tr("schema version"),
                QString::number(step.version),
                tr("The upgrade script for schema version %1 is missing from "
                   "this build.")
                    .arg(step.version));
        }
        Transaction tx(m_db);
        if (!tx.begun().ok())
            return tx.begun();
        const Status applied = m_db.execScript(
            file.readAll() + "\nPRAGMA user_version = " + QByteArray::number(step.version) + ";");
        if (!applied.ok()) {
            return Issue::error(QStringLiteral("migration-failed"), tr("schema version"),
                QString::number(step.version),
                tr("Upgrading the database to schema version %1 failed: %2")
                    .arg(step.version)
                    .arg(applied.errorText()));
        }
        const Status committed = tx.commit();
        if (!committed.ok())
            return committed;
    }
    return success();
}

} // namespace tansiq
