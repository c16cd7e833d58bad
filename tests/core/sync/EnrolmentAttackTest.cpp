// Enrolment cannot take over an identity (issue 12, docs/decisions/0048): a request claiming
// the head office's id or an enrolled office's id is refused with nothing changed, the field
// office compares the head office's fingerprint before storing an answer, and a pinned root is
// never replaced by another answer.

#include "core/office/LocalOffice.h"
#include "core/sync/Enrolment.h"
#include "core/sync/Roster.h"
#include "tests/support/DatabaseDump.h"
#include "tests/support/TestWorkspace.h"

#include <gtest/gtest.h>

namespace tansiq::test {
namespace {

const QByteArray kPassphrase = "a long enough passphrase";

struct Installation {
    TestWorkspace workspace;
    sync::OfficeKeys keys;

    Database& db() { return workspace->database(); }
    QUuid id() { return QUuid(LocalOffice::setting(db(), QStringLiteral("office_id"))); }
};

class EnrolmentAttack : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto head = sync::enrolment::initOffice(
            m_head.db(), QStringLiteral("Damascus HO"), true, kPassphrase, 1);
        ASSERT_TRUE(head.ok()) << head.errorText().toStdString();
        m_head.keys = head.value();
        auto field = sync::enrolment::initOffice(
            m_field.db(), QStringLiteral("Aleppo"), false, kPassphrase, 1);
        ASSERT_TRUE(field.ok()) << field.errorText().toStdString();
        m_field.keys = field.value();
    }

    QString headFingerprint()
    {
        return sync::crypto::fingerprint(m_head.keys.signPublic, m_head.keys.boxPublic);
    }

    // Enrols the field office the honest way.
    void enrolField()
    {
        auto entry = sync::enrolment::readRequest(
            sync::enrolment::request(m_field.keys, QStringLiteral("Aleppo")));
        ASSERT_TRUE(entry.ok());
        auto answer = sync::enrolment::sign(m_head.db(), m_head.keys, entry.value(), 2);
        ASSERT_TRUE(answer.ok()) << answer.errorText().toStdString();
        auto accepted = sync::enrolment::accept(
            m_field.db(), m_field.keys, answer.value(), headFingerprint());
        ASSERT_TRUE(accepted.ok()) << accepted.errorText().toStdString();
        m_answer = answer.value();
    }

    // An attacker's request: its own keys (genuine fingerprint) under someone else's office id.
    static sync::OfficeEntry forgedRequest(const QUuid& claimedOffice)
    {
        const sync::OfficeKeys attacker = sync::OfficeKeys::generate(claimedOffice);
        auto entry = sync::enrolment::readRequest(
            sync::enrolment::request(attacker, QStringLiteral("Attacker")));
        EXPECT_TRUE(entry.ok());
        return entry.value();
    }

    Installation m_head;
    Installation m_field;
    QByteArray m_answer;
};

TEST_F(EnrolmentAttack, ARequestClaimingTheHeadOfficesIdIsRefusedAndTheRosterUnchanged)
{
    const QString before = logicalDump(m_head.db());
    auto signedAnswer
        = sync::enrolment::sign(m_head.db(), m_head.keys, forgedRequest(m_head.keys.office), 5);
    ASSERT_FALSE(signedAnswer.ok());
    EXPECT_EQ(signedAnswer.issues().first().code, QStringLiteral("enrol-head-office-id"));
    EXPECT_EQ(logicalDump(m_head.db()), before);
    sync::Roster roster(m_head.db());
    EXPECT_EQ(roster.office(m_head.keys.office)->signPublic, m_head.keys.signPublic);
}

TEST_F(EnrolmentAttack, ARequestClaimingAnEnrolledOfficesIdIsRefusedAndItsKeysKept)
{
    enrolField();
    const QString before = logicalDump(m_head.db());
    auto signedAnswer
        = sync::enrolment::sign(m_head.db(), m_head.keys, forgedRequest(m_field.keys.office), 5);
    ASSERT_FALSE(signedAnswer.ok());
    EXPECT_EQ(signedAnswer.issues().first().code, QStringLiteral("enrol-office-exists"));
    EXPECT_TRUE(signedAnswer.errorText().contains(QStringLiteral("Aleppo")))
        << signedAnswer.errorText().toStdString();
    EXPECT_EQ(logicalDump(m_head.db()), before);
    sync::Roster roster(m_head.db());
    EXPECT_EQ(roster.office(m_field.keys.office)->signPublic, m_field.keys.signPublic);
    // The office's own request again is no renewal either: renewal keeps the keys on record.
    auto again = sync::enrolment::readRequest(
        sync::enrolment::request(m_field.keys, QStringLiteral("Aleppo")));
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(sync::enrolment::sign(m_head.db(), m_head.keys, again.value(), 6).ok());
    auto renewed = sync::enrolment::renew(m_head.db(), m_head.keys, m_field.keys.office, 6);
    ASSERT_TRUE(renewed.ok()) << renewed.errorText().toStdString();
    EXPECT_EQ(renewed->signPublic, m_field.keys.signPublic);
}

TEST_F(EnrolmentAttack, AnAnswerIsStoredOnlyWithTheHeadOfficesConfirmedFingerprint)
{
    auto entry = sync::enrolment::readRequest(
        sync::enrolment::request(m_field.keys, QStringLiteral("Aleppo")));
    ASSERT_TRUE(entry.ok());
    auto answer = sync::enrolment::sign(m_head.db(), m_head.keys, entry.value(), 2);
    ASSERT_TRUE(answer.ok());
    const QString before = logicalDump(m_field.db());
    auto shown = sync::enrolment::readAnswer(answer.value(), m_field.keys);
    ASSERT_TRUE(shown.ok());
    EXPECT_EQ(shown->fingerprint(), headFingerprint());
    EXPECT_EQ(logicalDump(m_field.db()), before);

    auto missing = sync::enrolment::accept(m_field.db(), m_field.keys, answer.value(), QString());
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.issues().first().code, QStringLiteral("fingerprint-required"));
    const QString other
        = sync::crypto::fingerprint(m_field.keys.signPublic, m_field.keys.boxPublic);
    auto wrong = sync::enrolment::accept(m_field.db(), m_field.keys, answer.value(), other);
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.issues().first().code, QStringLiteral("fingerprint-mismatch"));
    EXPECT_EQ(logicalDump(m_field.db()), before);
    auto right = sync::enrolment::accept(
        m_field.db(), m_field.keys, answer.value(), headFingerprint().toLower());
    ASSERT_TRUE(right.ok()) << right.errorText().toStdString();
    EXPECT_EQ(sync::Roster(m_field.db()).rootPublic(), m_head.keys.signPublic);
}

TEST_F(EnrolmentAttack, AnAnswerFromAnotherHeadOfficeNeverReplacesThePinnedRoot)
{
    enrolField();
    Installation rogue;
    auto rogueKeys
        = sync::enrolment::initOffice(rogue.db(), QStringLiteral("Rogue HO"), true, kPassphrase, 1);
    ASSERT_TRUE(rogueKeys.ok());
    rogue.keys = rogueKeys.value();
    auto entry = sync::enrolment::readRequest(
        sync::enrolment::request(m_field.keys, QStringLiteral("Aleppo")));
    ASSERT_TRUE(entry.ok());
    auto rogueAnswer = sync::enrolment::sign(rogue.db(), rogue.keys, entry.value(), 3);
    ASSERT_TRUE(rogueAnswer.ok());
    const QString before = logicalDump(m_field.db());
    // Even with the rogue's genuine fingerprint (a person tricked into reading it out).
    auto replaced = sync::enrolment::accept(m_field.db(), m_field.keys, rogueAnswer.value(),
        sync::crypto::fingerprint(rogue.keys.signPublic, rogue.keys.boxPublic));
    ASSERT_FALSE(replaced.ok());
    EXPECT_EQ(replaced.issues().first().code, QStringLiteral("root-pinned"));
    EXPECT_EQ(logicalDump(m_field.db()), before);
    EXPECT_EQ(sync::Roster(m_field.db()).rootPublic(), m_head.keys.signPublic);
    // The same head office's answer again is harmless.
    EXPECT_TRUE(
        sync::enrolment::accept(m_field.db(), m_field.keys, m_answer, headFingerprint()).ok());
}

// Issue 12, attack 4: an answer lost on the way back shows nothing of the roster; only the
// office that asked can read it. Format 1 answers (plain) are still read.
TEST_F(EnrolmentAttack, ALostEnrolmentAnswerRevealsNoNameOrKey)
{
    enrolField();
    EXPECT_FALSE(m_answer.contains(QStringLiteral("Damascus HO").toUtf8()));
    EXPECT_FALSE(m_answer.contains(QStringLiteral("Aleppo").toUtf8()));
    EXPECT_FALSE(m_answer.contains(m_head.keys.signPublic));
    EXPECT_FALSE(m_answer.contains(m_head.keys.boxPublic));
    EXPECT_FALSE(m_answer.contains(m_field.keys.signPublic));
    EXPECT_FALSE(m_answer.contains(m_field.keys.office.toRfc4122()));
    const sync::OfficeKeys finder = sync::OfficeKeys::generate(m_field.keys.office);
    auto found = sync::enrolment::readAnswer(m_answer, finder);
    ASSERT_FALSE(found.ok());
    EXPECT_EQ(found.issues().first().code, QStringLiteral("enrol-answer-not-ours"));

    const QByteArray magic = "TANSIQ-ENROL-ANSWER-2\n";
    ASSERT_TRUE(m_answer.startsWith(magic));
    const auto plain = sync::crypto::openSealed(
        m_answer.mid(magic.size()), m_field.keys.boxPublic, m_field.keys.boxSecret);
    ASSERT_TRUE(plain.has_value());
    auto version1 = sync::enrolment::readAnswer("TANSIQ-ENROL-ANSWER-1\n" + *plain, m_field.keys);
    ASSERT_TRUE(version1.ok()) << version1.errorText().toStdString();
    EXPECT_EQ(version1->fingerprint(), headFingerprint());
}

} // namespace
} // namespace tansiq::test
