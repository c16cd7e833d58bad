#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace tansiq::sync {

struct OfficeKeys;

// The head office's certification key: the root of trust every office pins (docs/decisions/
// 0061). An Ed25519 key used only to certify offices (the head office's everyday key among
// them) and to sign revocation lists; bundles and batches are signed by everyday keys. It lives
// offline, in a file of its own (on a stick), sealed with its own passphrase. The secret half is
// kept in sodium_malloc memory.
//
// Networks made before it are "self-rooted": the head office's everyday key is the root. The
// converting constructor makes that key a certifier, which is accepted only where it is the root.
class CertificationKey {
    Q_DECLARE_TR_FUNCTIONS(tansiq::sync)

public:
    CertificationKey() = default;
    // The everyday key of a self-rooted head office used as its certifier (its secret is copied
    // into sodium_malloc memory of this object).
    CertificationKey(const OfficeKeys& selfRooted); // NOLINT(google-explicit-constructor)

    static CertificationKey generate();

    bool isValid() const { return m_public.size() == 32 && m_secret.size() == 64; }
    const QByteArray& publicKey() const { return m_public; }
    QByteArray sign(const QByteArray& message) const;
    // What a person reads out by phone to compare (4 groups of 4, base32). For a self-rooted
    // network the root's fingerprint is the head office's office fingerprint instead.
    QString fingerprint() const { return fingerprintOf(m_public); }
    static QString fingerprintOf(const QByteArray& publicKey);

    // The key file: "TANSIQ-CERTIFICATION-KEY-1\n" + CBOR [public key, label, created at,
    // sealed secret] (docs/formats/sync-bundle.md, section 8). Empty when sealing failed.
    QByteArray toFile(const QByteArray& passphrase, const QString& label, qint64 createdAt) const;
    // Opens a key file with its passphrase; a wrong passphrase and a damaged file give the same
    // message, naming the file.
    static Result<CertificationKey> fromFile(
        const QByteArray& bytes, const QByteArray& passphrase, const QString& fileName);
    // The public key and label in a key file, without the passphrase (to show which key it is).
    struct Info {
        QByteArray publicKey;
        QString label;
        qint64 createdAt = 0;
    };
    static Result<Info> readInfo(const QByteArray& bytes, const QString& fileName);

private:
    QByteArray m_public;
    QByteArray m_secret; // points into m_secure
    std::shared_ptr<unsigned char> m_secure;
    void adoptSecret(const QByteArray& secret);
};

} // namespace tansiq::sync
