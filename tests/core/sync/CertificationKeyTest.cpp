// Issue 12 item 5 (docs/decisions/0061): the head office's certification key is separate from
// its everyday key. Field offices pin the certification key; the everyday key is certified by it
// and signs only bundles and batches; offices and revocation lists are certified by it alone.

#include "core/sync/CertificationKey.h"

#include "core/registry/Registry.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "core/sync/Enrolment.h"
#include "core/sync/Roster.h"
#include "tests/core/sync/AdversarialSupport.h"

#include <QtEndian>

#include <sodium.h>

namespace tansiq::test {
namespace {
constexpr qint64 kNow = 1793491200000;
} // namespace

// Enrolment by files in a network rooted in a certification key: the answer carries the root,
// the field office confirms the root's fingerprint (not the everyday key's), pins it, and
// accepts the head office's bundles signed by the everyday key the root certified.
TEST(SyncCertificationKey, AFieldOfficeEnrolledByFilesPinsTheRootAndAcceptsTheCertifiedEverydayKey)
{
    Workspace::Options options;
    options.seedGazetteer = false;
    TestWorkspace head(options);
    TestWorkspace field(options);
    const sync::CertificationKey root = sync::CertificationKey::generate();
    auto hoKeys = sync::enrolment::initHeadOffice(
        head->database(), QStringLiteral("Damascus"), "olive-tree-2026", root, kNow);
    ASSERT_TRUE(hoKeys.ok()) << hoKeys.errorText().toStdString();
    sync::Roster hoRoster(head->database());
    EXPECT_EQ(hoRoster.rootPublic(), root.publicKey());
    EXPECT_NE(hoKeys->signPublic, root.publicKey()) << "the everyday key is not the root";
    const auto self = hoRoster.office(hoKeys->office);
    ASSERT_TRUE(self.has_value());
    EXPECT_TRUE(sync::certs::verify(self->certificate, root.publicKey()).ok());
    EXPECT_EQ(sync::enrolment::rootFingerprint(head->database()), root.fingerprint());

    auto fieldKeys = sync::enrolment::initOffice(
        field->database(), QStringLiteral("Aleppo"), false, "fig-and-lemon-77", kNow);
    ASSERT_TRUE(fieldKeys.ok());
    auto request = sync::enrolment::readRequest(
        sync::enrolment::request(*fieldKeys, QStringLiteral("Aleppo")));
    ASSERT_TRUE(request.ok());
    auto answer = sync::enrolment::sign(head->database(), root, request.value(), kNow);
    ASSERT_TRUE(answer.ok()) << answer.errorText().toStdString();
    EXPECT_TRUE(answer->startsWith("TANSIQ-ENROL-ANSWER-3\n"));

    auto shown = sync::enrolment::readAnswer(answer.value(), *fieldKeys);
    ASSERT_TRUE(shown.ok());
    EXPECT_EQ(shown->rootFingerprint, root.fingerprint());
    // The everyday key's fingerprint is not what is pinned: anyone could certify those public
    // keys under a root of their own.
    const QString before = logicalDump(field->database());
    auto everyday = sync::enrolment::accept(
        field->database(), *fieldKeys, answer.value(), shown->fingerprint());
    ASSERT_FALSE(everyday.ok());
    EXPECT_EQ(everyday.issues().first().code, QStringLiteral("fingerprint-mismatch"));
    EXPECT_EQ(logicalDump(field->database()), before);
    auto accepted = sync::enrolment::accept(
        field->database(), *fieldKeys, answer.value(), root.fingerprint());
    ASSERT_TRUE(accepted.ok()) << accepted.errorText().toStdString();
    EXPECT_EQ(sync::Roster(field->database()).rootPublic(), root.publicKey());

    sync::SyncContext hoContext(head->registry(), head.clock());
    sync::SyncContext fieldContext(field->registry(), field.clock());
    Organisation org;
    org.acronym = QStringLiteral("SARC");
    org.nameEn = QStringLiteral("Syrian Arab Red Crescent");
    org.nameAr = QStringLiteral("الهلال الأحمر العربي السوري");
    ASSERT_TRUE(head->registry().organisations().create(org).ok());
    auto bundle = sync::Exporter(hoContext).build(fieldKeys->office, *hoKeys);
    ASSERT_TRUE(bundle.ok()) << bundle.errorText().toStdString();
    auto imported = sync::Importer(fieldContext).run(bundle->bytes, *fieldKeys);
    ASSERT_TRUE(imported.ok()) << imported.errorText().toStdString();
    EXPECT_EQ(imported->applied, 1);
    EXPECT_EQ(field->registry().organisations().list().size(), 1);
}

TEST_F(SyncCertified, AFieldOfficeAcceptsBundlesSignedByTheCertifiedEverydayKey)
{
    EXPECT_NE(network().root().publicKey(), ho().keys.signPublic);
    addOrganisations(ho(), 2);
    auto imported = f1().import(bundle(ho(), f1()));
    ASSERT_TRUE(imported.ok()) << imported.errorText().toStdString();
    EXPECT_EQ(imported->applied, 2);
    auto back = ho().import(bundle(f1(), ho()));
    ASSERT_TRUE(back.ok()) << back.errorText().toStdString();
    EXPECT_EQ(f1().stateHash(), ho().stateHash());
}

// Keys that claim to be the head office's, or offices the head office's everyday key
// "certified", are refused: only the pinned root certifies.
TEST_F(SyncCertified, AnEverydayKeyNotCertifiedByThePinnedRootIsRefused)
{
    addOrganisations(ho(), 1);
    // A bundle from the head office's id, signed by `signer`, carrying `certificates`.
    const auto headOfficeBundleWith
        = [this](const sync::OfficeKeys& signer, const QList<QByteArray>& certificates) {
              sync::Manifest manifest = manifestFrom(ho(), f1(), {});
              manifest.certificates = certificates;
              return seal(sync::manifest::build(manifest, {}, signer), f1());
          };
    // An attacker's key, certified as the head office by itself.
    const sync::OfficeKeys attacker = sync::OfficeKeys::generate(ho().id());
    sync::OfficeEntry forgedHead { ho().id(), ho().name, true, attacker.signPublic,
        attacker.boxPublic, kNow, {}, false };
    forgedHead.certificate = sync::certs::issue(forgedHead, attacker);
    expectRefused(f1(), headOfficeBundleWith(attacker, { forgedHead.certificate }),
        QStringLiteral("bundle-damaged"));

    // The genuine everyday key (a stolen laptop's) certifying a successor of its own.
    const sync::OfficeKeys successor = sync::OfficeKeys::generate(ho().id());
    sync::OfficeEntry next { ho().id(), ho().name, true, successor.signPublic, successor.boxPublic,
        kNow, {}, false };
    next.certificate = sync::certs::issue(next, ho().keys);
    expectRefused(f1(), headOfficeBundleWith(successor, { next.certificate }),
        QStringLiteral("bundle-damaged"));

    // The everyday key certifying a new office, in an otherwise genuine head-office bundle.
    const sync::OfficeKeys intruder = sync::OfficeKeys::generate(QUuid::createUuid());
    sync::OfficeEntry office { intruder.office, QStringLiteral("Intruder"), false,
        intruder.signPublic, intruder.boxPublic, kNow, {}, false };
    office.certificate = sync::certs::issue(office, ho().keys);
    expectRefused(f1(), headOfficeBundleWith(ho().keys, { office.certificate }),
        QStringLiteral("bundle-damaged"));
    EXPECT_FALSE(sync::Roster(f1().db()).office(intruder.office).has_value());

    // A revocation list the everyday key signed (it would revoke F2 everywhere).
    const sync::CertificationKey everyday(ho().keys);
    sync::Manifest manifest = manifestFrom(ho(), f1(), {});
    manifest.revocations = sync::certs::signRevocations(9, { f2().id() }, kNow, everyday);
    expectRefused(f1(), sealedManifest(manifest, {}, ho(), f1()), QStringLiteral("bundle-damaged"));
    EXPECT_FALSE(sync::Roster(f1().db()).office(f2().id())->revoked);

    // And the genuine bundle still imports.
    auto genuine = f1().import(bundle(ho(), f1()));
    ASSERT_TRUE(genuine.ok()) << genuine.errorText().toStdString();
    EXPECT_EQ(genuine->applied, 1);
}

// Enrolling, renewing and revoking certify: the everyday key (unlocked on the laptop) is not
// enough, and another certification key is not this network's.
TEST_F(SyncCertified, EnrolSignRenewAndRevokeWithoutTheCertificationKeyAreRefused)
{
    const sync::OfficeKeys homs = sync::OfficeKeys::generate(QUuid::createUuid());
    auto request
        = sync::enrolment::readRequest(sync::enrolment::request(homs, QStringLiteral("Homs")));
    ASSERT_TRUE(request.ok());
    const QString before = logicalDump(ho().db());

    auto everyday = sync::enrolment::sign(ho().db(), ho().keys, request.value(), kNow);
    ASSERT_FALSE(everyday.ok());
    EXPECT_EQ(everyday.issues().first().code, QStringLiteral("certification-key-required"));
    EXPECT_TRUE(everyday.errorText().contains(network().root().fingerprint()));
    const sync::CertificationKey other = sync::CertificationKey::generate();
    auto wrong = sync::enrolment::sign(ho().db(), other, request.value(), kNow);
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.issues().first().code, QStringLiteral("certification-key-wrong"));
    auto renewed = sync::enrolment::renew(ho().db(), ho().keys, f1().id(), kNow);
    ASSERT_FALSE(renewed.ok());
    EXPECT_EQ(renewed.issues().first().code, QStringLiteral("certification-key-required"));
    const Status revoked = sync::enrolment::revoke(ho().db(), ho().keys, f2().id(), kNow);
    ASSERT_FALSE(revoked.ok());
    EXPECT_EQ(revoked.issues().first().code, QStringLiteral("certification-key-required"));
    EXPECT_EQ(logicalDump(ho().db()), before) << "nothing was written";

    auto signedAnswer = sync::enrolment::sign(ho().db(), network().root(), request.value(), kNow);
    ASSERT_TRUE(signedAnswer.ok()) << signedAnswer.errorText().toStdString();
    EXPECT_TRUE(sync::enrolment::revoke(ho().db(), network().root(), f2().id(), kNow).ok());
}

// The key file: sealed with its own passphrase under Argon2id (MODERATE or more, stored with
// the salt), opened only with it; a swapped public key or a later format is named.
TEST(SyncCertificationKey, TheKeyFileOpensOnlyWithItsPassphraseAndALaterFormatIsNamed)
{
    const sync::CertificationKey key = sync::CertificationKey::generate();
    const QByteArray file
        = key.toFile("olive grove at dawn 77", QStringLiteral("Damascus HO"), kNow);
    ASSERT_TRUE(file.startsWith("TANSIQ-CERTIFICATION-KEY-1\n"));
    auto info = sync::CertificationKey::readInfo(file, QStringLiteral("root.key"));
    ASSERT_TRUE(info.ok());
    EXPECT_EQ(info->publicKey, key.publicKey());
    EXPECT_EQ(info->label, QStringLiteral("Damascus HO"));

    auto opened = sync::CertificationKey::fromFile(
        file, "olive grove at dawn 77", QStringLiteral("root.key"));
    ASSERT_TRUE(opened.ok()) << opened.errorText().toStdString();
    EXPECT_EQ(opened->publicKey(), key.publicKey());
    EXPECT_TRUE(sync::crypto::verify("x", opened->sign("x"), key.publicKey()));

    auto wrong = sync::CertificationKey::fromFile(
        file, "olive grove at dawn 78", QStringLiteral("root.key"));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.issues().first().code, QStringLiteral("wrong-certification-passphrase"));
    EXPECT_TRUE(wrong.errorText().contains(QStringLiteral("root.key")));

    // The cost is stored in the sealed part, after the salt: at least MODERATE.
    const qsizetype sealedAt = file.indexOf(QByteArray("Damascus HO")) + 11;
    ASSERT_GT(sealedAt, 11);
    const QByteArray tail = file.mid(sealedAt);
    const qsizetype saltAt = tail.size()
        - (crypto_pwhash_SALTBYTES + 16 + crypto_secretbox_NONCEBYTES + crypto_sign_SECRETKEYBYTES
            + crypto_secretbox_MACBYTES);
    const auto* data = reinterpret_cast<const uchar*>(tail.constData() + saltAt);
    EXPECT_GE(qFromLittleEndian<quint64>(data + crypto_pwhash_SALTBYTES),
        quint64(crypto_pwhash_OPSLIMIT_MODERATE));
    EXPECT_GE(qFromLittleEndian<quint64>(data + crypto_pwhash_SALTBYTES + 8),
        quint64(crypto_pwhash_MEMLIMIT_MODERATE));

    // Someone else's public key in the clear: refused like a wrong passphrase.
    QByteArray swapped = file;
    const sync::CertificationKey other = sync::CertificationKey::generate();
    swapped.replace(key.publicKey(), other.publicKey());
    EXPECT_FALSE(sync::CertificationKey::fromFile(
        swapped, "olive grove at dawn 77", QStringLiteral("root.key"))
                     .ok());

    QByteArray later = file;
    later.replace("TANSIQ-CERTIFICATION-KEY-1\n", "TANSIQ-CERTIFICATION-KEY-2\n");
    auto newer = sync::CertificationKey::readInfo(later, QStringLiteral("root.key"));
    ASSERT_FALSE(newer.ok());
    EXPECT_EQ(newer.issues().first().code, QStringLiteral("certification-key-newer"));
    EXPECT_TRUE(newer.errorText().contains(QStringLiteral("format 2")))
        << newer.errorText().toStdString();
}

TEST(SyncCertificationKey, AnEnrolmentAnswerOfALaterFormatIsRefusedNamingItsVersion)
{
    const sync::OfficeKeys own = sync::OfficeKeys::generate(QUuid::createUuid());
    auto answer
        = sync::enrolment::readAnswer("TANSIQ-ENROL-ANSWER-4\n" + QByteArray(200, 'x'), own);
    ASSERT_FALSE(answer.ok());
    EXPECT_EQ(answer.issues().first().code, QStringLiteral("enrol-answer-newer"));
    EXPECT_TRUE(answer.errorText().contains(QStringLiteral("format 4")))
        << answer.errorText().toStdString();
}

} // namespace tansiq::test
