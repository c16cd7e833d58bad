#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QList>

namespace tansiq::sync {

struct OfficeKeys;

// The outer file layer (age-like, from libsodium): a plain header with 1-8 recipient entries,
// each the random file key sealed to one X25519 key (crypto_box_seal, an ephemeral key: nothing
// in the header tells who the bundle is for or from), then the body in
// crypto_secretstream (XChaCha20-Poly1305) chunks of 64 KiB. The header is the associated
// data of the first chunk; the last chunk carries the FINAL tag and must end the file, so
// truncation, appended bytes, swapped or dropped chunks and header edits are all detected.
namespace envelope {

constexpr char kMagic[8] = { 'T', 'A', 'N', 'S', 'I', 'Q', 'B', '\0' };
constexpr quint8 kVersion = 2; // written; 1 (with key ids) is still read

// The version-1 key id of a box key (BLAKE2b-128, first 8 bytes): only read, never written.
QByteArray keyId(const QByteArray& boxPublic);
Result<QByteArray> seal(const QByteArray& plaintext, const QList<QByteArray>& recipients);
// Errors: not a bundle, needs a newer Tansiq, not for this office, damaged.
Result<QByteArray> open(const QByteArray& file, const OfficeKeys& keys, QByteArray* header);

} // namespace envelope
} // namespace tansiq::sync
