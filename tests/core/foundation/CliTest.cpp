// tansiq-cli end to end: exit codes, messages on stderr, JSON statistics.

#include "tests/support/CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace tansiq::test;

namespace {

class Cli : public ::testing::Test {
protected:
    QString db() const { return QDir(dir.path()).filePath(QStringLiteral("cli.db")); }
    CliRun run(QStringList args)
    {
        args.prepend(db());
        args.prepend(QStringLiteral("--db"));
        return runCli(args);
    }
    QJsonObject stats()
    {
        const CliRun result = run({ QStringLiteral("stats"), QStringLiteral("--json") });
        EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
        return QJsonDocument::fromJson(result.out.toUtf8()).object();
    }

    QTemporaryDir dir;
};

} // namespace

TEST_F(Cli, HelpListsTheCommands)
{
    const CliRun help = runCli({ QStringLiteral("--help") });
    EXPECT_EQ(help.exitCode, 0);
    for (const char* command : { "init", "import-gazetteer", "demo", "stats" })
        EXPECT_TRUE(help.out.contains(QLatin1String(command))) << command;
}

// Asking how a command works must not create a registry where the user did not want one.
TEST_F(Cli, EveryCommandsHelpAnswersWithoutCreatingADatabase)
{
    const CliRun help = runCli({ QStringLiteral("--help") });
    ASSERT_EQ(help.exitCode, 0);
    const QString commandList
        = help.out.section(QStringLiteral("Commands:"), 1).section(QStringLiteral("\n\n"), 0, 0);
    QStringList names;
    for (const QString& line : commandList.split(u'\n', Qt::SkipEmptyParts))
        names << line.trimmed().section(u' ', 0, 0);
    ASSERT_GT(names.size(), 20) << help.out.toStdString();
    for (const QString& name : names) {
        const CliRun result = run({ name, QStringLiteral("--help") });
        EXPECT_EQ(result.exitCode, 0) << name.toStdString() << ": " << result.err.toStdString();
        EXPECT_TRUE(result.out.contains(QStringLiteral("--help"))) << name.toStdString();
        EXPECT_FALSE(QFile::exists(db())) << name.toStdString() << " --help created the database";
    }
}

TEST_F(Cli, AMistypedOfficeActionCreatesNoDatabase)
{
    const CliRun result = run({ QStringLiteral("office"), QStringLiteral("enroll-sign") });
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("enrol-sign"))) << result.err.toStdString();
    EXPECT_FALSE(QFile::exists(db()));
}

TEST_F(Cli, AnUnknownCommandIsAUsageErrorOnStderr)
{
    const CliRun result = run({ QStringLiteral("frobnicate") });
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.out.isEmpty());
    EXPECT_TRUE(result.err.contains(QStringLiteral("frobnicate")));
}

TEST_F(Cli, StatsOnAMissingDatabaseFailsWithoutCreatingIt)
{
    const CliRun result = run({ QStringLiteral("stats") });
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(db())) << result.err.toStdString();
    EXPECT_FALSE(QFile::exists(db()));
}

TEST_F(Cli, InitDemoAndStatsReportTheRegistry)
{
    ASSERT_EQ(run({ QStringLiteral("init") }).exitCode, 0);
    const CliRun demo = run({ QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("5"),
        QStringLiteral("--activities"), QStringLiteral("2000") });
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    const QJsonObject counts = stats();
    EXPECT_EQ(counts.value(QStringLiteral("activities")).toInteger(), 2000);
    EXPECT_EQ(counts.value(QStringLiteral("organisations")).toInteger(), 40);
    const QJsonObject units = counts.value(QStringLiteral("admin_units")).toObject();
    EXPECT_EQ(units.value(QStringLiteral("governorates")).toInteger(), 14);
    EXPECT_EQ(units.value(QStringLiteral("districts")).toInteger(), 62);
    EXPECT_EQ(units.value(QStringLiteral("sub_districts")).toInteger(), 272);
}

TEST_F(Cli, BadOptionValuesAreUsageErrors)
{
    const CliRun result
        = run({ QStringLiteral("demo"), QStringLiteral("--activities"), QStringLiteral("many") });
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_FALSE(result.err.isEmpty());
}

TEST_F(Cli, ARefusedGazetteerImportExitsNonZeroAndChangesNothing)
{
    ASSERT_EQ(run({ QStringLiteral("init") }).exitCode, 0);
    const QJsonObject before = stats();
    const CliRun result = run({ QStringLiteral("import-gazetteer"),
        QStringLiteral(TANSIQ_FIXTURES_DIR "/gazetteer/unknown_parent.csv") });
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("SY9901"))) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("row 3:"))) << "the row number is named";
    EXPECT_EQ(stats(), before);
}
