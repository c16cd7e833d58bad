// End to end through tansiq-cli: enrolment by files, export and import, a wrong passphrase,
// an export to a place that cannot be written, and an import really killed halfway (case 19).

#include "tests/core/sync/SyncCliFixture.h"

#include <QFile>

#include <gtest/gtest.h>

namespace tansiq::test {
namespace {

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
