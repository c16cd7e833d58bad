#include "core/backup/BackupCipher.h"

#include "core/backup/BackupErrors.h"
#include "core/backup/FileSafety.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>

#include <cerrno>
#include <cstring>
#include <functional>
#include <sodium.h>

namespace tansiq::backup::cipher {

namespace {

constexpr qint64 kChunk = 64 * 1024;
constexpr qint64 kCipherChunk = kChunk + crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr quint8 kAlgorithmArgon2id13 = 2;
constexpr int kSalt = crypto_pwhash_SALTBYTES;
constexpr int kStreamHeader = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
// magic | version | algorithm | opslimit (u64 LE) | memlimit (u64 LE) | salt | stream header
constexpr int kHeader = 8 + 1 + 1 + 8 + 8 + kSalt + kStreamHeader;

const unsigned char* u(const QByteArray& bytes, qsizetype at = 0)
{
    return reinterpret_cast<const unsigned char*>(bytes.constData()) + at;
}
unsigned char* u(QByteArray& bytes, qsizetype at = 0)
{
    return reinterpret_cast<unsigned char*>(bytes.data()) + at;
}

// Key material wiped when it goes out of scope.
struct Key {
    unsigned char bytes[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    ~Key() { sodium_memzero(bytes, sizeof bytes); }
};

bool derive(
    Key& key, const QByteArray& passphrase, const QByteArray& salt, quint64 ops, quint64 mem)
{
    return crypto_pwhash(key.bytes, sizeof key.bytes, passphrase.constData(),
               quint64(passphrase.size()), u(salt), ops, size_t(mem), crypto_pwhash_ALG_ARGON2ID13)
        == 0;
}

QString folderOf(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absolutePath());
}

Issue writeIssue(int error, const QFileDevice& device, const QString& out, qint64 size)
{
    if (error == ENOSPC || device.error() == QFileDevice::ResourceError)
        return errors::diskFull(folderOf(out), size, -1);
    if (error == EROFS || error == EACCES || error == EPERM || error == ENOENT)
        return errors::folderUnwritable(
            folderOf(out), QString::fromLocal8Bit(std::strerror(error)));
    return errors::writeFailed(folderOf(out), device.errorString());
}

// Reads and decrypts `in` chunk by chunk; `sink` receives each plaintext chunk (the first
// before any other work). Returns false on any authentication or framing failure.
Status decryptStream(QFile& in, const QByteArray& passphrase, const QString& shownPath,
    const std::function<bool(const QByteArray&)>& sink)
{
    const QByteArray header = in.read(kHeader);
    if (header.size() < 8 || std::memcmp(header.constData(), kMagic, 8) != 0)
        return errors::notABackup(shownPath);
    if (quint8(header.at(8)) > kVersion)
        return errors::tooNew(shownPath, quint8(header.at(8)), kVersion);
    if (header.size() < kHeader || quint8(header.at(8)) != kVersion
        || quint8(header.at(9)) != kAlgorithmArgon2id13)
        return errors::damaged(shownPath, BackupErrors::tr("the header is incomplete"));
    const quint64 ops = qFromLittleEndian<quint64>(header.constData() + 10);
    const quint64 mem = qFromLittleEndian<quint64>(header.constData() + 18);
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > crypto_pwhash_OPSLIMIT_SENSITIVE
        || mem < crypto_pwhash_MEMLIMIT_MIN || mem > crypto_pwhash_MEMLIMIT_SENSITIVE)
        return errors::damaged(shownPath, BackupErrors::tr("the header is not valid"));
    Key key;
    if (!derive(key, passphrase, header.mid(26, kSalt), ops, mem))
        return errors::damaged(
            shownPath, BackupErrors::tr("not enough memory to check the passphrase"));
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, u(header, 26 + kSalt), key.bytes)
        != 0)
        return errors::wrongPassphrase(shownPath);
    bool first = true;
    for (;;) {
        const QByteArray chunk = in.read(kCipherChunk);
        if (chunk.size() < crypto_secretstream_xchacha20poly1305_ABYTES)
            return first ? errors::wrongPassphrase(shownPath)
                         : errors::damaged(shownPath, BackupErrors::tr("the file is cut short"));
        QByteArray plain(
            chunk.size() - crypto_secretstream_xchacha20poly1305_ABYTES, Qt::Uninitialized);
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&state, u(plain), nullptr, &tag, u(chunk),
                quint64(chunk.size()), first ? u(header) : nullptr,
                first ? quint64(header.size()) : 0)
            != 0)
            return first ? errors::wrongPassphrase(shownPath)
                         : errors::damaged(shownPath, BackupErrors::tr("a part does not decrypt"));
        first = false;
        if (!sink(plain))
            return errors::cannotRead(
                shownPath, BackupErrors::tr("the decrypted copy cannot be written"));
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
            if (!in.atEnd())
                return errors::damaged(shownPath, BackupErrors::tr("bytes follow the end"));
            return success();
        }
        if (chunk.size() != kCipherChunk)
            return errors::damaged(shownPath, BackupErrors::tr("the file is cut short"));
    }
}

} // namespace

bool isEncrypted(const QString& file)
{
    QFile in(file);
    return in.open(QIODevice::ReadOnly) && in.read(8) == QByteArray(kMagic, 8);
}

Status encryptFile(const QString& plain, const QString& out, const QByteArray& passphrase)
{
    if (sodium_init() < 0)
        return errors::writeFailed(folderOf(out), QStringLiteral("libsodium"));
    QFile in(plain);
    if (!in.open(QIODevice::ReadOnly))
        return errors::cannotRead(plain, in.errorString());
    if (!QFileInfo(QFileInfo(out).absolutePath()).isDir())
        return errors::folderUnwritable(folderOf(out),
            BackupErrors::tr("the folder does not exist (is the "
                             "stick plugged in?)"));
    const qint64 size = in.size()
        + (in.size() / kChunk + 1) * crypto_secretstream_xchacha20poly1305_ABYTES + kHeader;
    const qint64 available = files::freeBytes(QFileInfo(out).absolutePath());
    if (available >= 0 && available < size + 64 * 1024)
        return errors::diskFull(folderOf(out), size, available);

    QByteArray header(kHeader, Qt::Uninitialized);
    std::memcpy(header.data(), kMagic, 8);
    header[8] = char(kVersion);
    header[9] = char(kAlgorithmArgon2id13);
    qToLittleEndian<quint64>(crypto_pwhash_OPSLIMIT_MODERATE, header.data() + 10);
    qToLittleEndian<quint64>(crypto_pwhash_MEMLIMIT_MODERATE, header.data() + 18);
    randombytes_buf(header.data() + 26, kSalt);
    Key key;
    if (!derive(key, passphrase, header.mid(26, kSalt), crypto_pwhash_OPSLIMIT_MODERATE,
            crypto_pwhash_MEMLIMIT_MODERATE))
        return errors::writeFailed(
            folderOf(out), BackupErrors::tr("not enough memory to derive the key"));
    crypto_secretstream_xchacha20poly1305_state state;
    crypto_secretstream_xchacha20poly1305_init_push(&state, u(header, 26 + kSalt), key.bytes);

    QSaveFile file(out);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly))
        return writeIssue(errno, file, out, size);
    bool ok = file.write(header) == header.size();
    bool first = true;
    while (ok) {
        const QByteArray chunk = in.read(kChunk);
        if (in.error() != QFileDevice::NoError) {
            file.cancelWriting();
            return errors::cannotRead(plain, in.errorString());
        }
        const bool last = in.atEnd();
        QByteArray sealed(
            chunk.size() + crypto_secretstream_xchacha20poly1305_ABYTES, Qt::Uninitialized);
        crypto_secretstream_xchacha20poly1305_push(&state, u(sealed), nullptr, u(chunk),
            quint64(chunk.size()), first ? u(header) : nullptr, first ? quint64(header.size()) : 0,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        first = false;
        ok = file.write(sealed) == sealed.size();
        if (last)
            break;
    }
    const int error = errno;
    if (!ok || !file.commit()) {
        const Issue issue = writeIssue(ok ? errno : error, file, out, size);
        file.cancelWriting();
        return issue;
    }
    // Read back what the medium holds: every chunk must authenticate.
    QFile back(out);
    const Status readBack = back.open(QIODevice::ReadOnly)
        ? decryptStream(back, passphrase, out, [](const QByteArray&) { return true; })
        : Status(errors::cannotRead(out, back.errorString()));
    if (!readBack.ok()) {
        back.close();
        QFile::remove(out);
        return errors::readBackFailed(out, readBack.errorText());
    }
    return success();
}

Status decryptFile(const QString& encrypted, const QString& out, const QByteArray& passphrase)
{
    if (sodium_init() < 0)
        return errors::cannotRead(encrypted, QStringLiteral("libsodium"));
    QFile in(encrypted);
    if (!in.open(QIODevice::ReadOnly))
        return errors::cannotRead(encrypted, in.errorString());
    QFile target(out);
    bool opened = false;
    const auto sink = [&](const QByteArray& plain) {
        if (!opened) {
            if (!target.open(QIODevice::WriteOnly | QIODevice::NewOnly))
                return false;
            opened = true;
        }
        return target.write(plain) == plain.size();
    };
    const Status decrypted = decryptStream(in, passphrase, encrypted, sink);
    const bool flushed = decrypted.ok() && target.flush();
    if (opened)
        target.close();
    if (!decrypted.ok() || !flushed || !files::syncFile(out)) {
        if (opened)
            QFile::remove(out);
        if (!decrypted.ok())
            return decrypted;
        return errors::writeFailed(folderOf(out), target.errorString());
    }
    return success();
}

} // namespace tansiq::backup::cipher
