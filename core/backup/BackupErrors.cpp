#include "core/backup/BackupErrors.h"

#include <QCoreApplication>
#include <QDir>

namespace tansiq::backup::errors {

namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(qMax<qint64>(1, (bytes + 1024 * 1024 - 1) / (1024 * 1024)));
}

} // namespace

Issue diskFull(const QString& folder, qint64 needed, qint64 available)
{
    const QString message = available >= 0
        ? BackupErrors::tr(
            "There is not enough free space in “%1” for the backup (it needs about %2 MB, "
            "%3 MB are free). No backup was written: free some space and try again.")
              .arg(folder, megabytes(needed), megabytes(available))
        : BackupErrors::tr(
            "The disk holding “%1” is full. No backup was written (the partial file was "
            "removed): free some space and try again.")
              .arg(folder);
    return Issue::error(
        QStringLiteral("backup-disk-full"), BackupErrors::tr("backup folder"), folder, message);
}

Issue folderUnwritable(const QString& folder, const QString& why)
{
    return Issue::error(QStringLiteral("backup-folder"), BackupErrors::tr("backup folder"), folder,
        BackupErrors::tr("Cannot write in the backup folder “%1”: %2. No backup was written.")
            .arg(folder, why));
}

Issue writeFailed(const QString& folder, const QString& why)
{
    return Issue::error(QStringLiteral("backup-write-failed"), BackupErrors::tr("backup folder"),
        folder,
        BackupErrors::tr("Writing the backup in “%1” failed: %2. No backup was written (the "
                         "partial file was removed).")
            .arg(folder, why));
}

Issue readBackFailed(const QString& file, const QString& why)
{
    return Issue::error(QStringLiteral("backup-read-back"), BackupErrors::tr("backup"), file,
        BackupErrors::tr("The backup written to “%1” does not read back correctly (%2), so it "
                         "was removed. Try again, or on another disk.")
            .arg(file, why));
}

Issue notABackup(const QString& file)
{
    return Issue::error(QStringLiteral("backup-not-a-backup"), BackupErrors::tr("backup"), file,
        BackupErrors::tr("“%1” is not a Tansiq backup or database. Nothing was changed.")
            .arg(file));
}

Issue damaged(const QString& file, const QString& detail)
{
    return Issue::error(QStringLiteral("backup-damaged"), BackupErrors::tr("backup"), file,
        BackupErrors::tr("The backup “%1” is damaged (%2). Nothing was changed: choose another "
                         "backup.")
            .arg(file, detail));
}

Issue tooNew(const QString& file, int version, int latest)
{
    return Issue::error(QStringLiteral("backup-too-new"), BackupErrors::tr("schema version"),
        QString::number(version),
        BackupErrors::tr("The backup “%1” was made by a newer Tansiq (schema version %2; this "
                         "version knows up to %3). Update Tansiq to restore it. Nothing was "
                         "changed.")
            .arg(file, QString::number(version), QString::number(latest)));
}

Issue wrongPassphrase(const QString& file)
{
    return Issue::error(QStringLiteral("backup-wrong-passphrase"), BackupErrors::tr("passphrase"),
        file,
        BackupErrors::tr("Wrong passphrase, or the encrypted backup “%1” is damaged. Nothing was "
                         "changed.")
            .arg(file));
}

Issue cannotRead(const QString& file, const QString& why)
{
    return Issue::error(QStringLiteral("backup-cannot-read"), BackupErrors::tr("backup"), file,
        BackupErrors::tr("Cannot read “%1”: %2. Nothing was changed.").arg(file, why));
}

Issue safetyBackupFailed(Reason reason, const QString& why)
{
    return Issue::error(QStringLiteral("backup-safety-failed"), BackupErrors::tr("backup"),
        reasonLabel(reason),
        BackupErrors::tr("Tansiq keeps a backup %1 and could not make it, so nothing was "
                         "changed. %2")
            .arg(reasonLabel(reason), why));
}

Issue replaceFailed(const QString& database, const QString& why)
{
    return Issue::error(QStringLiteral("restore-replace-failed"), BackupErrors::tr("database"),
        database,
        BackupErrors::tr("Could not put the restored database in place at “%1”: %2. The "
                         "database is as it was before the restore.")
            .arg(database, why));
}

} // namespace tansiq::backup::errors
