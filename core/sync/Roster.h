#pragma once

#include "core/common/Result.h"
#include "core/sync/CertificationKey.h"
#include "core/sync/OfficeKeys.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUuid>

namespace tansiq {
class Database;
}

namespace tansiq::sync {

// An office as the head office certified it.
struct OfficeEntry {
    QUuid office;
    QString name;
    bool headOffice = false;
    QByteArray signPublic;
    QByteArray boxPublic;
    qint64 issuedAt = 0;
    QByteArray certificate; // CBOR [body, signature by the head office's key]
    bool revoked = false;
    qint64 expiresAt = 0; // Unix ms; 0: never (the head office's own certificate)
    // Only in what enrolment::readAnswer and accept return for the head office: the fingerprint
    // of the network's root, which the field office confirms by phone (the certification key's;
    // in a self-rooted network, the head office's own).
    QString rootFingerprint = {};

    QString fingerprint() const { return crypto::fingerprint(signPublic, boxPublic); }
    // Whether the certificate is no longer valid at `ms`.
    bool expiredAt(qint64 ms) const { return expiresAt > 0 && ms >= expiresAt; }
};

// An everyday signing key the certification key retired (a rotation, a lost or stolen laptop),
// while its office stays: batches it signed stay valid up to the last sequence of each replica
// named here (what the head office held when it retired the key); anything else it signs, a
// bundle above all, is refused (docs/decisions/0061).
struct RetiredKey {
    QUuid office;
    QByteArray signPublic;
    QList<QPair<QByteArray, quint64>> validUpTo; // (replica id, last valid seq)

    // Whether a batch of `replica` ending at `lastSeq` signed by this key stays valid.
    bool covers(const QByteArray& replica, quint64 lastSeq) const;
};

// The signed, versioned list of revoked offices and retired keys. An older version than the
// one held is ignored.
struct Revocations {
    quint64 version = 0;
    QList<QUuid> offices;
    qint64 issuedAt = 0;
    QList<RetiredKey> keys; // format 2.1: a fourth body element, only when there are any
    QByteArray bytes; // CBOR [body, signature]

    // The retired key of `office` that is `signPublic`, if any.
    const RetiredKey* retired(const QUuid& office, const QByteArray& signPublic) const;
};

namespace certs {
// How long a certificate the head office issues is valid unless it says otherwise, and how long
// before its end offices are told to have it renewed (`office renew` at the head office).
constexpr qint64 kDefaultValidityMs = qint64(365) * 24 * 3600 * 1000;
constexpr qint64 kRenewalWarningMs = qint64(30) * 24 * 3600 * 1000;

// Certificates and revocation lists are signed by the certification key (the pinned root).
QByteArray issue(const OfficeEntry& entry, const CertificationKey& certifier);
// Verifies the head office's signature and decodes; fails on anything malformed.
Result<OfficeEntry> verify(const QByteArray& certificate, const QByteArray& rootPublic);
// Decodes a certificate this installation already verified and stored (no signature check).
Result<OfficeEntry> decode(const QByteArray& certificate);
QByteArray signRevocations(quint64 version, const QList<QUuid>& offices, qint64 issuedAt,
    const CertificationKey& certifier, const QList<RetiredKey>& keys = {});
Result<Revocations> verifyRevocations(const QByteArray& bytes, const QByteArray& rootPublic);
} // namespace certs

// The roster and this installation's own keys, as stored in the database (sync_office,
// sync_own_key, local settings for the head office's root key and the revocation list).
class Roster {
public:
    explicit Roster(Database& db);

    std::optional<OfficeEntry> office(const QUuid& id);
    std::optional<OfficeEntry> officeByName(const QString& name);
    QList<OfficeEntry> offices();
    // Stores a verified certificate. An office's certificate is only replaced by one issued at
    // the same time or later: an old bundle replayed cannot bring back an expired certificate.
    Status put(const OfficeEntry& entry);

    QByteArray rootPublic();
    QUuid headOfficeId();
    Status setRoot(const QUuid& headOffice, const QByteArray& rootPublic);

    Revocations revocations();
    // Applies a newer list (older or equal versions: ignored, returns false).
    Result<bool> applyRevocations(const Revocations& list);

    bool hasOwnKeys();
    Status storeOwnKeys(const OfficeKeys& keys, const QByteArray& passphrase);
    Result<OfficeKeys> unlock(const QByteArray& passphrase);
    QByteArray ownBoxPublic();

private:
    Database& m_db;
};

} // namespace tansiq::sync
