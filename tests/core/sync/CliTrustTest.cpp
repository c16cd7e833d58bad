// End to end through tansiq-cli, the office's trust: enrolment requests that claim another
// office's id or skip the fingerprint, a forged relayed batch, and certification by the head
// office's offline key.

#include "tests/core/sync/SyncCliFixture.h"

#include <QFile>

#include <gtest/gtest.h>

namespace tansiq::test {
namespace {

// Issue 12 through the command line: a request claiming an office id already in the roster
// (the head office's own, or an enrolled office's) is refused, the roster unchanged; and the
// fingerprint must be given on both sides unless the operator skips the check knowingly.
TEST_F(SyncCli, AnEnrolmentRequestClaimingAnExistingOfficeIdIsRefusedAndTheRosterUnchanged)
{
    setUpOffices();
    const CliRun before
        = cli(QStringLiteral("ho.db"), { QStringLiteral("office"), QStringLiteral("roster") });
    ASSERT_EQ(before.exitCode, 0);
    QStringList ids;
    for (const QString& line : before.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.count(QLatin1Char('\t')) >= 2)
            ids << line.section(QLatin1Char('\t'), 1, 1);
    }
    ASSERT_EQ(ids.size(), 2) << before.out.toStdString();
    for (const QString& id : ids) {
        const sync::OfficeKeys attacker = sync::OfficeKeys::generate(QUuid(id));
        QFile request(path(QStringLiteral("forged.request")));
        ASSERT_TRUE(request.open(QIODevice::WriteOnly));
        request.write(sync::enrolment::request(attacker, QStringLiteral("Attacker")));
        request.close();
        const QString fingerprint
            = sync::crypto::fingerprint(attacker.signPublic, attacker.boxPublic);
        const CliRun signedAnswer = cli(QStringLiteral("ho.db"),
            QStringList { QStringLiteral("office"), QStringLiteral("enrol-sign"),
                path(QStringLiteral("forged.request")), QStringLiteral("--out"),
                path(QStringLiteral("forged.answer")), QStringLiteral("--expect-fingerprint"),
                fingerprint }
                + rootKey());
        EXPECT_NE(signedAnswer.exitCode, 0) << signedAnswer.out.toStdString();
        EXPECT_TRUE(signedAnswer.out.contains(id)) << "the office id is shown at signing";
        EXPECT_TRUE(signedAnswer.err.contains(id)) << signedAnswer.err.toStdString();
        EXPECT_FALSE(QFile::exists(path(QStringLiteral("forged.answer"))));
        const CliRun after
            = cli(QStringLiteral("ho.db"), { QStringLiteral("office"), QStringLiteral("roster") });
        EXPECT_EQ(after.out, before.out);
    }
}

TEST_F(SyncCli, EnrolmentNeedsTheOtherSidesFingerprintUnlessSkippedExplicitly)
{
    setUpOffices();
    ASSERT_EQ(cli(QStringLiteral("f2.db"),
                  { QStringLiteral("office"), QStringLiteral("init"), QStringLiteral("--name"),
                      QStringLiteral("Homs") })
                  .exitCode,
        0);
    ASSERT_EQ(cli(QStringLiteral("f2.db"),
                  { QStringLiteral("office"), QStringLiteral("enrol-request"),
                      QStringLiteral("--out"), path(QStringLiteral("homs.req")) })
                  .exitCode,
        0);
    const QString answer = path(QStringLiteral("homs.answer"));
    const CliRun unchecked = cli(QStringLiteral("ho.db"),
        QStringList { QStringLiteral("office"), QStringLiteral("enrol-sign"),
            path(QStringLiteral("homs.req")), QStringLiteral("--out"), answer }
            + rootKey());
    EXPECT_EQ(unchecked.exitCode, 2);
    EXPECT_TRUE(unchecked.err.contains(QStringLiteral("--expect-fingerprint")))
        << unchecked.err.toStdString();
    EXPECT_FALSE(QFile::exists(answer));
    ASSERT_EQ(cli(QStringLiteral("ho.db"),
                  QStringList { QStringLiteral("office"), QStringLiteral("enrol-sign"),
                      path(QStringLiteral("homs.req")), QStringLiteral("--out"), answer,
                      QStringLiteral("--skip-fingerprint-check") }
                      + rootKey())
                  .exitCode,
        0);
    const CliRun noCheck = cli(QStringLiteral("f2.db"),
        { QStringLiteral("office"), QStringLiteral("enrol-accept"), answer });
    EXPECT_EQ(noCheck.exitCode, 2);
    const CliRun wrong = cli(QStringLiteral("f2.db"),
        { QStringLiteral("office"), QStringLiteral("enrol-accept"), answer,
            QStringLiteral("--expect-fingerprint"), QStringLiteral("AAAA-BBBB-CCCC-DDDD") });
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_TRUE(wrong.err.contains(m_headFingerprint)) << wrong.err.toStdString();
    const CliRun right = cli(QStringLiteral("f2.db"),
        { QStringLiteral("office"), QStringLiteral("enrol-accept"), answer,
            QStringLiteral("--expect-fingerprint"), m_headFingerprint });
    EXPECT_EQ(right.exitCode, 0) << right.err.toStdString();
}

// Issue 12 through the command line: the head office relays a bundle in which one batch, said
// to come from Aleppo, was altered. Aleppo imports the rest and raises an alert naming it.
TEST_F(SyncCli, ABundleWithOneForgedRelayedBatchImportsTheRestAndRaisesAnAlert)
{
    setUpOffices();
    ASSERT_EQ(cli(QStringLiteral("ho.db"),
                  { QStringLiteral("import-bundle"), path(QStringLiteral("f1-to-ho.tqb")) })
                  .exitCode,
        0);
    {
        const FixedClock clock(QDateTime::currentMSecsSinceEpoch());
        auto head = Workspace::open(path(QStringLiteral("ho.db")), clock);
        ASSERT_TRUE(head.ok());
        Organisation org;
        org.acronym = QStringLiteral("HOORG");
        org.nameEn = QStringLiteral("Made at the head office");
        org.nameAr = QStringLiteral("منظمة من المكتب الرئيسي");
        ASSERT_TRUE(head.value()->registry().organisations().create(org).ok());
    }
    ASSERT_EQ(
        cli(QStringLiteral("ho.db"),
            { QStringLiteral("export-bundle"), QStringLiteral("--to"), QStringLiteral("Aleppo"),
                QStringLiteral("--out"), path(QStringLiteral("ho-to-f1.tqb")) })
            .exitCode,
        0);
    {
        // What an attacker with the head office's keys (or a bug there) could write.
        const FixedClock clock(1);
        auto head = Workspace::open(path(QStringLiteral("ho.db")), clock);
        auto field = Workspace::open(path(QStringLiteral("f1.db")), clock);
        ASSERT_TRUE(head.ok() && field.ok());
        auto headKeys = sync::Roster(head.value()->database()).unlock("correct horse battery");
        auto fieldKeys = sync::Roster(field.value()->database()).unlock("correct horse battery");
        ASSERT_TRUE(headKeys.ok() && fieldKeys.ok());
        auto readBundle = [&](const QString& name, const sync::OfficeKeys& keys) {
            QFile file(path(name));
            EXPECT_TRUE(file.open(QIODevice::ReadOnly));
            auto content = sync::manifest::parse(
                sync::envelope::open(file.readAll(), keys, nullptr).value());
            EXPECT_TRUE(content.ok());
            return content.value();
        };
        const sync::BundleContent fromField
            = readBundle(QStringLiteral("f1-to-ho.tqb"), headKeys.value());
        sync::BundleContent fromHead
            = readBundle(QStringLiteral("ho-to-f1.tqb"), fieldKeys.value());
        ASSERT_FALSE(fromField.batches.isEmpty());
        ASSERT_FALSE(fromHead.batches.isEmpty());
        auto parsed = sync::batch::parse(fromField.batches.first());
        ASSERT_TRUE(parsed.ok());
        sync::Batch forged = parsed.value();
        forged.payload[forged.payload.size() / 2]
            = char(forged.payload.at(forged.payload.size() / 2) ^ 1);
        const QByteArray bad = forged.bytes();
        fromHead.batches.prepend(bad);
        fromHead.manifest.batches.prepend({ quint64(bad.size()), sync::crypto::hash(bad) });
        fromHead.manifest.bundleId = sync::crypto::randomBytes(16);
        auto sealed = sync::envelope::seal(
            sync::manifest::build(fromHead.manifest, fromHead.batches, headKeys.value()),
            { fieldKeys->boxPublic });
        ASSERT_TRUE(sealed.ok());
        QFile out(path(QStringLiteral("forged.tqb")));
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(sealed.value());
    }
    const CliRun imported = cli(QStringLiteral("f1.db"),
        { QStringLiteral("import-bundle"), path(QStringLiteral("forged.tqb")) });
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.err.contains(QStringLiteral("warning"))
        && imported.err.contains(QStringLiteral("Aleppo")))
        << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("changes applied")))
        << imported.out.toStdString();
    EXPECT_EQ(stateHash(QStringLiteral("ho.db")), stateHash(QStringLiteral("f1.db")));
    const CliRun status = cli(QStringLiteral("f1.db"), { QStringLiteral("sync-status") });
    EXPECT_TRUE(status.out.contains(QStringLiteral("batch-bad-signature")))
        << status.out.toStdString();
}

// Issue 12 item 5 through the command line (docs/decisions/0061): the head office is rooted in
// an offline certification key; enrolment without it is refused and changes nothing; a new
// everyday key certified with it is accepted by the field office.
TEST_F(SyncCli, TheHeadOfficeCertifiesWithItsOfflineKeyAndEnrolSignWithoutItIsRefused)
{
    const CliRun noRoot = cli(QStringLiteral("other.db"),
        { QStringLiteral("office"), QStringLiteral("init"), QStringLiteral("--name"),
            QStringLiteral("HO"), QStringLiteral("--head-office") });
    EXPECT_EQ(noRoot.exitCode, 2);
    EXPECT_TRUE(noRoot.err.contains(QStringLiteral("create-certification-key")))
        << noRoot.err.toStdString();
    setUpOffices();
    const QByteArray keyFile = [&] {
        QFile file(path(QStringLiteral("root.key")));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    const CliRun again = cli(QStringLiteral("ho.db"),
        { QStringLiteral("office"), QStringLiteral("create-certification-key"),
            QStringLiteral("--out"), path(QStringLiteral("root.key")) });
    EXPECT_EQ(again.exitCode, 1) << "a root of trust is never overwritten";
    QFile reread(path(QStringLiteral("root.key")));
    ASSERT_TRUE(reread.open(QIODevice::ReadOnly));
    EXPECT_EQ(reread.readAll(), keyFile);

    ASSERT_EQ(cli(QStringLiteral("f2.db"),
                  { QStringLiteral("office"), QStringLiteral("init"), QStringLiteral("--name"),
                      QStringLiteral("Homs") })
                  .exitCode,
        0);
    const CliRun request = cli(QStringLiteral("f2.db"),
        { QStringLiteral("office"), QStringLiteral("enrol-request"), QStringLiteral("--out"),
            path(QStringLiteral("homs.req")) });
    ASSERT_EQ(request.exitCode, 0);
    const QStringList sign = { QStringLiteral("office"), QStringLiteral("enrol-sign"),
        path(QStringLiteral("homs.req")), QStringLiteral("--out"),
        path(QStringLiteral("homs.answer")), QStringLiteral("--expect-fingerprint"),
        fingerprintIn(request.out) };
    const QString rosterBefore
        = cli(QStringLiteral("ho.db"), { QStringLiteral("office"), QStringLiteral("roster") }).out;
    const CliRun everyday = cli(QStringLiteral("ho.db"), sign);
    EXPECT_EQ(everyday.exitCode, 1);
    EXPECT_TRUE(everyday.err.contains(QStringLiteral("certification key")))
        << everyday.err.toStdString();
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("homs.answer"))));
    EXPECT_EQ(
        cli(QStringLiteral("ho.db"), { QStringLiteral("office"), QStringLiteral("roster") }).out,
        rosterBefore);
    const CliRun revoke = cli(QStringLiteral("ho.db"),
        { QStringLiteral("office"), QStringLiteral("revoke"), QStringLiteral("Aleppo") });
    EXPECT_EQ(revoke.exitCode, 1) << "revocations need the certification key too";
    EXPECT_EQ(
        cli(QStringLiteral("ho.db"), { QStringLiteral("office"), QStringLiteral("roster") }).out,
        rosterBefore);

    const CliRun withRoot = cli(QStringLiteral("ho.db"), sign + rootKey());
    ASSERT_EQ(withRoot.exitCode, 0) << withRoot.err.toStdString();
    const CliRun accepted = cli(QStringLiteral("f2.db"),
        { QStringLiteral("office"), QStringLiteral("enrol-accept"),
            path(QStringLiteral("homs.answer")), QStringLiteral("--expect-fingerprint"),
            m_headFingerprint });
    ASSERT_EQ(accepted.exitCode, 0) << accepted.err.toStdString();

    // A new everyday key, certified with the offline key: Aleppo accepts the head office's next
    // bundle, signed with it.
    const CliRun noKey = cli(QStringLiteral("ho.db"),
        { QStringLiteral("office"), QStringLiteral("certify-new-key") }, "a new laptop passphrase");
    EXPECT_EQ(noKey.exitCode, 2);
    const CliRun rotated = cli(QStringLiteral("ho.db"),
        QStringList { QStringLiteral("office"), QStringLiteral("certify-new-key") } + rootKey(),
        "a new laptop passphrase");
    ASSERT_EQ(rotated.exitCode, 0) << rotated.err.toStdString();
    const CliRun exported = cli(QStringLiteral("ho.db"),
        { QStringLiteral("export-bundle"), QStringLiteral("--to"), QStringLiteral("Aleppo"),
            QStringLiteral("--out"), path(QStringLiteral("ho-to-f1.tqb")) },
        "a new laptop passphrase");
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    const CliRun imported = cli(QStringLiteral("f1.db"),
        { QStringLiteral("import-bundle"), path(QStringLiteral("ho-to-f1.tqb")) });
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(cli(QStringLiteral("f1.db"), { QStringLiteral("office"), QStringLiteral("roster") })
                    .out.contains(fingerprintIn(rotated.out)));
}

} // namespace
} // namespace tansiq::test
