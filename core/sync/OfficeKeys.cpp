#include "core/sync/OfficeKeys.h"

#include <QCoreApplication>
#include <QtEndian>

#include <cstring>
#include <sodium.h>

namespace tansiq::sync {

namespace crypto {

bool init()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

QByteArray randomBytes(int count)
{
    init();
    QByteArray bytes(count, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(count));
    return bytes;
}

QByteArray hash(const QByteArray& data, int bytes)
{
    QByteArray out(bytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), size_t(bytes),
        reinterpret_cast<const unsigned char*>(data.constData()), quint64(data.size()), nullptr, 0);
    return out;
}

QByteArray sign(const QByteArray& message, const QByteArray& signSecret)
{
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
        reinterpret_cast<const unsigned char*>(message.constData()), quint64(message.size()),
        reinterpret_cast<const unsigned char*>(signSecret.constData()));
    return signature;
}

bool verify(const QByteArray& message, const QByteArray& signature, const QByteArray& signPublic)
{
    if (signature.size() != crypto_sign_BYTES || signPublic.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char*>(signature.constData()),
               reinterpret_cast<const unsigned char*>(message.constData()), quint64(message.size()),
               reinterpret_cast<const unsigned char*>(signPublic.constData()))
        == 0;
}

QString fingerprint(const QByteArray& signPublic, const QByteArray& boxPublic)
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no I, O, 0, 1
    const QByteArray digest = hash("tansiq-fingerprint" + signPublic + boxPublic, 10);
    QString out;
    quint64 bits = 0;
    int count = 0;
    for (char byte : digest) {
        bits = (bits << 8) | quint8(byte);
        count += 8;
        while (count >= 5) {
            count -= 5;
            out += QLatin1Char(alphabet[(bits >> count) & 31]);
            if (out.size() % 5 == 4 && out.size() < 19)
                out += QLatin1Char('-');
        }
    }
    return out.left(19);
}

} // namespace crypto

OfficeKeys::~OfficeKeys()
{
    if (m_secure)
        return; // sodium_free zeroes the secrets when the last copy goes
    if (!signSecret.isEmpty())
        sodium_memzero(signSecret.data(), size_t(signSecret.size()));
    if (!boxSecret.isEmpty())
        sodium_memzero(boxSecret.data(), size_t(boxSecret.size()));
}

void OfficeKeys::lockSecrets()
{
    if (secretsLocked() || signSecret.size() != crypto_sign_SECRETKEYBYTES
        || boxSecret.size() != crypto_box_SECRETKEYBYTES)
        return;
    crypto::init();
    constexpr size_t kBytes = crypto_sign_SECRETKEYBYTES + crypto_box_SECRETKEYBYTES;
    auto* memory = static_cast<unsigned char*>(sodium_malloc(kBytes));
    if (!memory)
        return; // keep them where they are rather than fail
    std::memcpy(memory, signSecret.constData(), crypto_sign_SECRETKEYBYTES);
    std::memcpy(
        memory + crypto_sign_SECRETKEYBYTES, boxSecret.constData(), crypto_box_SECRETKEYBYTES);
    sodium_memzero(signSecret.data(), size_t(signSecret.size()));
    sodium_memzero(boxSecret.data(), size_t(boxSecret.size()));
    m_secure.reset(memory, [](unsigned char* p) { sodium_free(p); });
    signSecret = QByteArray::fromRawData(
        reinterpret_cast<const char*>(memory), crypto_sign_SECRETKEYBYTES);
    boxSecret = QByteArray::fromRawData(
        reinterpret_cast<const char*>(memory) + crypto_sign_SECRETKEYBYTES,
        crypto_box_SECRETKEYBYTES);
}

OfficeKeys OfficeKeys::generate(const QUuid& office)
{
    crypto::init();
    OfficeKeys keys;
    keys.office = office;
    keys.signPublic.resize(crypto_sign_PUBLICKEYBYTES);
    keys.signSecret.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(keys.signPublic.data()),
        reinterpret_cast<unsigned char*>(keys.signSecret.data()));
    keys.boxPublic.resize(crypto_box_PUBLICKEYBYTES);
    keys.boxSecret.resize(crypto_box_SECRETKEYBYTES);
    crypto_box_keypair(reinterpret_cast<unsigned char*>(keys.boxPublic.data()),
        reinterpret_cast<unsigned char*>(keys.boxSecret.data()));
    keys.lockSecrets();
    return keys;
}

bool OfficeKeys::isValid() const
{
    return signPublic.size() == crypto_sign_PUBLICKEYBYTES
        && signSecret.size() == crypto_sign_SECRETKEYBYTES
        && boxPublic.size() == crypto_box_PUBLICKEYBYTES
        && boxSecret.size() == crypto_box_SECRETKEYBYTES;
}

namespace {

// Argon2id at libsodium's "moderate" cost (256 MiB, 3 passes) for keys sealed from now on:
// under a second on a field laptop, unlocked once per command, and every offline guess costs
// the attacker as much (docs/decisions/0052). Keys sealed earlier keep their stored cost.
constexpr quint64 kOpsLimit = crypto_pwhash_OPSLIMIT_MODERATE;
constexpr quint64 kMemLimit = crypto_pwhash_MEMLIMIT_MODERATE;
constexpr int kHeader = crypto_pwhash_SALTBYTES + 8 + 8 + crypto_secretbox_NONCEBYTES;

bool deriveKey(unsigned char* key, const QByteArray& passphrase, const unsigned char* salt,
    quint64 ops, quint64 mem)
{
    return crypto_pwhash(key, crypto_secretbox_KEYBYTES, passphrase.constData(),
               quint64(passphrase.size()), salt, ops, size_t(mem), crypto_pwhash_ALG_ARGON2ID13)
        == 0;
}

} // namespace

namespace crypto {

QByteArray sealWithPassphrase(const QByteArray& plain, const QByteArray& passphrase)
{
    init();
    QByteArray out(kHeader, Qt::Uninitialized);
    unsigned char* data = reinterpret_cast<unsigned char*>(out.data());
    randombytes_buf(data, crypto_pwhash_SALTBYTES);
    qToLittleEndian<quint64>(kOpsLimit, data + crypto_pwhash_SALTBYTES);
    qToLittleEndian<quint64>(kMemLimit, data + crypto_pwhash_SALTBYTES + 8);
    randombytes_buf(data + crypto_pwhash_SALTBYTES + 16, crypto_secretbox_NONCEBYTES);
    unsigned char key[crypto_secretbox_KEYBYTES];
    if (!deriveKey(key, passphrase, data, kOpsLimit, kMemLimit))
        return {};
    QByteArray boxed(plain.size() + crypto_secretbox_MACBYTES, Qt::Uninitialized);
    crypto_secretbox_easy(reinterpret_cast<unsigned char*>(boxed.data()),
        reinterpret_cast<const unsigned char*>(plain.constData()), quint64(plain.size()),
        data + crypto_pwhash_SALTBYTES + 16, key);
    sodium_memzero(key, sizeof key);
    return out + boxed;
}

std::optional<QByteArray> openWithPassphrase(
    const QByteArray& sealed, qsizetype plainSize, const QByteArray& passphrase)
{
    init();
    if (sealed.size() != kHeader + plainSize + qsizetype(crypto_secretbox_MACBYTES))
        return std::nullopt;
    const unsigned char* data = reinterpret_cast<const unsigned char*>(sealed.constData());
    const quint64 ops = qFromLittleEndian<quint64>(data + crypto_pwhash_SALTBYTES);
    const quint64 mem = qFromLittleEndian<quint64>(data + crypto_pwhash_SALTBYTES + 8);
    // A damaged file must not make us spend unbounded time or memory.
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > crypto_pwhash_OPSLIMIT_SENSITIVE
        || mem < crypto_pwhash_MEMLIMIT_MIN || mem > crypto_pwhash_MEMLIMIT_SENSITIVE)
        return std::nullopt;
    unsigned char key[crypto_secretbox_KEYBYTES];
    if (!deriveKey(key, passphrase, data, ops, mem))
        return std::nullopt;
    QByteArray plain(plainSize, Qt::Uninitialized);
    const int opened = crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(plain.data()),
        data + kHeader, quint64(sealed.size() - kHeader), data + crypto_pwhash_SALTBYTES + 16, key);
    sodium_memzero(key, sizeof key);
    if (opened != 0) {
        wipe(plain);
        return std::nullopt;
    }
    return plain;
}

} // namespace crypto

QByteArray OfficeKeys::sealSecrets(const QByteArray& passphrase) const
{
    QByteArray plain = signSecret + boxSecret;
    const QByteArray sealed = crypto::sealWithPassphrase(plain, passphrase);
    crypto::wipe(plain);
    return sealed;
}

Result<OfficeKeys> OfficeKeys::unseal(const QUuid& office, const QByteArray& signPublic,
    const QByteArray& boxPublic, const QByteArray& sealed, const QByteArray& passphrase)
{
    crypto::init();
    const Issue refused = Issue::error(QStringLiteral("wrong-passphrase"),
        QCoreApplication::translate("tansiq::sync", "passphrase"), QString(),
        QCoreApplication::translate("tansiq::sync",
            "The passphrase is wrong, or this office's key store is "
            "damaged. Nothing was changed."));
    constexpr int kPlain = crypto_sign_SECRETKEYBYTES + crypto_box_SECRETKEYBYTES;
    std::optional<QByteArray> plain = crypto::openWithPassphrase(sealed, kPlain, passphrase);
    if (!plain)
        return refused;
    OfficeKeys keys;
    keys.office = office;
    keys.signPublic = signPublic;
    keys.boxPublic = boxPublic;
    keys.signSecret = plain->left(crypto_sign_SECRETKEYBYTES);
    keys.boxSecret = plain->mid(crypto_sign_SECRETKEYBYTES);
    crypto::wipe(*plain);
    // The public halves must match the secrets (a swapped key file is "damaged").
    if (keys.signSecret.mid(32) != signPublic)
        return refused;
    QByteArray derivedBox(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_scalarmult_base(reinterpret_cast<unsigned char*>(derivedBox.data()),
        reinterpret_cast<const unsigned char*>(keys.boxSecret.constData()));
    if (derivedBox != boxPublic)
        return refused;
    keys.lockSecrets();
    return keys;
}

namespace crypto {

void wipe(QByteArray& secret)
{
    // In place, without detaching: data() would copy a shared buffer and zero only the copy,
    // leaving the bytes every other copy (a lambda's capture, a line edit's) still points to.
    // Literals and raw data are not ours to write (and hold no typed secret).
    if (!secret.isEmpty() && secret.data_ptr().isMutable())
        sodium_memzero(const_cast<char*>(secret.constData()), size_t(secret.size()));
    secret.clear();
}

void wipe(QString& secret)
{
    if (!secret.isEmpty() && secret.data_ptr().isMutable())
        sodium_memzero(
            const_cast<QChar*>(secret.constData()), size_t(secret.size()) * sizeof(QChar));
    secret.clear();
}

QByteArray sealTo(const QByteArray& plaintext, const QByteArray& boxPublic)
{
    init();
    QByteArray sealed(plaintext.size() + crypto_box_SEALBYTES, Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()),
        reinterpret_cast<const unsigned char*>(plaintext.constData()), quint64(plaintext.size()),
        reinterpret_cast<const unsigned char*>(boxPublic.constData()));
    return sealed;
}

std::optional<QByteArray> openSealed(
    const QByteArray& sealed, const QByteArray& boxPublic, const QByteArray& boxSecret)
{
    init();
    if (sealed.size() < crypto_box_SEALBYTES || boxPublic.size() != crypto_box_PUBLICKEYBYTES
        || boxSecret.size() != crypto_box_SECRETKEYBYTES)
        return std::nullopt;
    QByteArray plain(sealed.size() - crypto_box_SEALBYTES, Qt::Uninitialized);
    if (crypto_box_seal_open(reinterpret_cast<unsigned char*>(plain.data()),
            reinterpret_cast<const unsigned char*>(sealed.constData()), quint64(sealed.size()),
            reinterpret_cast<const unsigned char*>(boxPublic.constData()),
            reinterpret_cast<const unsigned char*>(boxSecret.constData()))
        != 0)
        return std::nullopt;
    return plain;
}

} // namespace crypto

} // namespace tansiq::sync
