#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace tansiq::backup::cipher {

// An encrypted backup (docs/formats/backup.md): a plain header with the Argon2id parameters
// and salt, then the backup file in XChaCha20-Poly1305 secretstream chunks of 64 KiB under a
// key derived from the office passphrase. The header is the associated data of the first
// chunk; the last chunk carries the FINAL tag and must end the file: a wrong passphrase, an
// edited header, truncation, appended bytes and swapped chunks are all detected.
constexpr char kMagic[8] = { 'T', 'A', 'N', 'S', 'I', 'Q', 'B', 'K' };
constexpr quint8 kVersion = 1;

// Whether the file starts with the encrypted backup's magic.
bool isEncrypted(const QString& file);

// Encrypts the file `plain` into `out`, written atomically (a temporary file beside `out`,
// flushed and renamed only when complete), then reads `out` back and checks every chunk. A
// full, read-only or removed medium is named and leaves no file.
Status encryptFile(const QString& plain, const QString& out, const QByteArray& passphrase);

// Decrypts `encrypted` into the new file `out`. The passphrase is checked on the first chunk
// before `out` is created; on any failure `out` is removed.
Status decryptFile(const QString& encrypted, const QString& out, const QByteArray& passphrase);

} // namespace tansiq::backup::cipher
