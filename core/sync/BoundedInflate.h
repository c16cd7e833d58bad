#pragma once

#include <QByteArray>

#include <optional>

namespace tansiq::sync {

// Inflates a zlib stream (the body of qCompress output, without its 4-byte size prefix) into
// exactly `declaredSize` bytes, streaming into a buffer of that size: a stream that would
// produce more stops there, one that produces fewer or is malformed fails. Unlike qUncompress
// (which treats the size as a hint and checks nothing until it has inflated everything), a
// decompression bomb never costs more than the size its sender declared.
std::optional<QByteArray> inflateBounded(const QByteArray& zlibStream, qsizetype declaredSize);

} // namespace tansiq::sync
