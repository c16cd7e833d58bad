#include "core/sync/Enrolment.h"

#include "core/office/LocalOffice.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"
#include "core/sync/CborIn.h"
#include "core/sync/PassphrasePolicy.h"
#include "core/sync/ReplicaDirectory.h"
#include "core/sync/SyncLimits.h"
#include "core/sync/SyncStore.h"

#include <QCborStreamWriter>
#include <QCoreApplication>

namespace tansiq::sync::enrolment {

namespace {

// The context lupdate gives tr() calls in this namespace (it was "tansiq::sync" before, so
// these messages were never shown translated).
struct Enrolment {
    Q_DECLARE_TR_FUNCTIONS(tansiq::sync::enrolment)
};

const QByteArray kRequestMagic = "TANSIQ-ENROL-REQUEST-1\n";
// Format 1 answers were plain CBOR (still read); format 2 seals the same CBOR to the requesting
// office's box key, so a lost answer shows nothing of the roster (docs/decisions/0051).
// Format 3 (docs/decisions/0061): the same sealed CBOR, whose first element is the network's
// root, the head office's certification key, which certified the head office's everyday key.
// Formats 1 and 2 come from self-rooted head offices (root = everyday key); they are still read.
const QByteArray kAnswerMagic1 = "TANSIQ-ENROL-ANSWER-1\n";
const QByteArray kAnswerMagic2 = "TANSIQ-ENROL-ANSWER-2\n";
const QByteArray kAnswerMagic = "TANSIQ-ENROL-ANSWER-3\n";
const QByteArray kAnswerPrefix = "TANSIQ-ENROL-ANSWER-";
constexpr qsizetype kMaxAnswerBytes = 16 * 1024 * 1024;

Issue badFile(const QString& what)
{
    return Issue::error(QStringLiteral("enrol-file"), what, QString(),
        Enrolment::tr("The %1 is damaged or not a Tansiq enrolment file.").arg(what));
}

Issue badValidity(qint64 validForMs)
{
    return Issue::error(QStringLiteral("certificate-validity"), Enrolment::tr("validity"),
        QString::number(validForMs / (24 * 3600 * 1000)),
        Enrolment::tr("A certificate must be valid for at least one day."));
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
    const QString what = Enrolment::tr("enrolment answer");
    if (answer.size() > kMaxAnswerBytes)
        return badFile(what);
    QByteArray body;
    if (answer.startsWith(kAnswerMagic1)) {
        body = answer.mid(kAnswerMagic1.size());
    } else if (answer.startsWith(kAnswerMagic) || answer.startsWith(kAnswerMagic2)) {
        const std::optional<QByteArray> opened
            = crypto::openSealed(answer.mid(kAnswerMagic.size()), own.boxPublic, own.boxSecret);
        if (!opened)
            return Issue::error(QStringLiteral("enrol-answer-not-ours"), what, QString(),
                Enrolment::tr("This enrolment answer was not made for this office (or is "
                              "damaged). Nothing was changed."));
        body = *opened;
    } else if (answer.startsWith(kAnswerPrefix)
        && answer.mid(kAnswerPrefix.size(), 3).split('\n').value(0).toUInt() > 3) {
        const QString version
            = QString::fromLatin1(answer.mid(kAnswerPrefix.size(), 3).split('\n').value(0));
        return Issue::error(QStringLiteral("enrol-answer-newer"), what, version,
            Enrolment::tr("This enrolment answer is of format %1, made by a newer Tansiq. "
                          "Update Tansiq, then accept it again; nothing was changed.")
                .arg(version));
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
        // The head office's certificate, signed by the root: the root itself (self-rooted)
        // or the everyday key the certification key certified.
        if (entry->headOffice && !haveHead) {
            out.head = entry.value();
            haveHead = true;
        }
        out.entries << entry.value();
    }
    if (!haveHead)
        return badFile(what);
    out.head.rootFingerprint = out.head.signPublic == out.root
        ? out.head.fingerprint()
        : CertificationKey::fingerprintOf(out.root);
    if (!revocationBytes.isEmpty()) {
        const Result<Revocations> list = certs::verifyRevocations(revocationBytes, out.root);
        if (!list.ok())
            return badFile(what);
        out.revocations = list.value();
    }
    return out;
}

QUuid ownOffice(Database& db)
{
    return QUuid(LocalOffice::setting(db, QStringLiteral("office_id")));
}

// Whether this installation is the head office and `certifier` is its network's root.
Status checkCertifier(Database& db, const CertificationKey& certifier, const QString& notHead)
{
    Roster roster(db);
    const QUuid me = ownOffice(db);
    const QByteArray root = roster.rootPublic();
    if (me.isNull() || roster.headOfficeId() != me || root.isEmpty())
        return Issue::error(QStringLiteral("not-head-office"), QString(), QString(), notHead);
    if (certifier.isValid() && certifier.publicKey() == root)
        return success();
    const std::optional<OfficeEntry> self = roster.office(me);
    if (!certifier.isValid() || (self && certifier.publicKey() == self->signPublic))
        return Issue::error(QStringLiteral("certification-key-required"),
            Enrolment::tr("certification key"), QString(),
            Enrolment::tr("Offices of this network are certified with the head office's "
                          "offline certification key (fingerprint %1), not with this "
                          "computer's everyday key. Give the certification key file "
                          "(--certification-key FILE). Nothing was changed.")
                .arg(CertificationKey::fingerprintOf(root)));
    return Issue::error(QStringLiteral("certification-key-wrong"),
        Enrolment::tr("certification key"), certifier.fingerprint(),
        Enrolment::tr("The certification key given (fingerprint %1) is not this network's "
                      "(fingerprint %2). Nothing was changed.")
            .arg(certifier.fingerprint(), CertificationKey::fingerprintOf(root)));
}

Result<OfficeKeys> initWith(Database& db, const QString& name, bool headOffice,
    const QByteArray& passphrase, const CertificationKey* root, qint64 now)
{
    Roster roster(db);
    if (roster.hasOwnKeys())
        return Issue::error(QStringLiteral("office-exists"), QString(), name,
            Enrolment::tr("This installation is already set up as an office."));
    const Status strong = passphrase::check(passphrase);
    if (!strong.ok())
        return strong;
    const QUuid office(LocalOffice::setting(db, QStringLiteral("office_id")));
    OfficeKeys keys = OfficeKeys::generate(office);
    Transaction tx(db);
    Status step = tx.begun();
    if (step.ok())
        step = LocalOffice::rename(db, name);
    if (step.ok())
        step = roster.storeOwnKeys(keys, passphrase);
    if (step.ok() && headOffice) {
        // Self-rooted without a certification key (networks made before 0061).
        const CertificationKey certifier = root ? *root : CertificationKey(keys);
        step = roster.setRoot(office, certifier.publicKey());
        OfficeEntry self { office, name, true, keys.signPublic, keys.boxPublic, now, {}, false };
        self.certificate = certs::issue(self, certifier);
        if (step.ok())
            step = roster.put(self);
    }
    if (step.ok())
        step = tx.commit();
    if (!step.ok())
        return step;
    return keys;
}

} // namespace

Result<OfficeKeys> initOffice(
    Database& db, const QString& name, bool headOffice, const QByteArray& passphrase, qint64 now)
{
    return initWith(db, name, headOffice, passphrase, nullptr, now);
}

Result<OfficeKeys> initHeadOffice(Database& db, const QString& name, const QByteArray& passphrase,
    const CertificationKey& root, qint64 now)
{
    if (!root.isValid())
        return Issue::error(QStringLiteral("certification-key-required"),
            Enrolment::tr("certification key"), QString(),
            Enrolment::tr("A head office needs its certification key."));
    return initWith(db, name, true, passphrase, &root, now);
}

QString rootFingerprint(Database& db)
{
    Roster roster(db);
    const QByteArray root = roster.rootPublic();
    if (root.isEmpty())
        return {};
    const std::optional<OfficeEntry> head = roster.office(roster.headOfficeId());
    if (head && head->signPublic == root)
        return head->fingerprint();
    return CertificationKey::fingerprintOf(root);
}

Result<OfficeKeys> certifyNewEverydayKey(
    Database& db, const CertificationKey& root, const QByteArray& passphrase, qint64 now)
{
    const Status allowed = checkCertifier(
        db, root, Enrolment::tr("Only the head office can certify its everyday key."));
    if (!allowed.ok())
        return allowed;
    Roster roster(db);
    const QUuid me = ownOffice(db);
    const std::optional<OfficeEntry> current = roster.office(me);
    if (!current || current->signPublic == root.publicKey())
        return Issue::error(QStringLiteral("self-rooted"), Enrolment::tr("certification key"),
            QString(),
            Enrolment::tr("This head office's everyday key is also its root (a network made "
                          "before certification keys): it cannot be replaced without "
                          "enrolling every office again."));
    const Status strong = passphrase::check(passphrase);
    if (!strong.ok())
        return strong;
    // What this database holds of each of the head office's replicas: the old key's batches up
    // to there stay valid; anything else it signs from now on is refused.
    RetiredKey retired { me, current->signPublic, {} };
    ReplicaDirectory replicas(db);
    SyncStore store(db);
    const Vector have = store.have(0);
    for (quint32 index : replicas.replicasOf(me))
        retired.validUpTo.append({ replicas.replicaId(index), have.value(index) });
    OfficeKeys keys = OfficeKeys::generate(me);
    OfficeEntry entry = *current;
    entry.signPublic = keys.signPublic;
    entry.boxPublic = keys.boxPublic;
    entry.issuedAt = qMax(now, current->issuedAt + 1);
    entry.expiresAt = 0;
    entry.revoked = false;
    entry.certificate = certs::issue(entry, root);
    Revocations next = roster.revocations();
    next.version += 1;
    next.issuedAt = now;
    next.keys.append(retired);
    next.bytes = certs::signRevocations(next.version, next.offices, now, root, next.keys);

    Transaction tx(db);
    Status step = tx.begun();
    if (step.ok())
        step = roster.storeOwnKeys(keys, passphrase);
    if (step.ok())
        step = roster.put(entry);
    if (step.ok()) {
        const Result<bool> applied = roster.applyRevocations(next);
        if (!applied.ok())
            step = applied.status();
    }
    // The new key writes under a new replica: the old replicas end where the old key's cut is.
    if (step.ok())
        step = renewReplica(db);
    if (step.ok())
        step = tx.commit();
    if (!step.ok())
        return step;
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
    const QString what = Enrolment::tr("enrolment request");
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
    if (!in.ok() || !fields.ok()
        || !crypto::verify("tansiq-enrol-1" + body, signature, entry.signPublic))
        return badFile(what);
    return entry;
}

Result<QByteArray> sign(
    Database& db, const CertificationKey& certifier, OfficeEntry entry, qint64 now)
{
    return sign(db, certifier, std::move(entry), now, certs::kDefaultValidityMs);
}

Result<QByteArray> sign(Database& db, const CertificationKey& certifier, OfficeEntry entry,
    qint64 now, qint64 validForMs)
{
    Roster roster(db);
    const Status allowed
        = checkCertifier(db, certifier, Enrolment::tr("Only the head office can enrol offices."));
    if (!allowed.ok())
        return allowed;
    if (validForMs <= 0)
        return badValidity(validForMs);
    const QString id = entry.office.toString(QUuid::WithoutBraces);
    // A request names its own office id: one that is already someone's would hand that
    // identity to whoever holds the new keys (docs/decisions/0048).
    if (entry.office == roster.headOfficeId() || entry.office.isNull())
        return Issue::error(QStringLiteral("enrol-head-office-id"), Enrolment::tr("office"), id,
            Enrolment::tr("The request claims the head office's own office id %1: it cannot "
                          "be signed. Nothing was changed.")
                .arg(id));
    if (const std::optional<OfficeEntry> existing = roster.office(entry.office)) {
        return Issue::error(QStringLiteral("enrol-office-exists"), Enrolment::tr("office"), id,
            Enrolment::tr("The request claims office id %1, which already belongs to the "
                          "enrolled office “%2” (fingerprint %3): it cannot be signed, and "
                          "nothing was changed. To extend that office's certificate, renew "
                          "it; an office with new keys enrols from a new installation.")
                .arg(id, existing->name, existing->fingerprint()));
    }
    entry.headOffice = false;
    entry.issuedAt = now;
    entry.expiresAt = now + validForMs;
    entry.certificate = certs::issue(entry, certifier);
    const Status stored = roster.put(entry);
    if (!stored.ok())
        return stored;
    QByteArray answer;
    QCborStreamWriter out(&answer);
    const QList<OfficeEntry> offices = roster.offices();
    out.startArray(4);
    out.append(certifier.publicKey());
    out.append(entry.certificate);
    out.startArray(offices.size());
    for (const OfficeEntry& office : offices)
        out.append(office.certificate);
    out.endArray();
    out.append(roster.revocations().bytes);
    out.endArray();
    // A self-rooted head office still writes format 2, which 2.0 readers take.
    const bool selfRooted = roster.office(roster.headOfficeId())
        && roster.office(roster.headOfficeId())->signPublic == certifier.publicKey();
    return (selfRooted ? kAnswerMagic2 : kAnswerMagic) + crypto::sealTo(answer, entry.boxPublic);
}

Result<OfficeEntry> readAnswer(const QByteArray& answer, const OfficeKeys& own)
{
    const Result<Answer> parsed = parseAnswer(answer, own);
    if (!parsed.ok())
        return parsed;
    return parsed->head;
}

Result<OfficeEntry> accept(Database& db, const OfficeKeys& own, const QByteArray& answer,
    const std::optional<QString>& expectedFingerprint)
{
    const Result<Answer> parsed = parseAnswer(answer, own);
    if (!parsed.ok())
        return parsed;
    const OfficeEntry& head = parsed->head;
    if (expectedFingerprint && expectedFingerprint->trimmed().isEmpty())
        return Issue::error(QStringLiteral("fingerprint-required"), Enrolment::tr("fingerprint"),
            QString(),
            Enrolment::tr("Confirm the head office's fingerprint with the head office (by "
                          "phone) before accepting its answer."));
    // The fingerprint confirmed is the root's: the key this office pins. (The head office's
    // everyday keys are public; an answer made by anyone could certify them.)
    if (expectedFingerprint
        && expectedFingerprint->trimmed().compare(head.rootFingerprint, Qt::CaseInsensitive) != 0) {
        return Issue::error(QStringLiteral("fingerprint-mismatch"), Enrolment::tr("fingerprint"),
            *expectedFingerprint,
            Enrolment::tr("The head office's fingerprint is %1, not %2: do not use this "
                          "answer, and call the head office.")
                .arg(head.rootFingerprint, expectedFingerprint->trimmed()));
    }
    Roster roster(db);
    // A root once pinned is never replaced by an answer: whoever could hand this office a
    // file would otherwise become its head office.
    const QByteArray pinned = roster.rootPublic();
    if (!pinned.isEmpty() && (pinned != parsed->root || roster.headOfficeId() != head.office)) {
        return Issue::error(QStringLiteral("root-pinned"), Enrolment::tr("head office"), head.name,
            Enrolment::tr("This office already trusts a head office with another key; the "
                          "answer from “%1” (fingerprint %2) was refused and nothing was "
                          "changed. Call your head office.")
                .arg(head.name, head.rootFingerprint));
    }
    Transaction tx(db);
    Status step = tx.begun();
    if (step.ok())
        step = roster.setRoot(head.office, parsed->root);
    for (const OfficeEntry& entry : parsed->entries) {
        // This office's own entry only as the head office certified its own keys.
        const bool mine = entry.office == own.office;
        if (step.ok()
            && (!mine || (entry.signPublic == own.signPublic && entry.boxPublic == own.boxPublic)))
            step = roster.put(entry);
    }
    if (step.ok() && parsed->revocations) {
        const Result<bool> applied = roster.applyRevocations(*parsed->revocations);
        if (!applied.ok())
            step = applied.status();
    }
    if (step.ok())
        step = tx.commit();
    if (!step.ok())
        return step;
    return head;
}

Status revoke(Database& db, const CertificationKey& certifier, const QUuid& office, qint64 now)
{
    Roster roster(db);
    const Status allowed
        = checkCertifier(db, certifier, Enrolment::tr("Only the head office can revoke offices."));
    if (!allowed.ok())
        return allowed;
    if (office == roster.headOfficeId())
        return Issue::error(QStringLiteral("revoke-self"), QString(), QString(),
            Enrolment::tr("The head office cannot revoke itself."));
    Revocations current = roster.revocations();
    if (!current.offices.contains(office))
        current.offices << office;
    Revocations next;
    next.version = current.version + 1;
    next.offices = current.offices;
    next.issuedAt = now;
    next.keys = current.keys; // retired keys stay retired
    next.bytes = certs::signRevocations(next.version, next.offices, now, certifier, next.keys);
    const Result<bool> applied = roster.applyRevocations(next);
    return applied.status();
}

Result<OfficeEntry> renew(Database& db, const CertificationKey& certifier, const QUuid& office,
    qint64 now, qint64 validForMs)
{
    Roster roster(db);
    const Status allowed = checkCertifier(
        db, certifier, Enrolment::tr("Only the head office can renew certificates."));
    if (!allowed.ok())
        return allowed;
    if (validForMs <= 0)
        return badValidity(validForMs);
    std::optional<OfficeEntry> entry = roster.office(office);
    if (!entry)
        return Issue::error(QStringLiteral("office-unknown"), Enrolment::tr("office"),
            office.toString(QUuid::WithoutBraces),
            Enrolment::tr("No office %1 in the roster.")
                .arg(office.toString(QUuid::WithoutBraces)));
    if (entry->headOffice)
        return Issue::error(QStringLiteral("renew-head-office"), Enrolment::tr("office"),
            entry->name, Enrolment::tr("The head office's own certificate does not expire."));
    if (entry->revoked)
        return Issue::error(QStringLiteral("renew-revoked"), Enrolment::tr("office"), entry->name,
            Enrolment::tr("Office “%1” is revoked: it must enrol again with new keys.")
                .arg(entry->name));
    // Strictly later than the certificate it replaces, so every roster keeps the new one.
    entry->issuedAt = qMax(now, entry->issuedAt + 1);
    entry->expiresAt = entry->issuedAt + validForMs;
    entry->certificate = certs::issue(*entry, certifier);
    const Status stored = roster.put(*entry);
    if (!stored.ok())
        return stored;
    return *entry;
}

Status renewReplica(Database& db)
{
    Transaction tx(db);
    Status step = tx.begun();
    const QUuid replica = QUuid::createUuid();
    if (step.ok())
        step = LocalOffice::setSetting(
            db, QStringLiteral("replica_id"), replica.toString(QUuid::WithoutBraces));
    // The new replica's operations follow everything this database has, old replica included.
    ReplicaDirectory replicas(db);
    const Result<quint32> index = replicas.indexOf(
        replica.toRfc4122(), QUuid(LocalOffice::setting(db, QStringLiteral("office_id"))));
    if (step.ok() && !index.ok())
        step = index.status();
    SyncStore store(db);
    if (step.ok())
        step = store.addEpoch(index.value(), 1, store.have(index.value()));
    if (step.ok())
        step = tx.commit();
    return step;
}

} // namespace tansiq::sync::enrolment
