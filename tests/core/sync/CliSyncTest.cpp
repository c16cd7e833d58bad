// End to end through tansiq-cli: enrolment by files, export and import, a wrong passphrase,
// an export to a place that cannot be written, and an import really killed halfway (case 19).

#include "core/registry/Registry.h"
#include "core/storage/Database.h"
#include "core/sync/Batch.h"
#include "core/sync/Enrolment.h"
#include "core/sync/Envelope.h"
#include "core/sync/Manifest.h"
#include "core/sync/OpLogAudit.h"
#include "core/sync/Roster.h"
#include "tests/support/TestWorkspace.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace tansiq::test {
namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

class SyncCli : public ::testing::Test {
protected:
    QString path(const QString& name) const { return QDir(m_dir.path()).filePath(name); }

    QProcessEnvironment environment(const QByteArray& passphrase = "correct horse battery") const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TANSIQ_PASSPHRASE"), QString::fromUtf8(passphrase));
        env.insert(QStringLiteral("TANSIQ_CERTIFICATION_PASSPHRASE"),
            QStringLiteral("olive grove at dawn 77"));
        env.remove(QStringLiteral("TANSIQ_TEST_IMPORT_PAUSE"));
        return env;
    }

    CliRun cli(
        const QString& db, QStringList args, const QByteArray& passphrase = "correct horse battery")
    {
        QProcess process;
        process.setProcessEnvironment(environment(passphrase));
        process.start(QStringLiteral(TANSIQ_CLI_PATH),
            QStringList { QStringLiteral("--db"), path(db) } + args);
        EXPECT_TRUE(process.waitForFinished(120000));
        return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError()) };
    }

    // The head office's certification key file, for the commands that certify.
    QStringList rootKey() const
    {
        return { QStringLiteral("--certification-key"), path(QStringLiteral("root.key")) };
    }

    static QString fingerprintIn(const QString& text)
    {
        static const QRegularExpression shape(
            QStringLiteral("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"));
        return shape.match(text).captured(0);
    }

    // A head office (rooted in its certification key) and one enrolled field office with demo
    // data.
    void setUpOffices()
    {
        const CliRun root = cli(QStringLiteral("ho.db"),
            { QStringLiteral("office"), QStringLiteral("create-certification-key"),
                QStringLiteral("--out"), path(QStringLiteral("root.key")) });
        ASSERT_EQ(root.exitCode, 0) << root.err.toStdString();
        const CliRun head = cli(QStringLiteral("ho.db"),
            QStringList { QStringLiteral("office"), QStringLiteral("init"),
                QStringLiteral("--name"), QStringLiteral("HO"), QStringLiteral("--head-office") }
                + rootKey());
        ASSERT_EQ(head.exitCode, 0) << head.err.toStdString();
        m_headFingerprint = fingerprintIn(head.out);
        ASSERT_EQ(m_headFingerprint, fingerprintIn(root.out)) << "field offices confirm the root";
        ASSERT_EQ(cli(QStringLiteral("f1.db"),
                      { QStringLiteral("office"), QStringLiteral("init"), QStringLiteral("--name"),
                          QStringLiteral("Aleppo") })
                      .exitCode,
            0);
        const CliRun request = cli(QStringLiteral("f1.db"),
            { QStringLiteral("office"), QStringLiteral("enrol-request"), QStringLiteral("--out"),
                path(QStringLiteral("req")) });
        ASSERT_EQ(request.exitCode, 0) << request.err.toStdString();
        const QString fingerprint = request.out.section(QLatin1Char(' '), -1).trimmed();
        const CliRun signedAnswer = cli(QStringLiteral("ho.db"),
            QStringList { QStringLiteral("office"), QStringLiteral("enrol-sign"),
                path(QStringLiteral("req")), QStringLiteral("--out"),
                path(QStringLiteral("answer")), QStringLiteral("--expect-fingerprint"),
                fingerprint }
                + rootKey());
        ASSERT_EQ(signedAnswer.exitCode, 0) << signedAnswer.err.toStdString();
        const CliRun accepted = cli(QStringLiteral("f1.db"),
            { QStringLiteral("office"), QStringLiteral("enrol-accept"),
                path(QStringLiteral("answer")), QStringLiteral("--expect-fingerprint"),
                m_headFingerprint });
        ASSERT_EQ(accepted.exitCode, 0) << accepted.err.toStdString();
        ASSERT_EQ(
            cli(QStringLiteral("f1.db"),
                { QStringLiteral("demo"), QStringLiteral("--activities"), QStringLiteral("500") })
                .exitCode,
            0);
        const CliRun exported = cli(QStringLiteral("f1.db"),
            { QStringLiteral("export-bundle"), QStringLiteral("--to"), QStringLiteral("HO"),
                QStringLiteral("--out"), path(QStringLiteral("f1-to-ho.tqb")) });
        ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    }

    QString stateHash(const QString& db)
    {
        return cli(db, { QStringLiteral("state-hash") }).out.trimmed();
    }

    QTemporaryDir m_dir;
    QString m_headFingerprint;
};

TEST_F(SyncCli, EnrolExportImportAndRefusalsInPlainWords)
{
    setUpOffices();
    const QString bundle = path(QStringLiteral("f1-to-ho.tqb"));
    const CliRun wrong = cli(
        QStringLiteral("ho.db"), { QStringLiteral("import-bundle"), bundle }, "not the passphrase");
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("passphrase"))) << wrong.err.toStdString();
    const CliRun imported
        = cli(QStringLiteral("ho.db"), { QStringLiteral("import-bundle"), bundle });
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("changes applied")));
    EXPECT_EQ(stateHash(QStringLiteral("ho.db")), stateHash(QStringLiteral("f1.db")));
    QFile::copy(bundle, path(QStringLiteral("renamed.tqb")));
    const CliRun again = cli(QStringLiteral("ho.db"),
        { QStringLiteral("import-bundle"), path(QStringLiteral("renamed.tqb")) });
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_TRUE(again.out.contains(QStringLiteral("Already imported")));
    // Case 20: the stick is gone (or the folder cannot be written): no file, a clear error.
    const QString nowhere = path(QStringLiteral("no-such-stick/bundle.tqb"));
    const CliRun failed = cli(QStringLiteral("ho.db"),
        { QStringLiteral("export-bundle"), QStringLiteral("--to"), QStringLiteral("Aleppo"),
            QStringLiteral("--out"), nowhere });
    EXPECT_EQ(failed.exitCode, 1);
    EXPECT_FALSE(QFile::exists(nowhere));
    EXPECT_TRUE(failed.err.contains(QStringLiteral("bundle.tqb"))) << failed.err.toStdString();
    const CliRun status = cli(QStringLiteral("ho.db"), { QStringLiteral("sync-status") });
    EXPECT_EQ(status.exitCode, 0);
    EXPECT_TRUE(status.out.contains(QStringLiteral("Aleppo")));
}

TEST_F(SyncCli, AnImportKilledHalfwayLeavesTheDatabaseConsistentAndImportsCleanlyAfter)
{
    setUpOffices();
    const QString bundle = path(QStringLiteral("f1-to-ho.tqb"));
    const QString before = stateHash(QStringLiteral("ho.db"));
    for (const char* step : { "verified", "applied" }) {
        QProcess process;
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("TANSIQ_TEST_IMPORT_PAUSE"), QString::fromLatin1(step));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(TANSIQ_CLI_PATH),
            { QStringLiteral("--db"), path(QStringLiteral("ho.db")),
                QStringLiteral("import-bundle"), bundle });
        QByteArray err;
        while (!err.contains("paused at") && process.state() != QProcess::NotRunning) {
            process.waitForReadyRead(1000);
            err += process.readAllStandardError();
        }
        ASSERT_TRUE(err.contains("paused at")) << err.toStdString();
        process.kill(); // SIGKILL: no clean-up code runs
        ASSERT_TRUE(process.waitForFinished(10000));
        EXPECT_EQ(stateHash(QStringLiteral("ho.db")), before) << step;
    }
    {
        const FixedClock clock(1); // outlives the workspace, which keeps a reference to it
        auto opened = Workspace::open(path(QStringLiteral("ho.db")), clock);
        ASSERT_TRUE(opened.ok());
        Statement check(opened.value()->database().handle(), "PRAGMA integrity_check");
        check.step();
        EXPECT_EQ(check.text(0), QStringLiteral("ok"));
        EXPECT_EQ(sync::auditOpLog(opened.value()->database()), QStringList());
        EXPECT_TRUE(opened.value()->registry().organisations().list().isEmpty());
    }
    const CliRun imported
        = cli(QStringLiteral("ho.db"), { QStringLiteral("import-bundle"), bundle });
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_EQ(stateHash(QStringLiteral("ho.db")), stateHash(QStringLiteral("f1.db")));
}

// A head office imports several bundles in one command (docs/decisions/0110): a damaged one
// is refused and changes nothing, the others land; the same command again changes nothing.
TEST_F(SyncCli, SeveralBundlesInOneImportADamagedOneIsRefusedAndTheOthersLand)
{
    setUpOffices();
    const QString first = path(QStringLiteral("f1-to-ho.tqb"));
    {
        const FixedClock clock(QDateTime::currentMSecsSinceEpoch());
        auto opened = Workspace::open(path(QStringLiteral("f1.db")), clock);
        ASSERT_TRUE(opened.ok());
        Organisation org;
        org.acronym = QStringLiteral("LATE");
        org.nameEn = QStringLiteral("Entered after the first bundle");
        org.nameAr = QStringLiteral("منظمة أُدخلت بعد الحزمة الأولى");
        ASSERT_TRUE(opened.value()->registry().organisations().create(org).ok());
    }
    const QString second = path(QStringLiteral("f1-later.tqb"));
    ASSERT_EQ(cli(QStringLiteral("f1.db"),
                  { QStringLiteral("export-bundle"), QStringLiteral("--to"), QStringLiteral("HO"),
                      QStringLiteral("--out"), second })
                  .exitCode,
        0);
    QFile in(second);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    QByteArray bytes = in.readAll();
    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x20);
    const QString damaged = path(QStringLiteral("damaged.tqb"));
    QFile out(damaged);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();

    const QString empty = stateHash(QStringLiteral("ho.db"));
    const CliRun refused
        = cli(QStringLiteral("ho.db"), { QStringLiteral("import-bundle"), damaged });
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_EQ(stateHash(QStringLiteral("ho.db")), empty);

    const CliRun imported
        = cli(QStringLiteral("ho.db"), { QStringLiteral("import-bundle"), first, damaged, second });
    EXPECT_EQ(imported.exitCode, 1) << "one of the three was refused";
    EXPECT_EQ(imported.out.count(QStringLiteral("changes applied")), 2)
        << imported.out.toStdString();
    EXPECT_FALSE(imported.err.isEmpty());
    EXPECT_EQ(stateHash(QStringLiteral("ho.db")), stateHash(QStringLiteral("f1.db")));

    const CliRun again
        = cli(QStringLiteral("ho.db"), { QStringLiteral("import-bundle"), first, second });
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_EQ(again.out.count(QStringLiteral("Already imported")), 2) << again.out.toStdString();
    EXPECT_EQ(stateHash(QStringLiteral("ho.db")), stateHash(QStringLiteral("f1.db")));
}

TEST_F(SyncCli, QuarantinedChangesAreListedAndReleasedOnceAPersonHasCheckedThem)
{
    setUpOffices();
    ASSERT_EQ(cli(QStringLiteral("ho.db"),
                  { QStringLiteral("import-bundle"), path(QStringLiteral("f1-to-ho.tqb")) })
                  .exitCode,
        0);
    // Someone edits at Aleppo while its laptop's clock is ten years ahead.
    {
        const FixedClock ahead(
            QDateTime::currentMSecsSinceEpoch() + qint64(3653) * 24 * 3600 * 1000);
        auto opened = Workspace::open(path(QStringLiteral("f1.db")), ahead);
        ASSERT_TRUE(opened.ok());
        Organisation org;
        org.acronym = QStringLiteral("FUT");
        org.nameEn = QStringLiteral("Dated in the future");
        org.nameAr = QStringLiteral("منظمة من المستقبل");
        ASSERT_TRUE(opened.value()->registry().organisations().create(org).ok());
    }
    ASSERT_EQ(cli(QStringLiteral("f1.db"),
                  { QStringLiteral("export-bundle"), QStringLiteral("--to"), QStringLiteral("HO"),
                      QStringLiteral("--out"), path(QStringLiteral("later.tqb")) })
                  .exitCode,
        0);
    const CliRun held = cli(QStringLiteral("ho.db"),
        { QStringLiteral("import-bundle"), path(QStringLiteral("later.tqb")) });
    ASSERT_EQ(held.exitCode, 0) << held.err.toStdString();
    EXPECT_TRUE(held.out.contains(QStringLiteral("held back"))) << held.out.toStdString();
    EXPECT_NE(stateHash(QStringLiteral("ho.db")), stateHash(QStringLiteral("f1.db")));

    const CliRun list
        = cli(QStringLiteral("ho.db"), { QStringLiteral("quarantine"), QStringLiteral("list") });
    ASSERT_EQ(list.exitCode, 0);
    EXPECT_TRUE(list.out.contains(QStringLiteral("Aleppo"))) << list.out.toStdString();
    const QString id = list.out.section(QLatin1Char(' '), 0, 0).trimmed();
    ASSERT_EQ(id.size(), 8) << list.out.toStdString();

    const CliRun unknown = cli(QStringLiteral("ho.db"),
        { QStringLiteral("quarantine"), QStringLiteral("release"), QStringLiteral("ffffffff") });
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("ffffffff"))) << unknown.err.toStdString();
    const CliRun wrong = cli(QStringLiteral("ho.db"),
        { QStringLiteral("quarantine"), QStringLiteral("release"), id }, "not the passphrase");
    EXPECT_EQ(wrong.exitCode, 1);

    const CliRun released = cli(
        QStringLiteral("ho.db"), { QStringLiteral("quarantine"), QStringLiteral("release"), id });
    ASSERT_EQ(released.exitCode, 0) << released.err.toStdString();
    EXPECT_TRUE(released.out.contains(QStringLiteral("1 changes applied")))
        << released.out.toStdString();
    EXPECT_EQ(stateHash(QStringLiteral("ho.db")), stateHash(QStringLiteral("f1.db")));
    EXPECT_TRUE(
        cli(QStringLiteral("ho.db"), { QStringLiteral("quarantine"), QStringLiteral("list") })
            .out.contains(QStringLiteral("No batches")));
}

// Case 20 through the command line: a medium even root cannot write to, and a certificate
// renewed at the head office.
TEST_F(SyncCli, ExportToAPlaceThatCannotBeWrittenSaysWhyAndSendsNothing)
{
    setUpOffices();
    const QString statusBefore
        = cli(QStringLiteral("f1.db"), { QStringLiteral("sync-status") }).out;
    const CliRun failed = cli(QStringLiteral("f1.db"),
        { QStringLiteral("export-bundle"), QStringLiteral("--to"), QStringLiteral("HO"),
            QStringLiteral("--out"), QStringLiteral("/proc/tansiq-f1-to-ho.tqb") });
    EXPECT_EQ(failed.exitCode, 1);
    EXPECT_TRUE(failed.err.contains(QStringLiteral("“/proc”"))) << failed.err.toStdString();
    EXPECT_TRUE(failed.err.contains(QStringLiteral("nothing was written or recorded as sent")));
    EXPECT_FALSE(QFile::exists(QStringLiteral("/proc/tansiq-f1-to-ho.tqb")));
    EXPECT_EQ(cli(QStringLiteral("f1.db"), { QStringLiteral("sync-status") }).out, statusBefore);

    const CliRun renewed = cli(QStringLiteral("ho.db"),
        QStringList { QStringLiteral("office"), QStringLiteral("renew"), QStringLiteral("Aleppo"),
            QStringLiteral("--valid-days"), QStringLiteral("20") }
            + rootKey());
    ASSERT_EQ(renewed.exitCode, 0) << renewed.err.toStdString();
    EXPECT_TRUE(renewed.out.contains(QStringLiteral("renewed"))) << renewed.out.toStdString();
    const CliRun status = cli(QStringLiteral("ho.db"), { QStringLiteral("sync-status") });
    EXPECT_TRUE(status.out.contains(QStringLiteral("Certificate of “Aleppo” ends on")))
        << status.out.toStdString();
}

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

// `compact --vacuum` (compaction also ran by itself after the demo and the export): the file is
// rewritten, the registry is the same, a second run finds nothing, and the office still exports
// and imports (decision 0093).
TEST_F(SyncCli, CompactKeepsTheRegistryAndTheOfficeStillSyncs)
{
    setUpOffices();
    const QString before = stateHash(QStringLiteral("f1.db"));
    const CliRun compacted
        = cli(QStringLiteral("f1.db"), { QStringLiteral("compact"), QStringLiteral("--vacuum") });
    EXPECT_EQ(compacted.exitCode, 0) << compacted.err.toStdString();
    EXPECT_TRUE(compacted.out.contains(QStringLiteral("bytes per activity")))
        << compacted.out.toStdString();
    EXPECT_EQ(stateHash(QStringLiteral("f1.db")), before);
    const CliRun again = cli(QStringLiteral("f1.db"), { QStringLiteral("compact") });
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_TRUE(again.out.contains(QStringLiteral("; 0 bytes freed"))) << again.out.toStdString();
    const CliRun got = cli(QStringLiteral("ho.db"),
        { QStringLiteral("import-bundle"), path(QStringLiteral("f1-to-ho.tqb")) });
    EXPECT_EQ(got.exitCode, 0) << got.err.toStdString();
    EXPECT_EQ(stateHash(QStringLiteral("ho.db")), before);
}

} // namespace
} // namespace tansiq::test
