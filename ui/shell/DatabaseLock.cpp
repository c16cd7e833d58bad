#include "ui/shell/DatabaseLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace tansiq::ui {

DatabaseLock::DatabaseLock(const QString& databasePath)
    : m_databasePath(databasePath), m_file(lockPathFor(databasePath))
{
    // Never stale by age (a coordinator may keep Tansiq open for weeks): only when the process
    // that wrote it is gone.
    m_file.setStaleLockTime(0);
}

DatabaseLock::~DatabaseLock()
{
    m_file.unlock();
}

QString DatabaseLock::lockPathFor(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".lock");
}

Result<std::unique_ptr<DatabaseLock>> DatabaseLock::acquire(const QString& databasePath)
{
    std::unique_ptr<DatabaseLock> lock(new DatabaseLock(databasePath));
    QDir().mkpath(QFileInfo(databasePath).absolutePath());
    if (lock->m_file.tryLock(0))
        return lock;
    const QString file = QDir::toNativeSeparators(QFileInfo(databasePath).absoluteFilePath());
    if (lock->m_file.error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString application;
        lock->m_file.getLockInfo(&pid, &host, &application);
        return Issue::error(QStringLiteral("database-in-use"), tr("database"), databasePath,
            tr("“%1” is already open in another Tansiq window (process %2). Work in that window, "
               "or "
               "close it and open the file again: two windows writing the same registry would undo "
               "each other's work.")
                .arg(file, QString::number(pid)));
    }
    return Issue::error(QStringLiteral("database-lock"), tr("database"), databasePath,
        tr("“%1” cannot be opened for writing: its folder does not allow Tansiq to "
           "create the lock file “%2”. Copy the file to a folder you can write to.")
            .arg(file, QDir::toNativeSeparators(lockPathFor(databasePath))));
}

} // namespace tansiq::ui
