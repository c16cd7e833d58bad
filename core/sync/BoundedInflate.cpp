#include "core/sync/BoundedInflate.h"

#include <zlib.h>

namespace tansiq::sync {

std::optional<QByteArray> inflateBounded(const QByteArray& zlibStream, qsizetype declaredSize)
{
    if (declaredSize < 0 || zlibStream.isEmpty() || zlibStream.size() > qsizetype(UINT_MAX)
        || declaredSize > qsizetype(UINT_MAX))
        return std::nullopt;
    QByteArray out(declaredSize, Qt::Uninitialized);
    z_stream stream {};
    if (inflateInit(&stream) != Z_OK)
        return std::nullopt;
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(zlibStream.constData()));
    stream.avail_in = uInt(zlibStream.size());
    // One spare byte past the declared size: a stream that fills it is longer than declared.
    char spare = 0;
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = uInt(declaredSize);
    int status = inflate(&stream, Z_FINISH);
    if (status == Z_BUF_ERROR && stream.avail_out == 0) {
        stream.next_out = reinterpret_cast<Bytef*>(&spare);
        stream.avail_out = 1;
        status = inflate(&stream, Z_FINISH);
        if (stream.avail_out == 0)
            status = Z_DATA_ERROR; // more than declared
    }
    const bool exact
        = status == Z_STREAM_END && stream.total_out == uLong(declaredSize) && stream.avail_in == 0;
    inflateEnd(&stream);
    if (!exact)
        return std::nullopt;
    return out;
}

} // namespace tansiq::sync
