#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QUuid>

namespace tansiq::sync {

// An office's key pairs: Ed25519 to sign, X25519 to receive sealed file keys. The secret
// halves exist unprotected only in memory (sodium_memzero'd on destruction).
struct OfficeKeys {
    QUuid office;
    QByteArray signPublic;   // 32
    QByteArray signSecret;   // 64
    QByteArray boxPublic;    // 32
    QByteArray boxSecret;    // 32

    OfficeKeys() = default;
    OfficeKeys(const OfficeKeys&) = default;
    OfficeKeys& operator=(const OfficeKeys&) = default;
    ~OfficeKeys();

    static OfficeKeys generate(const QUuid& office);
    bool isValid() const;

    // Secret keys sealed with a key derived from the passphrase (Argon2id, crypto_pwhash):
    // salt | opslimit | memlimit | nonce | secretbox(signSecret | boxSecret).
    QByteArray sealSecrets(const QByteArray& passphrase) const;
    // Fails with "wrong passphrase or damaged key" without telling which.
    static Result<OfficeKeys> unseal(const QUuid& office, const QByteArray& signPublic,
                                     const QByteArray& boxPublic, const QByteArray& sealed,
                                     const QByteArray& passphrase);
};

namespace crypto {
QByteArray hash(const QByteArray& data, int bytes = 32);  // BLAKE2b
QByteArray sign(const QByteArray& message, const QByteArray& signSecret);
bool verify(const QByteArray& message, const QByteArray& signature, const QByteArray& signPublic);
// A short fingerprint for a person to read over the phone: 4 groups of 4 (base32).
QString fingerprint(const QByteArray& signPublic, const QByteArray& boxPublic);
QByteArray randomBytes(int count);
bool init();
}  // namespace crypto

}  // namespace tansiq::sync
