#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace tansiq {

// How a text file was encoded, as detected from its bytes.
enum class TextEncoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Windows1256, Binary };

QString encodingName(TextEncoding encoding);

// Guesses the encoding: byte-order marks first, then NUL bytes (UTF-16 without a mark, or
// binary), then strict UTF-8, then Arabic Windows (cp1256) for text that is not UTF-8.
TextEncoding detectEncoding(const QByteArray& bytes);

struct DecodedText {
    QString text;
    TextEncoding encoding;
};

// Decodes a file's bytes. `allowLegacy` accepts UTF-16 and Windows-1256; without it only
// UTF-8 (with or without a byte-order mark) is accepted. Binary data is always refused.
// `what` names the file in messages.
Result<DecodedText> decodeText(const QByteArray& bytes, const QString& what, bool allowLegacy);

} // namespace tansiq
