#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

namespace tansiq::interop {

// A read-only zip archive held in memory (libzip), as an XLSX workbook is. Entries larger
// than kMaxEntryBytes once inflated are refused (a zip bomb or not a spreadsheet).
class ZipArchive {
    Q_DECLARE_TR_FUNCTIONS(tansiq::interop::ZipArchive)

public:
    static constexpr qint64 kMaxEntryBytes = 512LL * 1024 * 1024;

    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    // `what` names the file in messages. The bytes must outlive the archive.
    static Result<std::unique_ptr<ZipArchive>> open(const QByteArray& bytes, const QString& what);

    bool contains(const QString& name) const;
    Result<QByteArray> read(const QString& name) const;
    // Inflates `name` piece by piece (the worksheet of a 100,000-row workbook is hundreds of
    // MB of XML); stops early when `consume` returns a failure, and returns it.
    Status readChunks(
        const QString& name, const std::function<Status(const QByteArray&)>& consume) const;

private:
    struct Handle;
    explicit ZipArchive(std::unique_ptr<Handle> handle, QString what);

    std::unique_ptr<Handle> m_handle;
    QString m_what;
};

} // namespace tansiq::interop
