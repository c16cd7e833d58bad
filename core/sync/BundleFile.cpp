#include "core/sync/BundleFile.h"

#include "core/sync/Batch.h"
#include "core/sync/Envelope.h"
#include "core/sync/Manifest.h"
#include "core/sync/OfficeKeys.h"
#include "core/sync/SyncErrors.h"
#include "core/sync/SyncLimits.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

#include <cerrno>

namespace tansiq::sync::bundlefile {

namespace {

// Room for the file system's own bookkeeping beyond the bundle's bytes.
constexpr qint64 kSlackBytes = 64 * 1024;

Issue classify(
    int error, const QFileDevice& device, const QString& path, const QString& folder, qint64 size)
{
    switch (error) {
    case ENOENT:
    case ENOTDIR:
        // A folder that exists but where no file can be created (/proc, some devices).
        if (QFileInfo(folder).isDir())
            return errors::noPermission(path, folder);
        return errors::folderMissing(path, folder);
    case EROFS:
        return errors::mediumReadOnly(path, folder);
    case EACCES:
    case EPERM:
        return errors::noPermission(path, folder);
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
        return errors::diskFull(path, size, -1);
    default:
        break;
    }
    // Qt reports "no space" as a resource error; other systems give no errno.
    if (device.error() == QFileDevice::ResourceError)
        return errors::diskFull(path, size, -1);
    return errors::writeFailed(path, device.errorString());
}

} // namespace

Status write(const QString& path, const QByteArray& bytes, const DeviceFactory& open)
{
    const QFileInfo target(path);
    const QString folder = QDir::toNativeSeparators(target.absolutePath());
    if (!open) {
        if (!QFileInfo(target.absolutePath()).isDir())
            return errors::folderMissing(path, folder);
        const QStorageInfo storage(target.absolutePath());
        if (storage.isValid() && storage.isReady() && storage.isReadOnly())
            return errors::mediumReadOnly(path, folder);
    }
    std::unique_ptr<QFileDevice> device
        = open ? open(path) : std::unique_ptr<QFileDevice>(std::make_unique<QSaveFile>(path));
    errno = 0;
    if (!device->open(QIODevice::WriteOnly))
        return classify(errno, *device, path, folder, bytes.size());
    if (!open) {
        // Once the file could be created (pseudo file systems report no free space at all),
        // a stick without room for the whole bundle is refused before writing a byte.
        const QStorageInfo storage(target.absolutePath());
        const qint64 available = storage.isValid() ? storage.bytesAvailable() : -1;
        if (available >= 0 && available < bytes.size() + kSlackBytes) {
            if (auto* save = qobject_cast<QSaveFile*>(device.get()))
                save->cancelWriting();
            return errors::diskFull(path, bytes.size(), available);
        }
    }
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 n = device->write(bytes.constData() + written, bytes.size() - written);
        if (n <= 0)
            break;
        written += n;
    }
    bool ok = written == bytes.size() && device->flush();
    int error = errno;
    if (ok) {
        // QSaveFile: fsync, then rename over the target; a plain device: close.
        if (auto* save = qobject_cast<QSaveFile*>(device.get())) {
            errno = 0;
            ok = save->commit();
        } else {
            device->close();
            ok = device->error() == QFileDevice::NoError;
        }
        error = errno;
    }
    if (!ok) {
        const Issue issue = classify(error, *device, path, folder, bytes.size());
        if (auto* save = qobject_cast<QSaveFile*>(device.get()))
            save->cancelWriting(); // the temporary file goes, the target is untouched
        return issue;
    }
    return success();
}

Result<QByteArray> read(const QString& path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return errors::fileError(path, file.errorString());
    if (file.size() > maxBytes)
        return errors::fileError(
            path, QCoreApplication::translate("tansiq::sync", "the file is too large"));
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return errors::fileError(path, file.errorString());
    return bytes;
}

Status verifyWritten(const QString& path, const QByteArray& expected, const OfficeKeys& keys)
{
    const Result<QByteArray> written = read(path, limits::kMaxBundleBytes);
    bool verified = written.ok() && written.value() == expected;
    if (verified) {
        const Result<QByteArray> plain = envelope::open(written.value(), keys, nullptr);
        const Result<BundleContent> content
            = plain.ok() ? manifest::parse(plain.value()) : Result<BundleContent>(plain);
        verified = content.ok() && manifest::verify(content.value(), keys.signPublic);
        for (qsizetype i = 0; verified && i < content->batches.size(); ++i)
            verified = batch::parse(content->batches.at(i)).ok();
    }
    if (verified)
        return success();
    if (written.ok())
        QFile::remove(path); // a file that does not read back must not travel
    return Issue::error(QStringLiteral("bundle-read-back"),
        QCoreApplication::translate("tansiq::sync", "bundle"), path,
        QCoreApplication::translate("tansiq::sync",
            "The bundle written to “%1” does not read back "
            "correctly (a faulty or full stick?). Export "
            "again to another stick.")
            .arg(path));
}

} // namespace tansiq::sync::bundlefile
