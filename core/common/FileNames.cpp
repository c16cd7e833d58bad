#include "core/common/FileNames.h"

#include "core/common/WindowsApi.h"

#include <QDir>
#include <QFile>

namespace tansiq::native {

QByteArray sqliteFileName(const QString& path)
{
#ifdef Q_OS_WIN
    return path.toUtf8();
#else
    return QFile::encodeName(path);
#endif
}

QByteArray cRuntimeFileName(const QString& existingFolder, const QString& name)
{
#ifdef Q_OS_WIN
    const std::wstring longName = QDir::toNativeSeparators(existingFolder).toStdWString();
    const DWORD size = GetShortPathNameW(longName.c_str(), nullptr, 0);
    QString folder = existingFolder;
    if (size > 0) {
        std::wstring shortName(size, L'\0');
        const DWORD written = GetShortPathNameW(longName.c_str(), shortName.data(), size);
        if (written > 0 && written < size)
            folder = QString::fromWCharArray(shortName.c_str(), int(written));
    }
    return QDir::toNativeSeparators(QDir(folder).filePath(name)).toLocal8Bit();
#else
    return QFile::encodeName(QDir(existingFolder).filePath(name));
#endif
}

} // namespace tansiq::native
