// tansiq-cli matrix, gaps, duplicates and bench, end to end on a small registry.

#include "tests/core/engine/EngineFixtures.h"
#include "tests/support/TestWorkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

using namespace tansiq;

namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

class Cli : public ::testing::Test {
protected:
    Cli()
    {
        test::EngineData data(ws->registry());
        const QUuid a = data.org(QStringLiteral("AAA"));
        const QUuid b = data.org(QStringLiteral("BBB"));
        data.activity(a, QStringLiteral("WASH-WTR"), QStringLiteral("SY090301"),
            QStringLiteral("2026-03-01"), QStringLiteral("2026-05-31"), 100);
        data.activity(b, QStringLiteral("WASH-WTR"), QStringLiteral("SY090301"),
            QStringLiteral("2026-04-01"), QString(), 200);
        data.activity(b, QStringLiteral("HLT-PHC"), QStringLiteral("SY020000"),
            QStringLiteral("2026-04-01"), QString(), 50);
        data.need(QStringLiteral("SY090301"), QStringLiteral("WASH"), 4, 1000);
        ws.close();
    }

    CliRun run(QStringList args)
    {
        QProcess process;
        process.start(QStringLiteral(TANSIQ_CLI_PATH),
            QStringList { QStringLiteral("--db"), ws.path() } + args);
        EXPECT_TRUE(process.waitForFinished(60000));
        return CliRun { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError()) };
    }

    test::TestWorkspace ws;
};

} // namespace

TEST_F(Cli, MatrixPrintsMembersAndTotalsAsCsvJsonAndHxl)
{
    CliRun r = run({ QStringLiteral("matrix"), QStringLiteral("--rows"), QStringLiteral("org"),
        QStringLiteral("--cols"), QStringLiteral("sector"), QStringLiteral("--measure"),
        QStringLiteral("reached-unique"), QStringLiteral("--period"),
        QStringLiteral("2026-04..2026-06") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 4) << r.out.toStdString();
    EXPECT_TRUE(lines.at(0).startsWith(QStringLiteral("org,name,")));
    EXPECT_EQ(lines.at(3), QStringLiteral(",Total,50,200,250"));

    r = run({ QStringLiteral("matrix"), QStringLiteral("--rows"), QStringLiteral("place"),
        QStringLiteral("--level"), QStringLiteral("1"), QStringLiteral("--measure"),
        QStringLiteral("activities"), QStringLiteral("--format"), QStringLiteral("hxl"),
        QStringLiteral("--filter"), QStringLiteral("sector=WASH") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.split(QLatin1Char('\n'))
                    .at(1)
                    .startsWith(QStringLiteral("#adm1+code,#meta+name,#activity+num+total")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("SY09,")));

    r = run({ QStringLiteral("matrix"), QStringLiteral("--rows"), QStringLiteral("month"),
        QStringLiteral("--period"), QStringLiteral("2026-03..2026-05"), QStringLiteral("--format"),
        QStringLiteral("json"), QStringLiteral("--filter"), QStringLiteral("place=SY09") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(json.value(QStringLiteral("row_members")).toArray().size(), 3);
    const QJsonArray values = json.value(QStringLiteral("values")).toArray();
    EXPECT_EQ(values.at(0).toArray().at(0).toDouble(), 1); // March: AAA only
    EXPECT_EQ(values.at(1).toArray().at(0).toDouble(), 2); // April
    EXPECT_EQ(values.at(3).toArray().at(0).toDouble(), 2); // total: two activities, not five
}

TEST_F(Cli, MistakesAreNamedAndExitWithUsageError)
{
    const QList<QPair<QStringList, QString>> cases = {
        { { QStringLiteral("matrix"), QStringLiteral("--rows"), QStringLiteral("donkey") },
            QStringLiteral("donkey") },
        { { QStringLiteral("matrix"), QStringLiteral("--rows"), QStringLiteral("org"),
              QStringLiteral("--measure"), QStringLiteral("smiles") },
            QStringLiteral("smiles") },
        { { QStringLiteral("matrix"), QStringLiteral("--rows"), QStringLiteral("org"),
              QStringLiteral("--filter"), QStringLiteral("place=SY9999") },
            QStringLiteral("SY9999") },
        { { QStringLiteral("matrix"), QStringLiteral("--rows"), QStringLiteral("org"),
              QStringLiteral("--period"), QStringLiteral("2026-13") },
            QStringLiteral("2026-13") },
        { { QStringLiteral("matrix"), QStringLiteral("--rows"), QStringLiteral("org"),
              QStringLiteral("--period"), QStringLiteral("2026-05..2026-01") },
            QStringLiteral("2026-05..2026-01") },
        { { QStringLiteral("gaps"), QStringLiteral("--level"), QStringLiteral("7") },
            QStringLiteral("7") },
        { { QStringLiteral("duplicates"), QStringLiteral("--filter"),
              QStringLiteral("sector=NOPE") },
            QStringLiteral("NOPE") },
    };
    for (const auto& [args, named] : cases) {
        const CliRun r = run(args);
        EXPECT_EQ(r.exitCode, 2) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.err.contains(named)) << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    }
    const CliRun help = run({ QStringLiteral("matrix"), QStringLiteral("--help") });
    EXPECT_EQ(help.exitCode, 0);
    for (const char* name : { "admin3", "funding-org", "quarter", "reached-unique", "coverage" })
        EXPECT_TRUE(help.out.contains(QLatin1String(name))) << name;
}

TEST_F(Cli, GapsAndDuplicatesWithAComplementaryMark)
{
    CliRun r = run({ QStringLiteral("gaps"), QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject gaps = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_FALSE(gaps.value(QStringLiteral("priority_formula")).toString().isEmpty());
    EXPECT_EQ(gaps.value(QStringLiteral("gaps"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("pcode"))
                  .toString(),
        QStringLiteral("SY090301"));

    r = run({ QStringLiteral("duplicates"), QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray groups = QJsonDocument::fromJson(r.out.toUtf8())
                                  .object()
                                  .value(QStringLiteral("groups"))
                                  .toArray();
    ASSERT_EQ(groups.size(), 1);
    const QString key = groups.at(0).toObject().value(QStringLiteral("key")).toString();

    EXPECT_EQ(run({ QStringLiteral("duplicates"), QStringLiteral("--mark-complementary"),
                      QStringLiteral("SY090301/WASH-WTR/idp/00000000000000000000000000000000") })
                  .exitCode,
        2);
    r = run({ QStringLiteral("duplicates"), QStringLiteral("--mark-complementary"), key,
        QStringLiteral("--note"), QStringLiteral("different neighbourhoods") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = run({ QStringLiteral("duplicates") });
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.out.trimmed().split(QLatin1Char('\n')).size(), 1)
        << "only the header is left: " << r.out.toStdString();
    r = run({ QStringLiteral("duplicates"), QStringLiteral("--include-complementary") });
    EXPECT_TRUE(r.out.contains(key + QLatin1Char(','))) << r.out.toStdString();

    r = run({ QStringLiteral("bench"), QStringLiteral("--json"), QStringLiteral("--runs"),
        QStringLiteral("1"), QStringLiteral("--sql-runs"), QStringLiteral("1") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(r.out.toUtf8())
                  .object()
                  .value(QStringLiteral("pivots"))
                  .toArray()
                  .size(),
        5);

    // The bench just run wrote the cache: --cached starts from it, --only times what it names,
    // and a name that is not a pivot is refused with the list of those that are.
    r = run({ QStringLiteral("bench"), QStringLiteral("--json"), QStringLiteral("--cached"),
        QStringLiteral("--runs"), QStringLiteral("1"), QStringLiteral("--sql-runs"),
        QStringLiteral("0"), QStringLiteral("--only"),
        QStringLiteral("duplication-scan,gap-list-subdistrict-year") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject cached = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_TRUE(cached.value(QStringLiteral("snapshot_from_cache")).toBool());
    const QJsonArray timed = cached.value(QStringLiteral("pivots")).toArray();
    ASSERT_EQ(timed.size(), 2);
    EXPECT_EQ(timed.at(0).toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("gap-list-subdistrict-year"));
    EXPECT_EQ(timed.at(1).toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("duplication-scan"));
    r = run({ QStringLiteral("bench"), QStringLiteral("--only"), QStringLiteral("coverage") });
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.err.contains(QStringLiteral("No pivot of the bench is called coverage")))
        << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("governorate-month-coverage")))
        << r.err.toStdString();
}
