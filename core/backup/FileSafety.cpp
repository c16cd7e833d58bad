#include "core/backup/FileSafety.h"

#include "core/common/WindowsApi.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStorageInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>

#ifndef Q_OS_WIN
#include <fcntl.h>
#include <unistd.h>
#endif

namespace tansiq::backup::files {

#ifdef Q_OS_WIN
namespace {
std::wstring wide(const QString& path)
{
    return QDir::toNativeSeparators(path).toStdWString();
}

QString lastErrorText()
{
    wchar_t* text = nullptr;
    FormatMessageW(
        FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS,
        nullptr, GetLastError(), 0, reinterpret_cast<wchar_t*>(&text), 0, nullptr);
    const QString message = text ? QString::fromWCharArray(text).trimmed() : QString();
    LocalFree(text);
    return message;
}
} // namespace

// FlushFileBuffers needs a handle opened for writing.
bool syncFile(const QString& path)
{
    const HANDLE file = CreateFileW(wide(path).c_str(), GENERIC_WRITE,
        FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_EXISTING,
        FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE)
        return false;
    const bool ok = FlushFileBuffers(file) != 0;
    CloseHandle(file);
    return ok;
}

// NTFS journals a rename itself, and a folder cannot be flushed without administrator
// rights: replaceFile asks for write-through instead.
bool syncFolder(const QString& folder)
{
    return QFileInfo(folder).isDir();
}

bool replaceFile(const QString& from, const QString& to, QString* why)
{
    if (MoveFileExW(wide(from).c_str(), wide(to).c_str(),
            MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return true;
    if (why)
        *why = lastErrorText();
    return false;
}
#else
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
} // namespace

bool syncFile(const QString& path)
{
    return syncPath(path, O_RDONLY);
}

bool syncFolder(const QString& folder)
{
    return syncPath(folder, O_RDONLY | O_DIRECTORY);
}

bool replaceFile(const QString& from, const QString& to, QString* why)
{
    errno = 0;
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
    if (why)
        *why = QString::fromLocal8Bit(std::strerror(errno));
    return false;
}
#endif

QString temporaryName(const QString& folder, const QString& stem, const QString& suffix)
{
    const QDir dir(folder);
    for (;;) {
        const QString name
            = QStringLiteral(".%1-%2.%3")
                  .arg(stem)
                  .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'))
                  .arg(suffix);
        if (!QFile::exists(dir.filePath(name)))
            return dir.filePath(name);
    }
}

void removeDatabaseFiles(const QString& path)
{
    for (const char* suffix : { "", "-journal", "-wal", "-shm" })
        QFile::remove(path + QLatin1String(suffix));
}

qint64 freeBytes(const QString& folder)
{
    const QStorageInfo storage(folder);
    if (!storage.isValid() || !storage.isReady())
        return -1;
    return storage.bytesAvailable();
}

} // namespace tansiq::backup::files
