#include "core/backup/BackupExport.h"

#include "core/backup/BackupCipher.h"
#include "core/backup/BackupErrors.h"
#include "core/backup/BackupStore.h"
#include "core/backup/FileSafety.h"
#include "core/storage/Database.h"
#include "core/sync/Roster.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>

namespace tansiq::backup {

namespace {

Status copyFile(const QString& from, const QString& out)
{
    const QString folder = QDir::toNativeSeparators(QFileInfo(out).absolutePath());
    if (!QFileInfo(QFileInfo(out).absolutePath()).isDir())
        return errors::folderUnwritable(folder,
            BackupErrors::tr("the folder does not exist (is the stick "
                             "plugged in?)"));
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return errors::cannotRead(from, in.errorString());
    const qint64 available = files::freeBytes(QFileInfo(out).absolutePath());
    if (available >= 0 && available < in.size() + 64 * 1024)
        return errors::diskFull(folder, in.size(), available);
    QSaveFile file(out);
    errno = 0;
    bool ok = file.open(QIODevice::WriteOnly);
    while (ok && !in.atEnd()) {
        const QByteArray chunk = in.read(1024 * 1024);
        ok = in.error() == QFileDevice::NoError && file.write(chunk) == chunk.size();
    }
    if (ok)
        ok = file.commit();
    if (!ok) {
        const int error = errno;
        const QString why = file.errorString();
        const bool full = error == ENOSPC || file.error() == QFileDevice::ResourceError;
        file.cancelWriting();
        return full ? errors::diskFull(folder, in.size(), -1) : errors::writeFailed(folder, why);
    }
    return success();
}

} // namespace

Result<BackupInfo> exportBackup(Database& db, BackupStore& store, const QString& out,
    const std::optional<QByteArray>& passphrase)
{
    if (passphrase) {
        sync::Roster roster(db);
        if (passphrase->isEmpty())
            return errors::wrongPassphrase(out);
        if (roster.hasOwnKeys() && !roster.unlock(*passphrase).ok()) {
            return Issue::error(QStringLiteral("backup-not-office-passphrase"),
                BackupErrors::tr("passphrase"), QString(),
                BackupErrors::tr("This is not the office passphrase (the one that unlocks "
                                 "this office's keys). The backup is encrypted only with "
                                 "it, so that the office can be restored with its keys. "
                                 "Nothing was written."));
        }
    }
    Result<BackupInfo> made = store.backUp(db, Reason::Manual);
    if (!made.ok())
        return made;
    const Status written = passphrase ? cipher::encryptFile(made->path, out, *passphrase)
                                      : copyFile(made->path, out);
    if (!written.ok())
        return written;
    BackupInfo info = made.value();
    info.path = out;
    info.size = QFileInfo(out).size();
    return info;
}

} // namespace tansiq::backup
