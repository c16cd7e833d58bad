// The target's views give the figures of tansiq-cli matrix and gaps on the same registry
// (docs/measures.md), so a dashboard over PostgreSQL shows what Tansiq shows.

#include "core/publish/Publisher.h"
#include "tests/core/publish/PublishTestSupport.h"
#include "tests/support/CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <gtest/gtest.h>

using namespace tansiq;
using namespace tansiq::test;

namespace {

const QString kDb = QStringLiteral("views");

class PublishedViews : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        server = sharedServer();
        if (!server || !server->started())
            return;
        workspace = new TestWorkspace;
        fillDemo(*workspace, 3000, 60);
        workspace->close();
        // Published the way a platform does it: the command line.
        const CliRun run
            = runCli({ QStringLiteral("--db"), workspace->path(), QStringLiteral("publish"),
                QStringLiteral("--postgres"), server->connection(kDb), QStringLiteral("--json") });
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
        ASSERT_EQ(report.value(QStringLiteral("mode")).toString(), QStringLiteral("full"))
            << run.out.toStdString();
        ASSERT_GT(report.value(QStringLiteral("written")).toInteger(), 3000);
    }
    static void TearDownTestSuite()
    {
        delete workspace;
        workspace = nullptr;
    }
    void SetUp() override
    {
        if (!server)
            GTEST_SKIP() << missingServerMessage().toStdString();
        ASSERT_TRUE(server->started()) << server->error().toStdString();
    }

    QJsonObject cli(const QStringList& args)
    {
        const CliRun run = runCli(QStringList { QStringLiteral("--db"), workspace->path() } + args
            + QStringList { QStringLiteral("--format"), QStringLiteral("json") });
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

    // code -> figure, from "code|figure" lines.
    QMap<QString, qint64> figures(const QString& sql)
    {
        QMap<QString, qint64> map;
        for (const QString& line :
            server->psql(kDb, sql).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            map.insert(line.section(QLatin1Char('|'), 0, 0),
                line.section(QLatin1Char('|'), 1, 1).toLongLong());
        return map;
    }

    // The matrix's row totals by row code (the last column), and its grand total under "".
    static QMap<QString, qint64> rowTotals(const QJsonObject& matrix)
    {
        QMap<QString, qint64> map;
        const QJsonArray members = matrix.value(QStringLiteral("row_members")).toArray();
        const QJsonArray values = matrix.value(QStringLiteral("values")).toArray();
        for (int i = 0; i < values.size(); ++i) {
            const QJsonArray row = values.at(i).toArray();
            const QString code = i < members.size()
                ? members.at(i).toObject().value(QStringLiteral("code")).toString()
                : QString();
            map.insert(code, qint64(row.last().toDouble()));
        }
        return map;
    }

    static inline PgServer* server = nullptr;
    static inline TestWorkspace* workspace = nullptr;
};

} // namespace

TEST_F(PublishedViews, TheFourWViewAddsUpToTheMatrix)
{
    for (const char* measure :
        { "activities", "targeted", "reached", "reached-girls", "targeted-elderly" }) {
        const QMap<QString, qint64> matrix = rowTotals(
            cli({ QStringLiteral("matrix"), QStringLiteral("--rows"), QStringLiteral("sector"),
                QStringLiteral("--measure"), QString::fromLatin1(measure) }));
        QString expression
            = QString::fromLatin1(measure).replace(QLatin1Char('-'), QLatin1Char('_'));
        expression = expression == u"activities" ? QStringLiteral("count(*)")
                                                 : QStringLiteral("sum(%1)").arg(expression);
        QMap<QString, qint64> view
            = figures(QStringLiteral("SELECT sector, %1 FROM tansiq.activity_4w GROUP BY sector")
                          .arg(expression));
        view.insert(QString(),
            figures(QStringLiteral("SELECT '', %1 FROM tansiq.activity_4w").arg(expression))
                .value(QString()));
        EXPECT_EQ(matrix, view) << measure;
    }
}

TEST_F(PublishedViews, ActiveMonthsAreTheMatrixMonths)
{
    const QMap<QString, qint64> matrix = rowTotals(
        cli({ QStringLiteral("matrix"), QStringLiteral("--rows"), QStringLiteral("month") }));
    QMap<QString, qint64> view = figures(
        QStringLiteral("SELECT month, count(*) FROM tansiq.activity_month GROUP BY month"));
    view.insert(QString(),
        figures(QStringLiteral("SELECT '', count(*) FROM tansiq.activity_4w")).value(QString()));
    EXPECT_GT(view.size(), 12);
    EXPECT_EQ(matrix, view);
}

TEST_F(PublishedViews, UniqueReachIsTheMatrixUniqueReach)
{
    const QJsonObject matrix = cli({ QStringLiteral("matrix"), QStringLiteral("--rows"),
        QStringLiteral("admin2"), QStringLiteral("--cols"), QStringLiteral("sector"),
        QStringLiteral("--measure"), QStringLiteral("reached-unique") });
    const QJsonArray rows = matrix.value(QStringLiteral("row_members")).toArray();
    const QJsonArray columns = matrix.value(QStringLiteral("column_members")).toArray();
    const QJsonArray values = matrix.value(QStringLiteral("values")).toArray();
    const QMap<QString, qint64> cells
        = figures(QStringLiteral("SELECT pcode || '/' || sector, reached_unique FROM "
                                 "tansiq.unique_reach_sector WHERE admin_level = 2"));
    const QMap<QString, qint64> places = figures(QStringLiteral(
        "SELECT pcode, reached_unique FROM tansiq.unique_reach WHERE admin_level = 2"));
    const QMap<QString, qint64> sectors = figures(QStringLiteral(
        "SELECT sector, reached_unique FROM tansiq.unique_reach_sector WHERE admin_level = 0"));
    int compared = 0;
    for (int i = 0; i < rows.size(); ++i) {
        const QString place = rows.at(i).toObject().value(QStringLiteral("code")).toString();
        if (!places.contains(place))
            continue; // "(reported for a wider area)"
        const QJsonArray row = values.at(i).toArray();
        for (int j = 0; j < columns.size(); ++j) {
            const QString sector
                = columns.at(j).toObject().value(QStringLiteral("code")).toString();
            EXPECT_EQ(qint64(row.at(j).toDouble()), cells.value(place + u'/' + sector))
                << place.toStdString() << sector.toStdString();
            ++compared;
        }
        EXPECT_EQ(qint64(row.last().toDouble()), places.value(place)) << place.toStdString();
    }
    EXPECT_GT(compared, 50);
    const QJsonArray totals = values.last().toArray();
    for (int j = 0; j < columns.size(); ++j) {
        const QString sector = columns.at(j).toObject().value(QStringLiteral("code")).toString();
        EXPECT_EQ(qint64(totals.at(j).toDouble()), sectors.value(sector)) << sector.toStdString();
    }
    EXPECT_EQ(qint64(totals.last().toDouble()),
        server
            ->psql(kDb,
                QStringLiteral(
                    "SELECT reached_unique FROM tansiq.unique_reach WHERE admin_level = 0"))
            .toLongLong());
}

TEST_F(PublishedViews, TheGapViewIsTheGapList)
{
    for (const int level : { 3, 2 }) {
        const QJsonArray gaps
            = cli({ QStringLiteral("gaps"), QStringLiteral("--level"), QString::number(level) })
                  .value(QStringLiteral("gaps"))
                  .toArray();
        QStringList expected;
        for (const QJsonValue& value : gaps) {
            const QJsonObject g = value.toObject();
            QStringList fields;
            for (const char* key : { "priority", "pcode", "sector", "severity", "people_in_need",
                     "partners", "reached_unique", "uncovered" })
                fields << g.value(QString::fromLatin1(key)).toVariant().toString();
            fields << (g.value(QStringLiteral("severe_without_partner")).toBool()
                    ? QStringLiteral("t")
                    : QStringLiteral("f"));
            expected << fields.join(QLatin1Char('|'));
        }
        const QStringList view
            = server
                  ->psql(kDb,
                      QStringLiteral(
                          "SELECT priority, pcode, sector, severity, people_in_need, partners, "
                          "reached_unique, uncovered, severe_without_partner FROM tansiq.gaps "
                          "WHERE admin_level = %1 ORDER BY priority")
                          .arg(level))
                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        EXPECT_GT(expected.size(), 20);
        EXPECT_EQ(view, expected) << "level " << level;
    }
}
