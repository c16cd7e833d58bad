#include "Enrolment.h"

#include "CborIn.h"
#include "ReplicaDirectory.h"
#include "SyncLimits.h"
#include "SyncStore.h"
#include "office/LocalOffice.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCborStreamWriter>
#include <QCoreApplication>

namespace tansiq::sync::enrolment {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tansiq::sync", text);
}

const QByteArray kRequestMagic = "TANSIQ-ENROL-REQUEST-1\n";
const QByteArray kAnswerMagic = "TANSIQ-ENROL-ANSWER-1\n";

Issue badFile(const QString& what)
{
    return Issue::error(QStringLiteral("enrol-file"), what, QString(),
                        tr("The %1 is damaged or not a Tansiq enrolment file.").arg(what));
}

Issue badValidity(qint64 validForMs)
{
    return Issue::error(QStringLiteral("certificate-validity"), tr("validity"),
                        QString::number(validForMs / (24 * 3600 * 1000)),
                        tr("A certificate must be valid for at least one day."));
}

}  // namespace

Result<OfficeKeys> initOffice(Database& db, const QString& name, bool headOffice,
                              const QByteArray& passphrase, qint64 now)
{
    Roster roster(db);
    if (roster.hasOwnKeys())
        return Issue::error(QStringLiteral("office-exists"), QString(), name,
                            tr("This installation is already set up as an office."));
    if (passphrase.size() < 8)
        return Issue::error(QStringLiteral("passphrase-short"), tr("passphrase"), QString(),
                            tr("The passphrase must have at least 8 characters."));
    const QUuid office(LocalOffice::setting(db, QStringLiteral("office_id")));
    OfficeKeys keys = OfficeKeys::generate(office);
    Transaction tx(db);
    Status step = tx.begun();
    if (step.ok())
        step = LocalOffice::rename(db, name);
    if (step.ok())
        step = roster.storeOwnKeys(keys, passphrase);
    if (step.ok() && headOffice) {
        step = roster.setRoot(office, keys.signPublic);
        OfficeEntry self{office, name, true, keys.signPublic, keys.boxPublic, now, {}, false};
        self.certificate = certs::issue(self, keys);
        if (step.ok())
            step = roster.put(self);
    }
    if (step.ok())
        step = tx.commit();
    if (!step.ok())
        return Result<OfficeKeys>::failure(step.issues());
    return keys;
}

QByteArray request(const OfficeKeys& keys, const QString& name)
{
    QByteArray body;
    QCborStreamWriter out(&body);
    out.startArray(4);
    out.append(keys.office.toRfc4122());
    out.append(name);
    out.append(keys.signPublic);
    out.append(keys.boxPublic);
    out.endArray();
    QByteArray file;
    QCborStreamWriter wrap(&file);
    wrap.startArray(2);
    wrap.append(body);
    wrap.append(crypto::sign("tansiq-enrol-1" + body, keys.signSecret));
    wrap.endArray();
    return kRequestMagic + file;
}

Result<OfficeEntry> readRequest(const QByteArray& bytes)
{
    const QString what = tr("enrolment request");
    if (!bytes.startsWith(kRequestMagic) || bytes.size() > 64 * 1024)
        return badFile(what);
    CborIn in(bytes.mid(kRequestMagic.size()));
    in.enterArray(2);
    const QByteArray body = in.bytes(16 * 1024);
    const QByteArray signature = in.bytes(64, 64);
    in.leave();
    OfficeEntry entry;
    CborIn fields(body);
    fields.enterArray(4);
    entry.office = QUuid::fromRfc4122(fields.bytes(16, 16));
    entry.name = fields.text(limits::kMaxNameBytes);
    entry.signPublic = fields.bytes(32, 32);
    entry.boxPublic = fields.bytes(32, 32);
    fields.leave();
    if (!in.ok() || !fields.ok() || !crypto::verify("tansiq-enrol-1" + body, signature, entry.signPublic))
        return badFile(what);
    return entry;
}

Result<QByteArray> sign(Database& db, const OfficeKeys& headOffice, OfficeEntry entry, qint64 now)
{
    return sign(db, headOffice, std::move(entry), now, certs::kDefaultValidityMs);
}

Result<QByteArray> sign(Database& db, const OfficeKeys& headOffice, OfficeEntry entry, qint64 now,
                        qint64 validForMs)
{
    Roster roster(db);
    if (roster.headOfficeId() != headOffice.office)
        return Issue::error(QStringLiteral("not-head-office"), QString(), QString(),
                            tr("Only the head office can enrol offices."));
    if (validForMs <= 0)
        return badValidity(validForMs);
    entry.headOffice = false;
    entry.issuedAt = now;
    entry.expiresAt = now + validForMs;
    entry.certificate = certs::issue(entry, headOffice);
    const Status stored = roster.put(entry);
    if (!stored.ok())
        return Result<QByteArray>::failure(stored.issues());
    QByteArray answer;
    QCborStreamWriter out(&answer);
    const QList<OfficeEntry> offices = roster.offices();
    out.startArray(4);
    out.append(headOffice.signPublic);
    out.append(entry.certificate);
    out.startArray(offices.size());
    for (const OfficeEntry& office : offices)
        out.append(office.certificate);
    out.endArray();
    out.append(roster.revocations().bytes);
    out.endArray();
    return kAnswerMagic + answer;
}

Result<OfficeEntry> accept(Database& db, const OfficeKeys& own, const QByteArray& answer,
                           const QString& expectedFingerprint)
{
    using R = Result<OfficeEntry>;
    const QString what = tr("enrolment answer");
    if (!answer.startsWith(kAnswerMagic) || answer.size() > 16 * 1024 * 1024)
        return badFile(what);
    CborIn in(answer.mid(kAnswerMagic.size()));
    in.enterArray(4);
    const QByteArray root = in.bytes(32, 32);
    const QByteArray mine = in.bytes(4096);
    const qsizetype count = in.enterArray(limits::kMaxRosterEntries);
    QList<QByteArray> certificates;
    for (qsizetype i = 0; i < count && in.ok(); ++i)
        certificates << in.bytes(4096);
    in.leave();
    const QByteArray revocationBytes = in.bytes(1 << 20);
    in.leave();
    if (!in.ok())
        return badFile(what);
    const Result<OfficeEntry> me = certs::verify(mine, root);
    if (!me.ok() || me->office != own.office || me->signPublic != own.signPublic
        || me->boxPublic != own.boxPublic)
        return badFile(what);
    std::optional<OfficeEntry> head;
    QList<OfficeEntry> entries;
    for (const QByteArray& certificate : certificates) {
        const Result<OfficeEntry> entry = certs::verify(certificate, root);
        if (!entry.ok())
            return badFile(what);
        if (entry->headOffice && entry->signPublic == root)
            head = entry.value();
        entries << entry.value();
    }
    if (!head)
        return badFile(what);
    if (!expectedFingerprint.isEmpty()
        && expectedFingerprint.compare(head->fingerprint(), Qt::CaseInsensitive) != 0) {
        return Issue::error(QStringLiteral("fingerprint-mismatch"), tr("fingerprint"),
                            expectedFingerprint,
                            tr("The head office's fingerprint is %1, not %2: do not use this "
                               "answer, and call the head office.")
                                .arg(head->fingerprint(), expectedFingerprint));
    }
    Roster roster(db);
    Transaction tx(db);
    Status step = tx.begun();
    if (step.ok())
        step = roster.setRoot(head->office, root);
    for (const OfficeEntry& entry : entries) {
        if (step.ok())
            step = roster.put(entry);
    }
    if (step.ok() && !revocationBytes.isEmpty()) {
        const Result<Revocations> list = certs::verifyRevocations(revocationBytes, root);
        if (!list.ok())
            return badFile(what);
        const Result<bool> applied = roster.applyRevocations(list.value());
        if (!applied.ok())
            step = Status::failure(applied.issues());
    }
    if (step.ok())
        step = tx.commit();
    if (!step.ok())
        return R::failure(step.issues());
    return *head;
}

Status revoke(Database& db, const OfficeKeys& headOffice, const QUuid& office, qint64 now)
{
    Roster roster(db);
    if (roster.headOfficeId() != headOffice.office)
        return Issue::error(QStringLiteral("not-head-office"), QString(), QString(),
                            tr("Only the head office can revoke offices."));
    if (office == headOffice.office)
        return Issue::error(QStringLiteral("revoke-self"), QString(), QString(),
                            tr("The head office cannot revoke itself."));
    Revocations current = roster.revocations();
    if (!current.offices.contains(office))
        current.offices << office;
    Revocations next;
    next.version = current.version + 1;
    next.offices = current.offices;
    next.issuedAt = now;
    next.bytes = certs::signRevocations(next.version, next.offices, now, headOffice);
    const Result<bool> applied = roster.applyRevocations(next);
    return applied.ok() ? success() : Status::failure(applied.issues());
}

Result<OfficeEntry> renew(Database& db, const OfficeKeys& headOffice, const QUuid& office,
                          qint64 now, qint64 validForMs)
{
    Roster roster(db);
    if (roster.headOfficeId() != headOffice.office)
        return Issue::error(QStringLiteral("not-head-office"), QString(), QString(),
                            tr("Only the head office can renew certificates."));
    if (validForMs <= 0)
        return badValidity(validForMs);
    std::optional<OfficeEntry> entry = roster.office(office);
    if (!entry)
        return Issue::error(QStringLiteral("office-unknown"), tr("office"),
                            office.toString(QUuid::WithoutBraces),
                            tr("No office %1 in the roster.").arg(office.toString(QUuid::WithoutBraces)));
    if (entry->headOffice)
        return Issue::error(QStringLiteral("renew-head-office"), tr("office"), entry->name,
                            tr("The head office's own certificate does not expire."));
    if (entry->revoked)
        return Issue::error(QStringLiteral("renew-revoked"), tr("office"), entry->name,
                            tr("Office “%1” is revoked: it must enrol again with new keys.")
                                .arg(entry->name));
    // Strictly later than the certificate it replaces, so every roster keeps the new one.
    entry->issuedAt = qMax(now, entry->issuedAt + 1);
    entry->expiresAt = entry->issuedAt + validForMs;
    entry->certificate = certs::issue(*entry, headOffice);
    const Status stored = roster.put(*entry);
    if (!stored.ok())
        return Result<OfficeEntry>::failure(stored.issues());
    return *entry;
}

Status renewReplica(Database& db)
{
    Transaction tx(db);
    Status step = tx.begun();
    const QUuid replica = QUuid::createUuid();
    if (step.ok())
        step = LocalOffice::setSetting(db, QStringLiteral("replica_id"),
                                       replica.toString(QUuid::WithoutBraces));
    // The new replica's operations follow everything this database has, old replica included.
    ReplicaDirectory replicas(db);
    const Result<quint32> index = replicas.indexOf(
        replica.toRfc4122(), QUuid(LocalOffice::setting(db, QStringLiteral("office_id"))));
    if (step.ok() && !index.ok())
        step = Status::failure(index.issues());
    SyncStore store(db);
    if (step.ok())
        step = store.addEpoch(index.value(), 1, store.have(index.value()));
    if (step.ok())
        step = tx.commit();
    return step;
}

}  // namespace tansiq::sync::enrolment
