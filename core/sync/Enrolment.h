#pragma once

#include "core/common/Result.h"
#include "core/sync/Roster.h"

#include <optional>

namespace tansiq {
class Database;
class Clock;
} // namespace tansiq

namespace tansiq::sync {

// Setting an installation up as an office and enrolling it with the head office by files:
// request (public keys, self-signed) -> head office checks the fingerprint by phone and
// answers with certificates (its own, the office's, the roster, the revocation list) ->
// the office checks the head office's fingerprint and pins its key.
namespace enrolment {

// Creates this installation's keys (sealed with the passphrase). A head office made this way is
// self-rooted (its everyday key is the root, as in networks made before docs/decisions/0061);
// a new head office is made with initHeadOffice.
Result<OfficeKeys> initOffice(
    Database& db, const QString& name, bool headOffice, const QByteArray& passphrase, qint64 now);
// A head office whose root is `root`, its offline certification key: creates the everyday keys
// (sealed with `passphrase`), pins `root` and certifies the everyday key with it.
Result<OfficeKeys> initHeadOffice(Database& db, const QString& name, const QByteArray& passphrase,
    const CertificationKey& root, qint64 now);
// Head office: a new everyday key, certified by `root` (on a new laptop after a loss or theft,
// or a routine change). The key it replaces is retired in a new revocation list signed by
// `root`: batches it signed stay valid up to what this database holds of each of the head
// office's replicas, anything else it signs is refused everywhere. This database also writes
// under a new replica from now on. Returns the new keys (sealed with `passphrase`).
Result<OfficeKeys> certifyNewEverydayKey(
    Database& db, const CertificationKey& root, const QByteArray& passphrase, qint64 now);
// What a field office of this network confirms by phone at enrolment: the root's fingerprint.
QString rootFingerprint(Database& db);

QByteArray request(const OfficeKeys& keys, const QString& name);
// The office in a request, its self-signature checked.
Result<OfficeEntry> readRequest(const QByteArray& bytes);

// At the head office: certifies a new office, adds it to the roster, returns the answer file.
// Refused when the request claims the head office's id or an office already in the roster
// (enrolled, expired or revoked): renewal is `renew`, with the keys on record.
// The certificate is valid for `validForMs` (the shorter overload: certs::kDefaultValidityMs).
// `certifier` must be the network's root: the certification key, or in a self-rooted network
// the everyday key; an everyday key that is not the root is refused (certification-key-required).
Result<QByteArray> sign(
    Database& db, const CertificationKey& certifier, OfficeEntry entry, qint64 now);
Result<QByteArray> sign(Database& db, const CertificationKey& certifier, OfficeEntry entry,
    qint64 now, qint64 validForMs);

// Head office: a new certificate for an enrolled office (same keys), valid for `validForMs`
// from `now`. It reaches the office and everyone else with the next head-office bundle.
Result<OfficeEntry> renew(Database& db, const CertificationKey& certifier, const QUuid& office,
    qint64 now, qint64 validForMs = certs::kDefaultValidityMs);
// At the office: the head office in an answer for `own`, checked, nothing stored (to show its
// fingerprint before accepting).
Result<OfficeEntry> readAnswer(const QByteArray& answer, const OfficeKeys& own);
// At the office: checks and stores the answer. Returns the head office's entry (fingerprint).
// `expectedFingerprint`: the head office's fingerprint as confirmed by phone (refused when it
// differs or is empty); std::nullopt only when the operator explicitly skipped the check.
// An office that already trusts a head office key never takes another from an answer.
Result<OfficeEntry> accept(Database& db, const OfficeKeys& own, const QByteArray& answer,
    const std::optional<QString>& expectedFingerprint);

// Head office: revokes an office with a new, higher-versioned signed list.
Status revoke(Database& db, const CertificationKey& certifier, const QUuid& office, qint64 now);

// A new replica id for a restored or copied database (its old operations stay valid).
Status renewReplica(Database& db);

} // namespace enrolment
} // namespace tansiq::sync
