#include "Enrolment.h"

#include "CborIn.h"
#include "PassphrasePolicy.h"
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

// The context lupdate gives tr() calls in this namespace (it was "tansiq::sync" before, so
// these messages were never shown translated).
QString tr(const char* text)
{
    return QCoreApplication::translate("tansiq::sync::enrolment", text);
}

const QByteArray kRequestMagic = "TANSIQ-ENROL-REQUEST-1\n";
// Format 1 answers were plain CBOR (still read); format 2 seals the same CBOR to the requesting
// office's box key, so a lost answer shows nothing of the roster (docs/decisions/0051).
const QByteArray kAnswerMagic1 = "TANSIQ-ENROL-ANSWER-1\n";
const QByteArray kAnswerMagic = "TANSIQ-ENROL-ANSWER-2\n";
constexpr qsizetype kMaxAnswerBytes = 16 * 1024 * 1024;

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

struct Answer {
    QByteArray root;
    OfficeEntry head;
    QList<OfficeEntry> entries;
    std::optional<Revocations> revocations;
};

// Reads and verifies an answer for `own` without storing anything.
Result<Answer> parseAnswer(const QByteArray& answer, const OfficeKeys& own)
{
    const QString what = tr("enrolment answer");
    if (answer.size() > kMaxAnswerBytes)
        return badFile(what);
    QByteArray body;
    if (answer.startsWith(kAnswerMagic1)) {
        body = answer.mid(kAnswerMagic1.size());
    } else if (answer.startsWith(kAnswerMagic)) {
        const std::optional<QByteArray> opened =
            crypto::openSealed(answer.mid(kAnswerMagic.size()), own.boxPublic, own.boxSecret);
        if (!opened)
            return Issue::error(QStringLiteral("enrol-answer-not-ours"), what, QString(),
                                tr("This enrolment answer was not made for this office (or is "
                                   "damaged). Nothing was changed."));
        body = *opened;
    } else {
        return badFile(what);
    }
    CborIn in(body);
    in.enterArray(4);
    Answer out;
    out.root = in.bytes(32, 32);
    const QByteArray mine = in.bytes(4096);
    const qsizetype count = in.enterArray(limits::kMaxRosterEntries);
    QList<QByteArray> certificates;
    for (qsizetype i = 0; i < count && in.ok(); ++i)
        certificates << in.bytes(4096);
    in.leave();
    const QByteArray revocationBytes = in.bytes(1 << 20);
    in.leave();
    if (!in.ok() || !in.finished())
        return badFile(what);
    const Result<OfficeEntry> me = certs::verify(mine, out.root);
    if (!me.ok() || me->office != own.office || me->signPublic != own.signPublic
        || me->boxPublic != own.boxPublic)
        return badFile(what);
    bool haveHead = false;
    for (const QByteArray& certificate : certificates) {
        const Result<OfficeEntry> entry = certs::verify(certificate, out.root);
        if (!entry.ok())
            return badFile(what);
        if (entry->headOffice && entry->signPublic == out.root) {
            out.head = entry.value();
            haveHead = true;
        }
        out.entries << entry.value();
    }
    if (!haveHead)
        return badFile(what);
    if (!revocationBytes.isEmpty()) {
        const Result<Revocations> list = certs::verifyRevocations(revocationBytes, out.root);
        if (!list.ok())
            return badFile(what);
        out.revocations = list.value();
    }
    return out;
}

}  // namespace

Result<OfficeKeys> initOffice(Database& db, const QString& name, bool headOffice,
                              const QByteArray& passphrase, qint64 now)
{
    Roster roster(db);
    if (roster.hasOwnKeys())
        return Issue::error(QStringLiteral("office-exists"), QString(), name,
                            tr("This installation is already set up as an office."));
    const Status strong = passphrase::check(passphrase);
    if (!strong.ok())
        return Result<OfficeKeys>::failure(strong.issues());
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
    const QString id = entry.office.toString(QUuid::WithoutBraces);
    // A request names its own office id: one that is already someone's would hand that
    // identity to whoever holds the new keys (docs/decisions/0048).
    if (entry.office == headOffice.office || entry.office == roster.headOfficeId() || entry.office.isNull())
        return Issue::error(QStringLiteral("enrol-head-office-id"), tr("office"), id,
                            tr("The request claims the head office's own office id %1: it cannot "
                               "be signed. Nothing was changed.")
                                .arg(id));
    if (const std::optional<OfficeEntry> existing = roster.office(entry.office)) {
        return Issue::error(QStringLiteral("enrol-office-exists"), tr("office"), id,
                            tr("The request claims office id %1, which already belongs to the "
                               "enrolled office “%2” (fingerprint %3): it cannot be signed, and "
                               "nothing was changed. To extend that office's certificate, renew "
                               "it; an office with new keys enrols from a new installation.")
                                .arg(id, existing->name, existing->fingerprint()));
    }
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
    return kAnswerMagic + crypto::sealTo(answer, entry.boxPublic);
}

Result<OfficeEntry> readAnswer(const QByteArray& answer, const OfficeKeys& own)
{
    const Result<Answer> parsed = parseAnswer(answer, own);
    if (!parsed.ok())
        return Result<OfficeEntry>::failure(parsed.issues());
    return parsed->head;
}

Result<OfficeEntry> accept(Database& db, const OfficeKeys& own, const QByteArray& answer,
                           const std::optional<QString>& expectedFingerprint)
{
    using R = Result<OfficeEntry>;
    const Result<Answer> parsed = parseAnswer(answer, own);
    if (!parsed.ok())
        return R::failure(parsed.issues());
    const OfficeEntry& head = parsed->head;
    if (expectedFingerprint && expectedFingerprint->trimmed().isEmpty())
        return Issue::error(QStringLiteral("fingerprint-required"), tr("fingerprint"), QString(),
                            tr("Confirm the head office's fingerprint with the head office (by "
                               "phone) before accepting its answer."));
    if (expectedFingerprint
        && expectedFingerprint->trimmed().compare(head.fingerprint(), Qt::CaseInsensitive) != 0) {
        return Issue::error(QStringLiteral("fingerprint-mismatch"), tr("fingerprint"),
                            *expectedFingerprint,
                            tr("The head office's fingerprint is %1, not %2: do not use this "
                               "answer, and call the head office.")
                                .arg(head.fingerprint(), expectedFingerprint->trimmed()));
    }
    Roster roster(db);
    // A root once pinned is never replaced by an answer: whoever could hand this office a
    // file would otherwise become its head office.
    const QByteArray pinned = roster.rootPublic();
    if (!pinned.isEmpty() && (pinned != parsed->root || roster.headOfficeId() != head.office)) {
        return Issue::error(QStringLiteral("root-pinned"), tr("head office"), head.name,
                            tr("This office already trusts a head office with another key; the "
                               "answer from “%1” (fingerprint %2) was refused and nothing was "
                               "changed. Call your head office.")
                                .arg(head.name, head.fingerprint()));
    }
    Transaction tx(db);
    Status step = tx.begun();
    if (step.ok())
        step = roster.setRoot(head.office, parsed->root);
    for (const OfficeEntry& entry : parsed->entries) {
        // This office's own entry only as the head office certified its own keys.
        const bool mine = entry.office == own.office;
        if (step.ok() && (!mine || (entry.signPublic == own.signPublic && entry.boxPublic == own.boxPublic)))
            step = roster.put(entry);
    }
    if (step.ok() && parsed->revocations) {
        const Result<bool> applied = roster.applyRevocations(*parsed->revocations);
        if (!applied.ok())
            step = Status::failure(applied.issues());
    }
    if (step.ok())
        step = tx.commit();
    if (!step.ok())
        return R::failure(step.issues());
    return head;
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
