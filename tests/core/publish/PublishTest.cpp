// tansiq-cli publish against a real PostgreSQL server started by the test: the target holds
// what the registry holds after changes and deletions, publishing twice changes nothing, an
// interrupted run leaves the previous publication, and the views give the CLI's figures.

#include "core/i18n/Catalogue.h"
#include "core/publish/Publisher.h"
#include "core/registry/Registry.h"
#include "core/registry/coordination/CoordinationRegistry.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "tests/core/publish/PublishTestSupport.h"
#include "tests/support/CliRunner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace tansiq;
using namespace tansiq::test;

namespace {

class Publish : public ::testing::Test {
protected:
    void SetUp() override
    {
        server = sharedServer();
        if (!server)
            GTEST_SKIP() << missingServerMessage().toStdString();
        ASSERT_TRUE(server->started()) << server->error().toStdString();
    }

    Result<publish::PublishReport> publishTo(
        const QString& database, bool bare, std::function<Status(const QByteArray&)> hook = {})
    {
        publish::PublishOptions options;
        options.connection = server->connection(database, bare);
        options.afterTable = std::move(hook);
        return publish::Publisher(ws->database()).run(options);
    }

    void expectRowsMatch(const QString& database)
    {
        for (const char* table :
            { "organisation", "project", "activity", "need", "project_partner", "working_group",
                "meeting", "action_point", "monitoring_visit", "partner_registration" }) {
            const QStringList registry = registryLines(*ws, QString::fromLatin1(table));
            const QStringList target = targetLines(*server, database, QString::fromLatin1(table));
            EXPECT_EQ(registry.size(), target.size()) << table;
            EXPECT_TRUE(registry == target)
                << table << ": the published rows differ from the registry's";
        }
    }

    QString scalar(const QString& database, const QString& sql)
    {
        return server->psql(database, sql);
    }

    PgServer* server = nullptr;
    TestWorkspace ws;
};

QUuid firstLiveActivity(Workspace& ws, int offset)
{
    Statement q(ws.database().handle(),
        "SELECT id FROM activity WHERE deleted = 0 ORDER BY rowid LIMIT 1 OFFSET ?");
    q.bind(1, offset);
    return q.step() == Statement::Step::Row ? q.uuid(0) : QUuid();
}

} // namespace

TEST_F(Publish, ChangesAndDeletionsReachTheTargetAndAgainChangesNothing)
{
    fillDemo(ws, 1500);
    const auto first = publishTo(QStringLiteral("round"), false);
    ASSERT_TRUE(first.ok()) << first.errorText().toStdString();
    EXPECT_EQ(first->mode, publish::PublishReport::Mode::Full);
    EXPECT_EQ(
        scalar(QStringLiteral("round"), QStringLiteral("SELECT count(*) FROM tansiq.activity")),
        QString::number(ws->registry().activities().count()));
    EXPECT_EQ(scalar(QStringLiteral("round"),
                  QStringLiteral("SELECT count(*) > 10 FROM tansiq.admin_unit WHERE level = 3 AND "
                                 "geom_wkt LIKE 'MULTIPOLYGON%'")),
        QStringLiteral("t"));
    expectRowsMatch(QStringLiteral("round"));

    // A partner corrects a figure, another activity is deleted, a new assessment comes in.
    const QUuid changed = firstLiveActivity(*ws, 3);
    const QUuid removed = firstLiveActivity(*ws, 7);
    std::optional<Activity> activity = ws->registry().activities().get(changed);
    ASSERT_TRUE(activity);
    activity->reached = 4321;
    activity->reachedGirls = 1000;
    // ... and marks it sensitive: its site, coordinates and focal point stay in the office.
    activity->sensitive = true;
    activity->siteName = QStringLiteral("Women's safe space, Block C");
    activity->latitude = 36.2;
    activity->longitude = 37.1;
    activity->contactName = QStringLiteral("Focal point");
    ASSERT_TRUE(ws->registry().activities().update(*activity).ok());
    ASSERT_TRUE(ws->registry().activities().remove(removed).ok());

    // A working group is set up with its lead and co-lead (coordination records).
    WorkingGroup group;
    group.nameEn = QStringLiteral("WASH working group");
    group.nameAr = QStringLiteral("مجموعة عمل المياه");
    group.adminPcode = QStringLiteral("SY02");
    {
        Statement orgs(
            ws->database().handle(), "SELECT id FROM organisation ORDER BY rowid LIMIT 2");
        while (orgs.step() == Statement::Step::Row)
            group.members << WorkingGroupMember { orgs.uuid(0),
                group.members.isEmpty() ? QStringLiteral("lead") : QStringLiteral("co_lead") };
    }
    CoordinationRegistry coordination(ws->registry());
    const auto created = coordination.groups().create(group);
    ASSERT_TRUE(created.ok()) << created.errorText().toStdString();

    const auto second = publishTo(QStringLiteral("round"), false);
    ASSERT_TRUE(second.ok()) << second.errorText().toStdString();
    EXPECT_EQ(second->mode, publish::PublishReport::Mode::Incremental)
        << second->reason.toStdString();
    const auto counts = [&](const char* table) {
        for (const publish::TableCounts& t : second->tables) {
            if (t.table == table)
                return std::pair(t.written, t.deleted);
        }
        return std::pair(qint64(-1), qint64(-1));
    };
    EXPECT_EQ(counts("activity"), std::pair(qint64(1), qint64(1)));
    EXPECT_EQ(counts("working_group"), std::pair(qint64(1), qint64(0)));
    EXPECT_EQ(counts("working_group_member"), std::pair(qint64(2), qint64(0)));
    EXPECT_EQ(second->written(), 4);
    EXPECT_EQ(second->deleted(), 1);
    EXPECT_EQ(
        scalar(QStringLiteral("round"),
            QStringLiteral(
                "SELECT g.name_ar || '|' || string_agg(m.role, ',' ORDER BY m.role) FROM "
                "tansiq.working_group g JOIN tansiq.working_group_member m ON m.group_id = g.id "
                "GROUP BY g.name_ar")),
        QStringLiteral("مجموعة عمل المياه|co_lead,lead"));
    const QString changedId = changed.toString(QUuid::WithoutBraces);
    EXPECT_EQ(
        scalar(QStringLiteral("round"),
            QStringLiteral("SELECT reached || '/' || reached_girls || '/' || site_name || '/' || "
                           "coalesce(latitude::text, 'none') || '/' || contact_name || '/' || "
                           "sensitive FROM tansiq.activity WHERE id = '%1'")
                .arg(changedId)),
        QStringLiteral("4321/1000//none//1"));
    EXPECT_EQ(scalar(QStringLiteral("round"),
                  QStringLiteral("SELECT count(*) FROM tansiq.activity WHERE id = '%1'")
                      .arg(removed.toString(QUuid::WithoutBraces))),
        QStringLiteral("0"));
    expectRowsMatch(QStringLiteral("round"));

    // Publishing again writes nothing, not even the publication's own record.
    const QString before = scalar(QStringLiteral("round"),
        QStringLiteral("SELECT published_at || frontier || (SELECT count(*) FROM "
                       "tansiq.publication_run) FROM tansiq.publication"));
    const auto third = publishTo(QStringLiteral("round"), false);
    ASSERT_TRUE(third.ok()) << third.errorText().toStdString();
    EXPECT_EQ(third->written(), 0);
    EXPECT_EQ(third->deleted(), 0);
    EXPECT_EQ(scalar(QStringLiteral("round"),
                  QStringLiteral("SELECT published_at || frontier || (SELECT count(*) FROM "
                                 "tansiq.publication_run) FROM tansiq.publication")),
        before);

    // Comparing everything finds nothing to do either: the incremental runs missed nothing.
    publish::PublishOptions options;
    options.connection = server->connection(QStringLiteral("round"));
    options.compareAll = true;
    const auto compared = publish::Publisher(ws->database()).run(options);
    ASSERT_TRUE(compared.ok()) << compared.errorText().toStdString();
    EXPECT_EQ(compared->written(), 0);
    EXPECT_EQ(compared->deleted(), 0);
}

TEST_F(Publish, AnInterruptedPublicationLeavesThePreviousOneAndTheNextRunCompletes)
{
    fillDemo(ws, 600, 20);
    ASSERT_TRUE(publishTo(QStringLiteral("interrupted"), false).ok());
    const QString snapshot
        = QStringLiteral("SELECT (SELECT count(*) || ':' || sum(_digest) FROM tansiq.activity) || "
                         "'|' || frontier FROM tansiq.publication");
    const QString before = scalar(QStringLiteral("interrupted"), snapshot);

    std::optional<Activity> activity = ws->registry().activities().get(firstLiveActivity(*ws, 1));
    ASSERT_TRUE(activity);
    activity->targeted = 999;
    ASSERT_TRUE(ws->registry().activities().update(*activity).ok());
    ASSERT_TRUE(ws->registry().activities().remove(firstLiveActivity(*ws, 2)).ok());

    // The run fails after the activities were written (a lost connection, a full disk…).
    const auto failed
        = publishTo(QStringLiteral("interrupted"), false, [](const QByteArray& table) -> Status {
              if (table == "need")
                  return Issue::error(QStringLiteral("test"), QString(), QString(),
                      QStringLiteral("forced failure"));
              return success();
          });
    ASSERT_FALSE(failed.ok());
    EXPECT_TRUE(failed.errorText().contains(QStringLiteral("forced failure")));
    EXPECT_EQ(scalar(QStringLiteral("interrupted"), snapshot), before);

    const auto resumed = publishTo(QStringLiteral("interrupted"), false);
    ASSERT_TRUE(resumed.ok()) << resumed.errorText().toStdString();
    EXPECT_EQ(resumed->mode, publish::PublishReport::Mode::Incremental);
    EXPECT_EQ(resumed->deleted(), 1);
    expectRowsMatch(QStringLiteral("interrupted"));
}

TEST_F(Publish, ABadConnectionStringIsNamedInTheUsersLanguage)
{
    publish::PublishOptions options;
    options.connection = QStringLiteral("hots=server dbname=tansiq");
    const auto refused = publish::Publisher(ws->database()).run(options);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.errorText().contains(QStringLiteral("“hots=server dbname=tansiq”")))
        << refused.errorText().toStdString();
    EXPECT_TRUE(refused.errorText().contains(QStringLiteral("hots=server")))
        << refused.errorText().toStdString();

    QTranslator arabic;
    ASSERT_TRUE(arabic.load(i18n::catalogueResource(QStringLiteral("ar"))));
    QCoreApplication::installTranslator(&arabic);
    const auto inArabic = publish::Publisher(ws->database()).run(options);
    QCoreApplication::removeTranslator(&arabic);
    ASSERT_FALSE(inArabic.ok());
    EXPECT_TRUE(inArabic.errorText().contains(QStringLiteral("PostgreSQL")))
        << inArabic.errorText().toStdString();
    EXPECT_TRUE(inArabic.errorText().contains(QStringLiteral("الاتصال")))
        << inArabic.errorText().toStdString();

    // A schema of somebody else's is never dropped.
    options.connection = server->connection(QStringLiteral("theirs"));
    server->psql(QStringLiteral("theirs"),
        QStringLiteral("CREATE SCHEMA tansiq; CREATE TABLE tansiq.budget_lines (id int)"));
    const auto foreign = publish::Publisher(ws->database()).run(options);
    ASSERT_FALSE(foreign.ok());
    EXPECT_TRUE(foreign.errorText().contains(QStringLiteral("“tansiq”")))
        << foreign.errorText().toStdString();
    EXPECT_EQ(scalar(QStringLiteral("theirs"),
                  QStringLiteral("SELECT to_regclass('tansiq.budget_lines') IS NOT NULL")),
        QStringLiteral("t"));

    options.connection
        = QStringLiteral("host=/nonexistent-folder port=5 dbname=tansiq user=nobody");
    const auto unreachable = publish::Publisher(ws->database()).run(options);
    ASSERT_FALSE(unreachable.ok());
    EXPECT_TRUE(unreachable.errorText().contains(QStringLiteral("Could not connect")))
        << unreachable.errorText().toStdString();

    ws.close();
    const CliRun cli = runCli({ QStringLiteral("--db"), ws.path(), QStringLiteral("publish"),
        QStringLiteral("--postgres"), QStringLiteral("nonsense") });
    EXPECT_EQ(cli.exitCode, 1);
    EXPECT_TRUE(cli.err.contains(QStringLiteral("“nonsense”"))) << cli.err.toStdString();
}

TEST_F(Publish, BoundariesAreGeometryWithPostgisAndWktWithout)
{
    fillDemo(ws, 100, 5);
    const bool postgisInstalled
        = !server
               ->psql(QStringLiteral("postgres"),
                   QStringLiteral("SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'"))
               .isEmpty();
    // The server's superuser may create the extension: geometry columns, valid polygons.
    const auto withRights = publishTo(QStringLiteral("maps"), true);
    ASSERT_TRUE(withRights.ok()) << withRights.errorText().toStdString();
    EXPECT_EQ(withRights->postgis, postgisInstalled);
    if (postgisInstalled) {
        EXPECT_EQ(
            scalar(QStringLiteral("maps"),
                QStringLiteral(
                    "SELECT count(*) > 200 AND bool_and(ST_IsValid(geom) OR "
                    "ST_IsValid(ST_MakeValid(geom))) "
                    "AND bool_and(ST_Within(ST_PointOnSurface(geom), ST_Expand(ST_GeomFromText("
                    "'POLYGON((35 32, 43 32, 43 38, 35 38, 35 32))', 4326), 0.5))) "
                    "FROM tansiq.admin_unit WHERE geom IS NOT NULL")),
            QStringLiteral("t"));
    }

    // A role that may not create extensions still publishes, with the boundaries as WKT only.
    server->psql(QStringLiteral("postgres"), QStringLiteral("CREATE ROLE plain LOGIN"));
    server->psql(QStringLiteral("postgres"),
        QStringLiteral("CREATE DATABASE plainmaps OWNER plain TEMPLATE template0"));
    publish::PublishOptions options;
    options.connection = server->connection(QStringLiteral("plainmaps"))
                             .replace(QStringLiteral("user=tansiq"), QStringLiteral("user=plain"));
    const auto plain = publish::Publisher(ws->database()).run(options);
    ASSERT_TRUE(plain.ok()) << plain.errorText().toStdString();
    EXPECT_FALSE(plain->postgis);
    EXPECT_EQ(
        scalar(QStringLiteral("plainmaps"),
            QStringLiteral(
                "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'tansiq' "
                "AND table_name = 'admin_unit' AND column_name = 'geom'")),
        QStringLiteral("0"));
    EXPECT_EQ(scalar(QStringLiteral("plainmaps"),
                  QStringLiteral("SELECT count(*) FROM tansiq.admin_unit WHERE level = 1 AND "
                                 "geom_wkt LIKE 'MULTIPOLYGON(((%'")),
        scalar(QStringLiteral("plainmaps"),
            QStringLiteral("SELECT count(*) FROM tansiq.admin_unit WHERE level = 1")));
}

TEST_F(Publish, WhenTheOpLogWasCompactedEveryRecordIsCompared)
{
    fillDemo(ws, 400, 10);
    ASSERT_TRUE(publishTo(QStringLiteral("compacted"), false).ok());
    const QUuid changed = firstLiveActivity(*ws, 5);
    const QUuid removed = firstLiveActivity(*ws, 9);
    std::optional<Activity> activity = ws->registry().activities().get(changed);
    ASSERT_TRUE(activity);
    activity->reached = 777;
    ASSERT_TRUE(ws->registry().activities().update(*activity).ok());
    ASSERT_TRUE(ws->registry().activities().remove(removed).ok());
    // Compaction (issue 18 item 4) deleted the operations, all but the last one.
    ASSERT_TRUE(ws->database()
                    .execScript("DELETE FROM sync_op WHERE seq < (SELECT max(seq) FROM sync_op)")
                    .ok());

    const auto report = publishTo(QStringLiteral("compacted"), false);
    ASSERT_TRUE(report.ok()) << report.errorText().toStdString();
    EXPECT_EQ(report->mode, publish::PublishReport::Mode::Compared);
    EXPECT_TRUE(report->reason.contains(QStringLiteral("compacted")))
        << report->reason.toStdString();
    EXPECT_EQ(report->written(), 1);
    EXPECT_EQ(report->deleted(), 1);
    EXPECT_EQ(scalar(QStringLiteral("compacted"),
                  QStringLiteral("SELECT reached FROM tansiq.activity WHERE id = '%1'")
                      .arg(changed.toString(QUuid::WithoutBraces))),
        QStringLiteral("777"));
    expectRowsMatch(QStringLiteral("compacted"));
}
