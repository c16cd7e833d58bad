// Issue 12, a root of trust that survives (docs/decisions/0052): trusted time that one wrong
// clock cannot push years ahead, revocation lists passed on by every office, and passphrases
// and key derivation strong enough for a laptop that can be stolen.

#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "core/sync/Enrolment.h"
#include "core/sync/PassphrasePolicy.h"
#include "core/sync/Roster.h"
#include "core/sync/TrustedTime.h"
#include "tests/core/sync/AdversarialSupport.h"

#include <QtEndian>

#include <sodium.h>

namespace tansiq::test {
namespace {

constexpr qint64 kDay = qint64(24) * 3600 * 1000;

qint64 alertCount(SimOffice& at, const char* kind)
{
    Statement count(at.db().handle(), "SELECT count(*) FROM sync_alert WHERE kind = ?");
    count.bind(1, QString::fromLatin1(kind));
    count.step();
    return count.int64(0);
}

} // namespace

// Before: the head office's bundle date became the trusted time whatever it was, so one wrong
// clock at the head office (ten years ahead) expired every certificate at every office.
TEST_F(SyncAdversarial, AHeadOfficeBundleDatedYearsAheadIsHeldAndExpiresNothing)
{
    std::optional<sync::OfficeEntry> entry = sync::Roster(ho().db()).office(f1().id());
    ASSERT_TRUE(entry.has_value());
    entry->issuedAt = 2;
    entry->expiresAt = ho().workspace->clock().nowMs() + 365 * kDay;
    entry->certificate = sync::certs::issue(*entry, ho().keys);
    for (SimOffice* at : { &ho(), &f1(), &f2() })
        ASSERT_TRUE(sync::Roster(at->db()).put(*entry).ok());

    addOrganisations(ho(), 1);
    ho().workspace->clock().advance(3653 * kDay); // the head office's clock is ten years ahead
    auto fromHo = f2().import(bundle(ho(), f2()));
    ASSERT_TRUE(fromHo.ok()) << fromHo.errorText().toStdString();
    EXPECT_EQ(fromHo->applied, 1) << "the changes themselves are imported";
    EXPECT_EQ(alertCount(f2(), "head-office-date-held"), 1);
    EXPECT_FALSE(fromHo->warnings.isEmpty());
    ASSERT_TRUE(sync::trustedtime::held(f2().db()).has_value());

    // F1's certificate is still valid at F2: its bundle imports.
    auto fromF1 = f2().import(bundle(f1(), f2()));
    ASSERT_TRUE(fromF1.ok()) << fromF1.errorText().toStdString();
    EXPECT_EQ(fromF1->applied, 3);

    // A person confirms the head office's date: from then on it counts.
    ASSERT_TRUE(sync::trustedtime::confirmHeld(f2().db()).ok());
    EXPECT_FALSE(sync::trustedtime::held(f2().db()).has_value());
    addOrganisations(f1(), 1);
    expectRefused(f2(), bundle(f1(), f2()), QStringLiteral("bundle-expired-sender"));
}

// Before: only head-office bundles carried the revocation list, so an office that heard from
// the head office through another field office never learnt of a revocation.
TEST(SyncRootOfTrust, EveryOfficePassesOnTheNewestRevocationListItHolds)
{
    SimNetwork network(3);
    SimOffice& ho = network.headOffice();
    SimOffice& f1 = network.office(1);
    SimOffice& f2 = network.office(2);
    SimOffice& f3 = network.office(3);
    ASSERT_TRUE(sync::enrolment::revoke(ho.db(), ho.keys, f3.id(), 5).ok());
    auto toF1 = ho.exportTo(f1);
    ASSERT_TRUE(toF1.ok());
    ASSERT_TRUE(f1.import(toF1->bytes).ok());
    auto toF2 = f1.exportTo(f2);
    ASSERT_TRUE(toF2.ok()) << toF2.errorText().toStdString();
    auto imported = f2.import(toF2->bytes);
    ASSERT_TRUE(imported.ok()) << imported.errorText().toStdString();
    sync::Roster roster(f2.db());
    EXPECT_EQ(roster.revocations().version, 1u);
    EXPECT_TRUE(roster.office(f3.id())->revoked);
    // F3's bundles are now refused at F2.
    auto fromF3 = f3.exportTo(f2);
    ASSERT_TRUE(fromF3.ok());
    auto refused = f2.import(fromF3->bytes);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.issues().first().code, QStringLiteral("bundle-revoked-sender"));
}

TEST(SyncRootOfTrust, WeakPassphrasesAreRefusedAndNewKeysUseModerateArgon2id)
{
    using sync::passphrase::check;
    EXPECT_EQ(check("eleven char").issues().value(0).code, QStringLiteral("passphrase-short"));
    for (const char* weak : { "password1234", "Password 2024!", "123456789012", "aaaaaaaaaaaa",
             "qwertyuiop123", "abcabcabcabc", "passwordpassword", "210987654321" })
        EXPECT_EQ(check(weak).issues().value(0).code, QStringLiteral("passphrase-common")) << weak;
    for (const char* fine : { "olive-tree-2026", "correct horse battery", "زيتون وليمون وتين" })
        EXPECT_TRUE(check(fine).ok()) << fine;

    TestWorkspace workspace;
    auto weak = sync::enrolment::initOffice(
        workspace->database(), QStringLiteral("Homs"), false, "password1234", 1);
    ASSERT_FALSE(weak.ok());
    EXPECT_EQ(weak.issues().first().code, QStringLiteral("passphrase-common"));
    EXPECT_FALSE(sync::Roster(workspace->database()).hasOwnKeys());

    auto created = sync::enrolment::initOffice(
        workspace->database(), QStringLiteral("Homs"), false, "olive-tree-2026", 1);
    ASSERT_TRUE(created.ok());
    // Secret keys live in sodium_malloc memory, freshly made and unlocked alike.
    EXPECT_TRUE(created->secretsLocked());
    auto unlocked = sync::Roster(workspace->database()).unlock("olive-tree-2026");
    ASSERT_TRUE(unlocked.ok());
    EXPECT_TRUE(unlocked->secretsLocked());
    EXPECT_EQ(unlocked->signSecret, created->signSecret);
    Statement sealed(workspace->database().handle(), "SELECT sealed FROM sync_own_key");
    ASSERT_EQ(sealed.step(), Statement::Step::Row);
    const QByteArray bytes = sealed.blob(0);
    ASSERT_GT(bytes.size(), crypto_pwhash_SALTBYTES + 16);
    const auto* data = reinterpret_cast<const uchar*>(bytes.constData());
    EXPECT_GE(qFromLittleEndian<quint64>(data + crypto_pwhash_SALTBYTES),
        quint64(crypto_pwhash_OPSLIMIT_MODERATE));
    EXPECT_GE(qFromLittleEndian<quint64>(data + crypto_pwhash_SALTBYTES + 8),
        quint64(crypto_pwhash_MEMLIMIT_MODERATE));
}

} // namespace tansiq::test
