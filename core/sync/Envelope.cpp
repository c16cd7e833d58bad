#include "core/sync/Envelope.h"

#include "core/sync/OfficeKeys.h"
#include "core/sync/SyncErrors.h"
#include "core/sync/SyncLimits.h"

#include <cstring>
#include <sodium.h>

namespace tansiq::sync::envelope {

namespace {
constexpr int kKeyId = 8;
constexpr int kSealed = crypto_secretstream_xchacha20poly1305_KEYBYTES + crypto_box_SEALBYTES;
constexpr int kFixed = 12;
constexpr int kStreamHeader = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr int kCipherChunk = limits::kChunkBytes + crypto_secretstream_xchacha20poly1305_ABYTES;

const unsigned char* u(const QByteArray& bytes, qsizetype at = 0)
{
    return reinterpret_cast<const unsigned char*>(bytes.constData()) + at;
}
} // namespace

QByteArray keyId(const QByteArray& boxPublic)
{
    return crypto::hash(boxPublic, 16).left(kKeyId);
}

Result<QByteArray> seal(const QByteArray& plaintext, const QList<QByteArray>& recipients)
{
    crypto::init();
    if (recipients.isEmpty() || recipients.size() > limits::kMaxRecipients)
        return errors::damaged(QStringLiteral("recipients"));
    unsigned char key[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    crypto_secretstream_xchacha20poly1305_keygen(key);
    QByteArray header(kMagic, 8);
    header.append(char(kVersion)); // 2: recipient entries without key ids
    header.append(char(0)); // flags
    header.append(char(recipients.size()));
    header.append(char(0));
    for (const QByteArray& recipient : recipients) {
        QByteArray sealed(kSealed, Qt::Uninitialized);
        crypto_box_seal(
            reinterpret_cast<unsigned char*>(sealed.data()), key, sizeof key, u(recipient));
        header += sealed;
    }
    crypto_secretstream_xchacha20poly1305_state state;
    QByteArray streamHeader(kStreamHeader, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_init_push(
        &state, reinterpret_cast<unsigned char*>(streamHeader.data()), key);
    sodium_memzero(key, sizeof key);
    header += streamHeader;
    QByteArray out = header;
    const qsizetype chunks
        = qMax<qsizetype>(1, (plaintext.size() + limits::kChunkBytes - 1) / limits::kChunkBytes);
    out.reserve(
        out.size() + plaintext.size() + chunks * crypto_secretstream_xchacha20poly1305_ABYTES);
    for (qsizetype i = 0; i < chunks; ++i) {
        const qsizetype at = i * limits::kChunkBytes;
        const qsizetype length = qMin<qsizetype>(limits::kChunkBytes, plaintext.size() - at);
        const bool last = i == chunks - 1;
        const qsizetype offset = out.size();
        out.resize(offset + length + crypto_secretstream_xchacha20poly1305_ABYTES);
        crypto_secretstream_xchacha20poly1305_push(&state,
            reinterpret_cast<unsigned char*>(out.data()) + offset, nullptr, u(plaintext, at),
            quint64(length), i == 0 ? u(header) : nullptr, i == 0 ? quint64(header.size()) : 0,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
    }
    return out;
}

Result<QByteArray> open(const QByteArray& file, const OfficeKeys& keys, QByteArray* headerOut)
{
    crypto::init();
    if (file.size() < 8 || std::memcmp(file.constData(), kMagic, 8) != 0)
        return errors::notABundle(QString());
    if (file.size() < kFixed)
        return errors::damaged(QStringLiteral("header"));
    const quint8 version = quint8(file.at(8));
    if (version > kVersion)
        return errors::needsNewer(QStringLiteral("file format %1").arg(version));
    // Version 1 named each recipient by a key id (stable, so it told who a lost bundle was
    // for and from); version 2 names none, and a reader tries each sealed key (at most 8).
    // Both are read (docs/decisions/0051).
    const int idBytes = version == 1 ? kKeyId : 0;
    if (version == 0 || file.at(9) != 0 || file.at(11) != 0)
        return errors::damaged(QStringLiteral("header flags"));
    const int count = quint8(file.at(10));
    if (count < 1 || count > limits::kMaxRecipients)
        return errors::damaged(QStringLiteral("recipient count"));
    const qsizetype headerSize = kFixed + qsizetype(count) * (idBytes + kSealed) + kStreamHeader;
    if (file.size() < headerSize + crypto_secretstream_xchacha20poly1305_ABYTES)
        return errors::damaged(QStringLiteral("truncated header"));
    const QByteArray header = file.left(headerSize);
    const QByteArray myId = keyId(keys.boxPublic);
    unsigned char key[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    bool unsealed = false;
    for (int i = 0; i < count && !unsealed; ++i) {
        const qsizetype at = kFixed + qsizetype(i) * (idBytes + kSealed);
        if (idBytes > 0 && header.mid(at, kKeyId) != myId)
            continue;
        unsealed = crypto_box_seal_open(
                       key, u(header, at + idBytes), kSealed, u(keys.boxPublic), u(keys.boxSecret))
            == 0;
        if (!unsealed && idBytes > 0)
            return errors::damaged(QStringLiteral("sealed key"));
    }
    if (!unsealed)
        return errors::notForThisOffice();
    crypto_secretstream_xchacha20poly1305_state state;
    const int initialised = crypto_secretstream_xchacha20poly1305_init_pull(
        &state, u(header, headerSize - kStreamHeader), key);
    sodium_memzero(key, sizeof key);
    if (initialised != 0)
        return errors::damaged(QStringLiteral("stream header"));
    QByteArray plain;
    plain.reserve(file.size() - headerSize);
    qsizetype at = headerSize;
    bool final = false;
    bool first = true;
    while (at < file.size()) {
        if (final)
            return errors::damaged(QStringLiteral("bytes after the end"));
        const qsizetype length = qMin<qsizetype>(kCipherChunk, file.size() - at);
        if (length < crypto_secretstream_xchacha20poly1305_ABYTES)
            return errors::damaged(QStringLiteral("truncated chunk"));
        const qsizetype offset = plain.size();
        plain.resize(offset + length - crypto_secretstream_xchacha20poly1305_ABYTES);
        unsigned long long written = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&state,
                reinterpret_cast<unsigned char*>(plain.data()) + offset, &written, &tag,
                u(file, at), quint64(length), first ? u(header) : nullptr,
                first ? quint64(header.size()) : 0)
            != 0)
            return errors::damaged(
                QStringLiteral("chunk %1").arg((at - headerSize) / kCipherChunk));
        first = false;
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL)
            final = true;
        else if (length < kCipherChunk)
            return errors::damaged(QStringLiteral("truncated"));
        at += length;
        if (plain.size() > limits::kMaxPlaintextBytes)
            return errors::damaged(QStringLiteral("too large"));
    }
    if (!final)
        return errors::damaged(QStringLiteral("truncated: the final chunk is missing"));
    if (headerOut)
        *headerOut = header;
    return plain;
}

} // namespace tansiq::sync::envelope
