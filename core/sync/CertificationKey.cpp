#include "core/sync/CertificationKey.h"

#include "core/sync/CborIn.h"
#include "core/sync/OfficeKeys.h"
#include "core/sync/SyncLimits.h"

#include <QCborStreamWriter>
#include <QCoreApplication>

#include <cstring>
#include <sodium.h>

namespace tansiq::sync {

namespace {

const QByteArray kMagic = "TANSIQ-CERTIFICATION-KEY-1\n";
const QByteArray kMagicPrefix = "TANSIQ-CERTIFICATION-KEY-";
constexpr qsizetype kMaxFileBytes = 16 * 1024;

Issue badFile(const QString& fileName)
{
    return Issue::error(QStringLiteral("certification-key-file"),
        CertificationKey::tr("certification key"), fileName,
        CertificationKey::tr("“%1” is not a Tansiq certification key file, or it is damaged.")
            .arg(fileName));
}

struct Parsed {
    CertificationKey::Info info;
    QByteArray sealed;
};

Result<Parsed> parse(const QByteArray& bytes, const QString& fileName)
{
    if (!bytes.startsWith(kMagic)) {
        // A later format names its version: say so rather than "damaged".
        if (bytes.startsWith(kMagicPrefix)) {
            const QByteArray version = bytes.mid(kMagicPrefix.size(), 4).split('\n').value(0);
            bool isNumber = false;
            if (version.toUInt(&isNumber) > 1 && isNumber)
                return Issue::error(QStringLiteral("certification-key-newer"),
                    CertificationKey::tr("certification key"), fileName,
                    CertificationKey::tr("“%1” is a certification key file of format %2, made by a "
                                         "newer Tansiq. Update Tansiq to use it.")
                        .arg(fileName, QString::fromLatin1(version)));
        }
        return badFile(fileName);
    }
    if (bytes.size() > kMaxFileBytes)
        return badFile(fileName);
    CborIn in(bytes.mid(kMagic.size()));
    Parsed out;
    in.enterArray(4);
    out.info.publicKey = in.bytes(32, 32);
    out.info.label = in.text(limits::kMaxNameBytes);
    out.info.createdAt = in.integer();
    out.sealed = in.bytes(4096);
    in.leave();
    if (!in.ok() || !in.finished())
        return badFile(fileName);
    return out;
}

} // namespace

CertificationKey::CertificationKey(const OfficeKeys& selfRooted)
{
    if (!selfRooted.isValid())
        return;
    m_public = selfRooted.signPublic;
    adoptSecret(selfRooted.signSecret);
}

void CertificationKey::adoptSecret(const QByteArray& secret)
{
    crypto::init();
    auto* memory = static_cast<unsigned char*>(sodium_malloc(crypto_sign_SECRETKEYBYTES));
    if (!memory || secret.size() != crypto_sign_SECRETKEYBYTES)
        return;
    std::memcpy(memory, secret.constData(), crypto_sign_SECRETKEYBYTES);
    m_secure.reset(memory, [](unsigned char* p) { sodium_free(p); });
    m_secret = QByteArray::fromRawData(
        reinterpret_cast<const char*>(memory), crypto_sign_SECRETKEYBYTES);
}

CertificationKey CertificationKey::generate()
{
    crypto::init();
    CertificationKey key;
    key.m_public.resize(crypto_sign_PUBLICKEYBYTES);
    QByteArray secret(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(key.m_public.data()),
        reinterpret_cast<unsigned char*>(secret.data()));
    key.adoptSecret(secret);
    crypto::wipe(secret);
    return key;
}

QByteArray CertificationKey::sign(const QByteArray& message) const
{
    return crypto::sign(message, m_secret);
}

QString CertificationKey::fingerprintOf(const QByteArray& publicKey)
{
    // Domain-separated from office fingerprints (which hash a sign and a box key).
    return crypto::fingerprint("certification:" + publicKey, QByteArray());
}

QByteArray CertificationKey::toFile(
    const QByteArray& passphrase, const QString& label, qint64 createdAt) const
{
    if (!isValid())
        return {};
    const QByteArray sealed = crypto::sealWithPassphrase(m_secret, passphrase);
    if (sealed.isEmpty())
        return {};
    QByteArray body;
    QCborStreamWriter out(&body);
    out.startArray(4);
    out.append(m_public);
    out.append(label);
    out.append(createdAt);
    out.append(sealed);
    out.endArray();
    return kMagic + body;
}

Result<CertificationKey::Info> CertificationKey::readInfo(
    const QByteArray& bytes, const QString& fileName)
{
    const Result<Parsed> parsed = parse(bytes, fileName);
    if (!parsed.ok())
        return parsed;
    return parsed->info;
}

Result<CertificationKey> CertificationKey::fromFile(
    const QByteArray& bytes, const QByteArray& passphrase, const QString& fileName)
{
    const Result<Parsed> parsed = parse(bytes, fileName);
    if (!parsed.ok())
        return parsed;
    std::optional<QByteArray> secret
        = crypto::openWithPassphrase(parsed->sealed, crypto_sign_SECRETKEYBYTES, passphrase);
    // The public key in the clear must be the secret's (a swapped public key is "damaged").
    if (!secret || secret->mid(32) != parsed->info.publicKey) {
        if (secret)
            crypto::wipe(*secret);
        return Issue::error(QStringLiteral("wrong-certification-passphrase"),
            QCoreApplication::translate("tansiq::sync", "certification key"), fileName,
            QCoreApplication::translate("tansiq::sync",
                "The certification key passphrase is wrong, or “%1” is "
                "damaged. Nothing was changed.")
                .arg(fileName));
    }
    CertificationKey key;
    key.m_public = parsed->info.publicKey;
    key.adoptSecret(*secret);
    crypto::wipe(*secret);
    return key;
}

} // namespace tansiq::sync
