#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QUuid>

#include <memory>
#include <optional>

namespace tansiq::sync {

// An office's key pairs: Ed25519 to sign, X25519 to receive sealed file keys. The secret
// halves of generated and unlocked keys live in sodium_malloc memory (guard pages, locked
// against swapping, zeroed when the last copy goes); the QByteArrays only point into it.
struct OfficeKeys {
    QUuid office;
    QByteArray signPublic; // 32
    QByteArray signSecret; // 64
    QByteArray boxPublic; // 32
    QByteArray boxSecret; // 32

    OfficeKeys() = default;
    OfficeKeys(const OfficeKeys&) = default;
    OfficeKeys& operator=(const OfficeKeys&) = default;
    ~OfficeKeys();

    static OfficeKeys generate(const QUuid& office);
    bool isValid() const;
    // Moves the secret halves into sodium_malloc memory (done by generate and unseal).
    void lockSecrets();
    bool secretsLocked() const
    {
        return m_secure && signSecret.constData() == reinterpret_cast<const char*>(m_secure.get());
    }

    // Secret keys sealed with a key derived from the passphrase (Argon2id, crypto_pwhash):
    // salt | opslimit | memlimit | nonce | secretbox(signSecret | boxSecret).
    QByteArray sealSecrets(const QByteArray& passphrase) const;
    // Fails with "wrong passphrase or damaged key" without telling which.
    static Result<OfficeKeys> unseal(const QUuid& office, const QByteArray& signPublic,
        const QByteArray& boxPublic, const QByteArray& sealed, const QByteArray& passphrase);

private:
    std::shared_ptr<unsigned char> m_secure;
};

namespace crypto {
QByteArray hash(const QByteArray& data, int bytes = 32); // BLAKE2b
QByteArray sign(const QByteArray& message, const QByteArray& signSecret);
bool verify(const QByteArray& message, const QByteArray& signature, const QByteArray& signPublic);
// A short fingerprint for a person to read over the phone: 4 groups of 4 (base32).
QString fingerprint(const QByteArray& signPublic, const QByteArray& boxPublic);
QByteArray randomBytes(int count);
// Overwrites a passphrase or secret (sodium_memzero) in place, so every implicitly shared copy
// of it reads zeros too, and empties this one.
void wipe(QByteArray& secret);
void wipe(QString& secret);
// Anonymous public-key encryption to an X25519 key (crypto_box_seal): only the holder of the
// matching secret key can read it, and nothing in it names the sender or the recipient.
QByteArray sealTo(const QByteArray& plaintext, const QByteArray& boxPublic);
// Empty optional when `sealed` was not sealed to these keys or was changed.
std::optional<QByteArray> openSealed(
    const QByteArray& sealed, const QByteArray& boxPublic, const QByteArray& boxSecret);
// Seals a secret with a key derived from a passphrase (Argon2id at MODERATE cost, stored with
// the salt): salt | opslimit | memlimit | nonce | secretbox(plain). Empty when memory is short.
QByteArray sealWithPassphrase(const QByteArray& plain, const QByteArray& passphrase);
// Empty optional for a wrong passphrase, a damaged seal, a cost out of bounds or another size.
std::optional<QByteArray> openWithPassphrase(
    const QByteArray& sealed, qsizetype plainSize, const QByteArray& passphrase);
bool init();
} // namespace crypto

} // namespace tansiq::sync
