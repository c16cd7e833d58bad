#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QFileDevice>
#include <QString>

#include <functional>
#include <memory>

namespace tansiq::sync {

struct OfficeKeys;

// Bundle files on sticks: written atomically, read without writing anything anywhere.
namespace bundlefile {

// Opens the device a file is written through. The default is a QSaveFile on the path: the bytes
// go to a temporary file next to it, are flushed to the device and renamed into place only when
// all of them were written, so a failure never leaves a partial bundle behind. Tests inject
// another device (a file on /dev/full) to make the kernel really refuse a write.
using DeviceFactory = std::function<std::unique_ptr<QFileDevice>(const QString& path)>;

// Writes `bytes` to `path`. A refusal names the problem: the folder is missing (stick removed),
// the medium is read-only, writing there is not allowed, the medium is full, a write failed.
// Without a factory, a missing folder, a read-only medium and too little free space are found
// before anything is written.
Status write(const QString& path, const QByteArray& bytes, const DeviceFactory& open = {});

// Reads a file opened read-only (a bundle on a write-protected stick imports fine).
Result<QByteArray> read(const QString& path, qint64 maxBytes);

// Reads `path` back and checks it is exactly `expected` and opens, verifies and parses with
// `keys` (the sender is always a recipient): what export-bundle does before it says the stick
// may be removed.
Status verifyWritten(const QString& path, const QByteArray& expected, const OfficeKeys& keys);

} // namespace bundlefile
} // namespace tansiq::sync
