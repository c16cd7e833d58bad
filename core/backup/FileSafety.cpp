#include "FileSafety.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QStorageInfo>

#include <fcntl.h>
#include <unistd.h>

namespace tansiq::backup::files {

namespace {
bool syncPath(const QString& path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}
}  // namespace

bool syncFile(const QString& path)
{
    return syncPath(path, O_RDONLY);
}

bool syncFolder(const QString& folder)
{
    return syncPath(folder, O_RDONLY | O_DIRECTORY);
}

QString temporaryName(const QString& folder, const QString& stem, const QString& suffix)
{
    const QDir dir(folder);
    for (;;) {
        const QString name = QStringLiteral(".%1-%2.%3")
                                 .arg(stem)
                                 .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'))
                                 .arg(suffix);
        if (!QFile::exists(dir.filePath(name)))
            return dir.filePath(name);
    }
}

void removeDatabaseFiles(const QString& path)
{
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

qint64 freeBytes(const QString& folder)
{
    const QStorageInfo storage(folder);
    if (!storage.isValid() || !storage.isReady())
        return -1;
    return storage.bytesAvailable();
}

}  // namespace tansiq::backup::files
