#include "core/sync/Roster.h"

#include "core/office/LocalOffice.h"
#include "core/storage/Database.h"
#include "core/sync/CborIn.h"
#include "core/sync/SyncLimits.h"

#include <QCborStreamWriter>
#include <QCoreApplication>

namespace tansiq::sync {

namespace {

QByteArray wrapSigned(
    const QByteArray& body, const QByteArray& domain, const CertificationKey& certifier)
{
    QByteArray bytes;
    QCborStreamWriter out(&bytes);
    out.startArray(2);
    out.append(body);
    out.append(certifier.sign(domain + body));
    out.endArray();
    return bytes;
}

bool unwrapSigned(const QByteArray& bytes, const QByteArray& domain, const QByteArray& rootPublic,
    QByteArray& body)
{
    CborIn in(bytes);
    in.enterArray(2);
    body = in.bytes(64 * 1024);
    const QByteArray signature = in.bytes(64, 64);
    in.leave();
    return in.ok() && in.finished() && crypto::verify(domain + body, signature, rootPublic);
}

Issue invalid(const QString& what)
{
    return Issue::error(QStringLiteral("certificate-invalid"), what, QString(),
        QCoreApplication::translate("tansiq::sync",
            "The %1 is not signed by this network's head "
            "office, or it is damaged.")
            .arg(what));
}

Result<OfficeEntry> decodeBody(const QByteArray& body, const QByteArray& certificate)
{
    CborIn in(body);
    OfficeEntry entry;
    const qsizetype count = in.enterArray(7);
    entry.office = QUuid::fromRfc4122(in.bytes(16, 16));
    entry.name = in.text(limits::kMaxNameBytes);
    entry.headOffice = in.boolean();
    entry.signPublic = in.bytes(32, 32);
    entry.boxPublic = in.bytes(32, 32);
    entry.issuedAt = in.integer();
    if (count == 7)
        entry.expiresAt = in.integer();
    in.leave();
    if (!in.ok() || !in.finished() || count < 6 || (count == 7 && entry.expiresAt <= 0))
        return invalid(QCoreApplication::translate("tansiq::sync", "office certificate"));
    entry.certificate = certificate;
    return entry;
}

} // namespace

namespace certs {

QByteArray issue(const OfficeEntry& entry, const CertificationKey& certifier)
{
    QByteArray body;
    QCborStreamWriter out(&body);
    // Format 1.1: a seventh element, the expiry, only when there is one.
    out.startArray(entry.expiresAt > 0 ? 7 : 6);
    out.append(entry.office.toRfc4122());
    out.append(entry.name);
    out.append(entry.headOffice);
    out.append(entry.signPublic);
    out.append(entry.boxPublic);
    out.append(entry.issuedAt);
    if (entry.expiresAt > 0)
        out.append(entry.expiresAt);
    out.endArray();
    return wrapSigned(body, "tansiq-cert-1", certifier);
}

Result<OfficeEntry> verify(const QByteArray& certificate, const QByteArray& rootPublic)
{
    QByteArray body;
    if (!unwrapSigned(certificate, "tansiq-cert-1", rootPublic, body))
        return invalid(QCoreApplication::translate("tansiq::sync", "office certificate"));
    return decodeBody(body, certificate);
}

Result<OfficeEntry> decode(const QByteArray& certificate)
{
    CborIn in(certificate);
    in.enterArray(2);
    const QByteArray body = in.bytes(64 * 1024);
    in.bytes(64, 64); // the signature, checked when the certificate was stored
    in.leave();
    if (!in.ok())
        return invalid(QCoreApplication::translate("tansiq::sync", "office certificate"));
    return decodeBody(body, certificate);
}

QByteArray signRevocations(quint64 version, const QList<QUuid>& offices, qint64 issuedAt,
    const CertificationKey& certifier, const QList<RetiredKey>& keys)
{
    QByteArray body;
    QCborStreamWriter out(&body);
    // Format 2.1: retired keys as a fourth element, only when there are any (a list without
    // them stays readable by 2.0).
    out.startArray(keys.isEmpty() ? 3 : 4);
    out.append(version);
    out.startArray(offices.size());
    for (const QUuid& office : offices)
        out.append(office.toRfc4122());
    out.endArray();
    out.append(issuedAt);
    if (!keys.isEmpty()) {
        out.startArray(keys.size());
        for (const RetiredKey& key : keys) {
            out.startArray(3);
            out.append(key.office.toRfc4122());
            out.append(key.signPublic);
            out.startArray(key.validUpTo.size());
            for (const auto& [replica, seq] : key.validUpTo) {
                out.startArray(2);
                out.append(replica);
                out.append(seq);
                out.endArray();
            }
            out.endArray();
            out.endArray();
        }
        out.endArray();
    }
    out.endArray();
    return wrapSigned(body, "tansiq-revocations-1", certifier);
}

Result<Revocations> verifyRevocations(const QByteArray& bytes, const QByteArray& rootPublic)
{
    QByteArray body;
    if (!unwrapSigned(bytes, "tansiq-revocations-1", rootPublic, body))
        return invalid(QCoreApplication::translate("tansiq::sync", "revocation list"));
    CborIn in(body);
    Revocations list;
    const qsizetype elements = in.enterArray(4);
    list.version = in.unsignedInt();
    const qsizetype count = in.enterArray(limits::kMaxRosterEntries);
    for (qsizetype i = 0; i < count && in.ok(); ++i)
        list.offices << QUuid::fromRfc4122(in.bytes(16, 16));
    in.leave();
    list.issuedAt = in.integer();
    if (elements == 4) {
        const qsizetype keys = in.enterArray(limits::kMaxRosterEntries);
        for (qsizetype i = 0; i < keys && in.ok(); ++i) {
            RetiredKey key;
            in.enterArray(3);
            key.office = QUuid::fromRfc4122(in.bytes(16, 16));
            key.signPublic = in.bytes(32, 32);
            const qsizetype replicas = in.enterArray(limits::kMaxRosterEntries);
            for (qsizetype r = 0; r < replicas && in.ok(); ++r) {
                in.enterArray(2);
                const QByteArray replica = in.bytes(16, 16);
                key.validUpTo.append({ replica, in.unsignedInt() });
                in.leave();
            }
            in.leave();
            in.leave();
            list.keys << key;
        }
        in.leave();
    }
    in.leave();
    if (elements < 3)
        in.fail(QStringLiteral("revocation list"));
    if (!in.ok() || !in.finished())
        return invalid(QCoreApplication::translate("tansiq::sync", "revocation list"));
    list.bytes = bytes;
    return list;
}

} // namespace certs

bool RetiredKey::covers(const QByteArray& replica, quint64 lastSeq) const
{
    for (const auto& [id, seq] : validUpTo) {
        if (id == replica)
            return lastSeq <= seq;
    }
    return false;
}

const RetiredKey* Revocations::retired(const QUuid& office, const QByteArray& signPublic) const
{
    for (const RetiredKey& key : keys) {
        if (key.office == office && key.signPublic == signPublic)
            return &key;
    }
    return nullptr;
}

Roster::Roster(Database& db) : m_db(db)
{
}

namespace {
OfficeEntry readEntry(Statement& select)
{
    OfficeEntry entry;
    entry.office = select.uuid(0);
    entry.name = select.text(1);
    entry.headOffice = select.int64(2) != 0;
    entry.signPublic = select.blob(3);
    entry.boxPublic = select.blob(4);
    entry.certificate = select.blob(5);
    entry.revoked = select.int64(6) != 0;
    // Issue and expiry times live in the (already verified) certificate.
    const Result<OfficeEntry> decoded = certs::decode(entry.certificate);
    if (decoded.ok()) {
        entry.issuedAt = decoded->issuedAt;
        entry.expiresAt = decoded->expiresAt;
    }
    return entry;
}
constexpr const char* kSelectOffice
    = "SELECT office_id, name, head_office, sign_pk, box_pk, certificate, revoked FROM sync_office";
} // namespace

std::optional<OfficeEntry> Roster::office(const QUuid& id)
{
    Statement select(m_db.handle(), QByteArray(kSelectOffice) + " WHERE office_id = ?");
    select.bind(1, id);
    if (select.step() != Statement::Step::Row)
        return std::nullopt;
    return readEntry(select);
}

std::optional<OfficeEntry> Roster::officeByName(const QString& name)
{
    for (const OfficeEntry& entry : offices()) {
        if (entry.name.compare(name, Qt::CaseInsensitive) == 0
            || entry.office.toString(QUuid::WithoutBraces) == name)
            return entry;
    }
    return std::nullopt;
}

QList<OfficeEntry> Roster::offices()
{
    QList<OfficeEntry> list;
    Statement select(m_db.handle(), QByteArray(kSelectOffice) + " ORDER BY head_office DESC, name");
    while (select.step() == Statement::Step::Row)
        list << readEntry(select);
    return list;
}

Status Roster::put(const OfficeEntry& entry)
{
    const std::optional<OfficeEntry> held = office(entry.office);
    if (held && held->issuedAt > entry.issuedAt)
        return success(); // an older certificate (a replayed bundle): keep the newer one
    const bool revoked = revocations().offices.contains(entry.office);
    Statement upsert(m_db.handle(),
        "INSERT INTO sync_office (office_id, name, head_office, sign_pk, box_pk, "
        "certificate, revoked) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (office_id) "
        "DO UPDATE SET name = excluded.name, head_office = excluded.head_office, "
        "sign_pk = excluded.sign_pk, box_pk = excluded.box_pk, "
        "certificate = excluded.certificate, revoked = max(revoked, excluded.revoked)");
    upsert.bind(1, entry.office);
    upsert.bind(2, entry.name);
    upsert.bind(3, entry.headOffice);
    upsert.bindBlob(4, entry.signPublic);
    upsert.bindBlob(5, entry.boxPublic);
    upsert.bindBlob(6, entry.certificate);
    upsert.bind(7, revoked || entry.revoked);
    return upsert.run();
}

QByteArray Roster::rootPublic()
{
    return QByteArray::fromBase64(
        LocalOffice::setting(m_db, QStringLiteral("sync_root_pk")).toLatin1());
}

QUuid Roster::headOfficeId()
{
    return QUuid(LocalOffice::setting(m_db, QStringLiteral("sync_head_office")));
}

Status Roster::setRoot(const QUuid& headOffice, const QByteArray& rootPublic)
{
    Status saved = LocalOffice::setSetting(
        m_db, QStringLiteral("sync_root_pk"), QString::fromLatin1(rootPublic.toBase64()));
    if (saved.ok())
        saved = LocalOffice::setSetting(
            m_db, QStringLiteral("sync_head_office"), headOffice.toString(QUuid::WithoutBraces));
    return saved;
}

Revocations Roster::revocations()
{
    const QByteArray bytes = QByteArray::fromBase64(
        LocalOffice::setting(m_db, QStringLiteral("sync_revocations")).toLatin1());
    if (bytes.isEmpty())
        return {};
    const Result<Revocations> list = certs::verifyRevocations(bytes, rootPublic());
    return list.ok() ? list.value() : Revocations {};
}

Result<bool> Roster::applyRevocations(const Revocations& list)
{
    if (list.version <= revocations().version)
        return false;
    Status saved = LocalOffice::setSetting(
        m_db, QStringLiteral("sync_revocations"), QString::fromLatin1(list.bytes.toBase64()));
    for (const QUuid& office : list.offices) {
        if (!saved.ok())
            break;
        Statement revoke(m_db.handle(), "UPDATE sync_office SET revoked = 1 WHERE office_id = ?");
        revoke.bind(1, office);
        saved = revoke.run();
    }
    if (!saved.ok())
        return saved;
    return true;
}

bool Roster::hasOwnKeys()
{
    Statement select(m_db.handle(), "SELECT 1 FROM sync_own_key");
    return select.step() == Statement::Step::Row;
}

Status Roster::storeOwnKeys(const OfficeKeys& keys, const QByteArray& passphrase)
{
    const QByteArray sealed = keys.sealSecrets(passphrase);
    if (sealed.isEmpty())
        return Issue::error(QStringLiteral("key-seal"), QString(), QString(),
            QCoreApplication::translate("tansiq::sync",
                "Could not protect the keys (not enough "
                "memory for the passphrase hash)."));
    Statement insert(m_db.handle(),
        "INSERT OR REPLACE INTO sync_own_key (office_id, sign_pk, "
        "box_pk, sealed) VALUES (?, ?, ?, ?)");
    insert.bind(1, keys.office);
    insert.bindBlob(2, keys.signPublic);
    insert.bindBlob(3, keys.boxPublic);
    insert.bindBlob(4, sealed);
    return insert.run();
}

Result<OfficeKeys> Roster::unlock(const QByteArray& passphrase)
{
    Statement select(m_db.handle(), "SELECT office_id, sign_pk, box_pk, sealed FROM sync_own_key");
    if (select.step() != Statement::Step::Row)
        return Issue::error(QStringLiteral("no-office"), QString(), QString(),
            QCoreApplication::translate("tansiq::sync",
                "This installation is not set up as an "
                "office yet: run “tansiq-cli office init”."));
    return OfficeKeys::unseal(
        select.uuid(0), select.blob(1), select.blob(2), select.blob(3), passphrase);
}

QByteArray Roster::ownBoxPublic()
{
    Statement select(m_db.handle(), "SELECT box_pk FROM sync_own_key");
    return select.step() == Statement::Step::Row ? select.blob(0) : QByteArray();
}

} // namespace tansiq::sync
