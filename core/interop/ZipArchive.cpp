#include "core/interop/ZipArchive.h"

#include <QCoreApplication>

#include <zip.h>

namespace tansiq::interop {

namespace {
Issue damaged(const QString& what, const QString& detail)
{
    return Issue::error(QStringLiteral("damaged-workbook"), what, detail,
        ZipArchive::tr("“%1” is not a readable XLSX workbook (%2). It may be truncated: "
                       "copy it again or save it from Excel once more.")
            .arg(what, detail));
}
} // namespace

struct ZipArchive::Handle {
    zip_t* archive = nullptr;
    ~Handle()
    {
        if (archive)
            zip_discard(archive);
    }
};

ZipArchive::ZipArchive(std::unique_ptr<Handle> handle, QString what)
    : m_handle(std::move(handle)), m_what(std::move(what))
{
}

ZipArchive::~ZipArchive() = default;

Result<std::unique_ptr<ZipArchive>> ZipArchive::open(const QByteArray& bytes, const QString& what)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source
        = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
    if (!source) {
        const QString detail = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return damaged(what, detail);
    }
    zip_t* archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!archive) {
        const QString detail = QString::fromUtf8(zip_error_strerror(&error));
        zip_source_free(source);
        zip_error_fini(&error);
        return damaged(what, detail);
    }
    zip_error_fini(&error);
    auto handle = std::make_unique<Handle>();
    handle->archive = archive;
    return std::unique_ptr<ZipArchive>(new ZipArchive(std::move(handle), what));
}

bool ZipArchive::contains(const QString& name) const
{
    return zip_name_locate(m_handle->archive, name.toUtf8().constData(), 0) >= 0;
}

Result<QByteArray> ZipArchive::read(const QString& name) const
{
    const QByteArray utf8 = name.toUtf8();
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(m_handle->archive, utf8.constData(), 0, &stat) != 0
        || !(stat.valid & ZIP_STAT_SIZE)) {
        return damaged(m_what, tr("part %1 is missing").arg(name));
    }
    if (stat.size > zip_uint64_t(kMaxEntryBytes))
        return damaged(m_what, tr("part %1 is too large").arg(name));
    zip_file_t* file = zip_fopen(m_handle->archive, utf8.constData(), 0);
    if (!file)
        return damaged(m_what, QString::fromUtf8(zip_strerror(m_handle->archive)));
    QByteArray data(qsizetype(stat.size), Qt::Uninitialized);
    qsizetype done = 0;
    while (done < data.size()) {
        const zip_int64_t n = zip_fread(file, data.data() + done, zip_uint64_t(data.size() - done));
        if (n <= 0)
            break;
        done += qsizetype(n);
    }
    const bool failed = done != data.size();
    const QString detail = failed ? QString::fromUtf8(zip_file_strerror(file)) : QString();
    zip_fclose(file);
    if (failed)
        return damaged(m_what, tr("part %1 cannot be inflated: %2").arg(name, detail));
    return data;
}

} // namespace tansiq::interop

namespace tansiq::interop {

Status ZipArchive::readChunks(
    const QString& name, const std::function<Status(const QByteArray&)>& consume) const
{
    const QByteArray utf8 = name.toUtf8();
    zip_file_t* file = zip_fopen(m_handle->archive, utf8.constData(), 0);
    if (!file)
        return damaged(m_what, tr("part %1 is missing").arg(name));
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    qint64 total = 0;
    Status status = success();
    for (;;) {
        const zip_int64_t n = zip_fread(file, chunk.data(), zip_uint64_t(chunk.size()));
        if (n < 0) {
            status = damaged(m_what,
                tr("part %1 cannot be inflated: %2")
                    .arg(name, QString::fromUtf8(zip_file_strerror(file))));
            break;
        }
        if (n == 0)
            break;
        total += n;
        if (total > kMaxEntryBytes) {
            status = damaged(m_what, tr("part %1 is too large").arg(name));
            break;
        }
        status = consume(QByteArray::fromRawData(chunk.constData(), qsizetype(n)));
        if (!status.ok())
            break;
    }
    zip_fclose(file);
    return status;
}

} // namespace tansiq::interop
