// Sample data never reaches another office: a database marked as sample refuses to make a sync
// bundle, in core (the exporter) and through tansiq-cli export-bundle; plain `demo` databases
// (tests, benchmarks) still export.

#include "core/office/SampleData.h"

#include "core/registry/Registry.h"
#include "core/storage/Database.h"
#include "core/sync/Enrolment.h"
#include "core/sync/Exporter.h"
#include "core/sync/SyncContext.h"
#include "tests/support/CliRunner.h"
#include "tests/support/TestWorkspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace tansiq::test {

TEST(SampleData, TheExporterRefusesAMarkedDatabase)
{
    TestWorkspace workspace;
    const auto keys = sync::enrolment::initOffice(workspace->database(), QStringLiteral("HO"), true,
        "correct horse battery", workspace.clock().nowMs());
    ASSERT_TRUE(keys.ok()) << keys.errorText().toStdString();
    EXPECT_FALSE(sampledata::isSample(workspace->database()));
    ASSERT_TRUE(sampledata::mark(workspace->database()).ok());
    workspace.reopen(); // the marker is stored in the file, not kept in memory
    EXPECT_TRUE(sampledata::isSample(workspace->database()));

    sync::SyncContext context(workspace->registry(), workspace.clock());
    sync::Exporter exporter(context);
    const QString out = QDir(workspace.dir()).filePath(QStringLiteral("out.tansiq"));
    const auto bundle = exporter.writeTo(context.officeId(), keys.value(), out);
    ASSERT_FALSE(bundle.ok());
    EXPECT_EQ(bundle.issues().first().code, QStringLiteral("sample-data-export"));
    EXPECT_TRUE(bundle.errorText().contains(QStringLiteral("sample data")))
        << bundle.errorText().toStdString();
    EXPECT_FALSE(QFile::exists(out));
}

TEST(SampleData, CliExportBundleRefusesASampleDatabaseButNotAPlainDemo)
{
    QTemporaryDir dir;
    const auto path
        = [&](const char* name) { return QDir(dir.path()).filePath(QLatin1String(name)); };
    qputenv("TANSIQ_PASSPHRASE", "correct horse battery");
    const auto cli = [&](const char* db, QStringList args) {
        args.prepend(path(db));
        args.prepend(QStringLiteral("--db"));
        return runCli(args);
    };
    qputenv("TANSIQ_CERTIFICATION_PASSPHRASE", "olive grove at dawn 77");
    ASSERT_EQ(cli("ho.db",
                  { QStringLiteral("office"), QStringLiteral("create-certification-key"),
                      QStringLiteral("--out"), path("root.key") })
                  .exitCode,
        0);
    ASSERT_EQ(cli("ho.db",
                  { QStringLiteral("office"), QStringLiteral("init"), QStringLiteral("--name"),
                      QStringLiteral("HO"), QStringLiteral("--head-office"),
                      QStringLiteral("--certification-key"), path("root.key") })
                  .exitCode,
        0);
    ASSERT_EQ(cli("f1.db",
                  { QStringLiteral("office"), QStringLiteral("init"), QStringLiteral("--name"),
                      QStringLiteral("Aleppo") })
                  .exitCode,
        0);
    const CliRun request = cli("f1.db",
        { QStringLiteral("office"), QStringLiteral("enrol-request"), QStringLiteral("--out"),
            path("req") });
    ASSERT_EQ(request.exitCode, 0) << request.err.toStdString();
    const QString fingerprint = request.out.section(QLatin1Char(' '), -1).trimmed();
    ASSERT_EQ(
        cli("ho.db",
            { QStringLiteral("office"), QStringLiteral("enrol-sign"), path("req"),
                QStringLiteral("--out"), path("answer"), QStringLiteral("--expect-fingerprint"),
                fingerprint, QStringLiteral("--certification-key"), path("root.key") })
            .exitCode,
        0);

    // A plain demo (what the sync tests and benchmarks use) exports as before.
    ASSERT_EQ(cli("ho.db",
                  { QStringLiteral("demo"), QStringLiteral("--activities"), QStringLiteral("50") })
                  .exitCode,
        0);
    const CliRun plain = cli("ho.db",
        { QStringLiteral("export-bundle"), QStringLiteral("--to"), QStringLiteral("Aleppo"),
            QStringLiteral("--out"), path("plain.tansiq") });
    EXPECT_EQ(plain.exitCode, 0) << plain.err.toStdString();
    EXPECT_TRUE(QFile::exists(path("plain.tansiq")));

    // `demo --sample` marks the file: the same export is refused, and no file is written.
    const CliRun demo = cli("s.db",
        { QStringLiteral("demo"), QStringLiteral("--sample"), QStringLiteral("--activities"),
            QStringLiteral("50") });
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    ASSERT_TRUE(QFile::copy(path("ho.db"), path("ho-sample.db"))); // an office whose file is marked
    {
        auto db = Database::open(path("ho-sample.db"));
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(sampledata::mark(*db.value()).ok());
    }
    const CliRun refused = cli("ho-sample.db",
        { QStringLiteral("export-bundle"), QStringLiteral("--to"), QStringLiteral("Aleppo"),
            QStringLiteral("--out"), path("sample.tansiq") });
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("sample data"))) << refused.err.toStdString();
    EXPECT_FALSE(QFile::exists(path("sample.tansiq")));
    {
        auto db = Database::open(path("s.db"));
        ASSERT_TRUE(db.ok());
        EXPECT_TRUE(sampledata::isSample(*db.value()));
    }
    qunsetenv("TANSIQ_PASSPHRASE");
}

} // namespace tansiq::test
