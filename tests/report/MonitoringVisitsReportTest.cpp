// Issue 16 on the command line and in print: monitoring visits recorded and listed with
// `visits`, their follow-up action points with `actions add --visit`; bad input refused naming
// the field and the value with nothing written; a decision's sector, place and need set with
// `meetings decision`; the bulletin's Coordination section lists the month's visits in Arabic
// and English, and a decision's need.

#include "core/browse/NeedBrowser.h"
#include "core/demo/DemoGenerator.h"
#include "core/registry/Registry.h"
#include "core/registry/coordination/CoordinationRegistry.h"
#include "core/workspace/Workspace.h"
#include "tests/report/PdfTools.h"
#include "tests/support/CliRunner.h"
#include "tests/support/DatabaseDump.h"
#include "tests/support/TestWorkspace.h"

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <memory>

using namespace tansiq;

namespace {

class MonitoringVisitsCli : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_workspace = std::make_unique<test::TestWorkspace>();
        DemoOptions options;
        options.seed = 11;
        options.activities = 400;
        options.projects = 12;
        ASSERT_TRUE(DemoGenerator((*s_workspace)->registry(), options).run().ok());
        Registry& registry = (*s_workspace)->registry();
        const QList<Organisation> orgs = registry.organisations().list();
        s_visitor = orgs.at(0).acronym;
        s_responsible = orgs.at(1).acronym;
        s_project = registry.projects().list().first().code;
        s_place = registry.reference().adminUnits(3).first().pcode;
        Meeting meeting;
        meeting.heldOn = QStringLiteral("2026-10-20");
        meeting.title = QStringLiteral("Monthly WASH meeting");
        meeting.decisions = { { QUuid(), QStringLiteral("Extend water trucking to Hajin"), QUuid(),
                                  QString(), QUuid() },
            { QUuid(), QStringLiteral("Pool hygiene kit stocks"), QUuid(), QString(), QUuid() } };
        s_meeting = CoordinationRegistry(registry).meetings().create(meeting).value();
    }
    static void TearDownTestSuite() { s_workspace.reset(); }

    static test::CliRun cli(QStringList args)
    {
        return test::runCli(QStringList { QStringLiteral("--db"), s_workspace->path() } + args);
    }
    static QString dump() { return test::logicalDump((*s_workspace)->database()); }

    static inline std::unique_ptr<test::TestWorkspace> s_workspace;
    static inline QString s_visitor, s_responsible, s_project, s_place;
    static inline QUuid s_meeting;
    QTemporaryDir m_dir;
};

// Squeezes runs of spaces (pdftotext -layout spreads table cells), for substring checks.
QString flat(QString text)
{
    return text.simplified();
}

} // namespace

TEST_F(MonitoringVisitsCli, AVisitIsRecordedListedAndFollowedUp)
{
    const test::CliRun added = cli({ QStringLiteral("visits"), QStringLiteral("add"),
        QStringLiteral("--date"), QStringLiteral("2026-10-12"), QStringLiteral("--project"),
        s_project, QStringLiteral("--place"), s_place, QStringLiteral("--org"), s_visitor,
        QStringLiteral("--rating"), QStringLiteral("delays"), QStringLiteral("--findings"),
        QStringLiteral("Trucks two weeks late") });
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    ASSERT_TRUE(added.out.startsWith(QStringLiteral("Monitoring visit ")))
        << added.out.toStdString();
    const QString id = added.out.section(QLatin1Char(' '), 2, 2).left(8);

    const test::CliRun follow = cli({ QStringLiteral("actions"), QStringLiteral("add"),
        QStringLiteral("--visit"), id, QStringLiteral("--text"),
        QStringLiteral("Send a catch-up plan"), QStringLiteral("--org"), s_responsible,
        QStringLiteral("--due"), QStringLiteral("2020-01-31") });
    ASSERT_EQ(follow.exitCode, 0) << follow.err.toStdString();

    const test::CliRun list = cli({ QStringLiteral("visits"), QStringLiteral("list"),
        QStringLiteral("--month"), QStringLiteral("2026-10") });
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_TRUE(list.out.contains(id)) << list.out.toStdString();
    EXPECT_TRUE(list.out.contains(s_project));
    EXPECT_TRUE(list.out.contains(QStringLiteral("Delays")));
    EXPECT_TRUE(list.out.contains(QStringLiteral("Trucks two weeks late")));
    EXPECT_TRUE(list.out.contains(QStringLiteral("follow-up action points: 1  [1 overdue]")))
        << list.out.toStdString();
    const test::CliRun otherMonth = cli({ QStringLiteral("visits"), QStringLiteral("list"),
        QStringLiteral("--month"), QStringLiteral("2026-09") });
    EXPECT_TRUE(otherMonth.out.contains(QStringLiteral("No monitoring visits.")));

    const test::CliRun points
        = cli({ QStringLiteral("actions"), QStringLiteral("list"), QStringLiteral("--visit"), id });
    ASSERT_EQ(points.exitCode, 0) << points.err.toStdString();
    EXPECT_TRUE(points.out.contains(QStringLiteral("Send a catch-up plan")));
    EXPECT_TRUE(points.out.contains(QStringLiteral("(visit 2026-10-12")));
}

TEST_F(MonitoringVisitsCli, ABadVisitIsRefusedNamingTheFieldAndNothingIsWritten)
{
    const QString before = dump();
    const QStringList base
        = { QStringLiteral("visits"), QStringLiteral("add"), QStringLiteral("--date"),
              QStringLiteral("2026-10-12"), QStringLiteral("--org"), s_visitor };
    struct Case {
        QStringList args;
        QStringList named;
    };
    const QList<Case> cases = {
        { { QStringLiteral("--project"), s_project, QStringLiteral("--place"), s_place,
              QStringLiteral("--rating"), QStringLiteral("excellent") },
            { QStringLiteral("rating"), QStringLiteral("excellent") } },
        { { QStringLiteral("--project"), s_project, QStringLiteral("--place"),
              QStringLiteral("SY999999") },
            { QStringLiteral("place"), QStringLiteral("SY999999") } },
        { { QStringLiteral("--place"), s_place }, { QStringLiteral("project or activity") } },
        { { QStringLiteral("--activity"), QUuid::createUuid().toString(QUuid::WithoutBraces),
              QStringLiteral("--place"), s_place },
            { QStringLiteral("activity") } },
        { { QStringLiteral("--project"), QStringLiteral("NO-SUCH-PROJECT"),
              QStringLiteral("--place"), s_place },
            { QStringLiteral("NO-SUCH-PROJECT") } },
    };
    for (const Case& c : cases) {
        const test::CliRun run = cli(base + c.args);
        EXPECT_NE(run.exitCode, 0) << c.args.join(QLatin1Char(' ')).toStdString();
        for (const QString& word : c.named)
            EXPECT_TRUE(run.err.contains(word)) << run.err.toStdString();
    }
    const test::CliRun badDate = cli({ QStringLiteral("visits"), QStringLiteral("add"),
        QStringLiteral("--date"), QStringLiteral("2026-13-01"), QStringLiteral("--org"), s_visitor,
        QStringLiteral("--project"), s_project, QStringLiteral("--place"), s_place });
    EXPECT_NE(badDate.exitCode, 0);
    EXPECT_TRUE(badDate.err.contains(QStringLiteral("2026-13-01"))) << badDate.err.toStdString();
    EXPECT_EQ(dump(), before);
}

TEST_F(MonitoringVisitsCli, ADecisionIsLinkedToASectorPlaceAndNeed)
{
    Registry& registry = (*s_workspace)->registry();
    const QList<NeedRow> needs = NeedBrowser::list(registry.database());
    ASSERT_FALSE(needs.isEmpty());
    const NeedRow& need = needs.first();
    const QString meeting = s_meeting.toString(QUuid::WithoutBraces).left(8);
    const QString before = dump();
    const test::CliRun badSector = cli({ QStringLiteral("meetings"), QStringLiteral("decision"),
        meeting, QStringLiteral("1"), QStringLiteral("--sector"), QStringLiteral("NOPE") });
    EXPECT_NE(badSector.exitCode, 0);
    EXPECT_TRUE(badSector.err.contains(QStringLiteral("NOPE")));
    const test::CliRun badPlace = cli({ QStringLiteral("meetings"), QStringLiteral("decision"),
        meeting, QStringLiteral("1"), QStringLiteral("--place"), QStringLiteral("SY999999") });
    EXPECT_NE(badPlace.exitCode, 0);
    EXPECT_TRUE(badPlace.err.contains(QStringLiteral("SY999999"))) << badPlace.err.toStdString();
    const test::CliRun noSuchDecision
        = cli({ QStringLiteral("meetings"), QStringLiteral("decision"), meeting,
            QStringLiteral("3"), QStringLiteral("--sector"), QStringLiteral("WASH") });
    EXPECT_NE(noSuchDecision.exitCode, 0);
    EXPECT_TRUE(noSuchDecision.err.contains(QStringLiteral("2 decisions")));
    EXPECT_EQ(dump(), before);

    const test::CliRun linked = cli(
        { QStringLiteral("meetings"), QStringLiteral("decision"), meeting, QStringLiteral("1"),
            QStringLiteral("--sector"), need.sectorCode, QStringLiteral("--place"), need.pcode,
            QStringLiteral("--need"), need.id.toString(QUuid::WithoutBraces).left(8) });
    ASSERT_EQ(linked.exitCode, 0) << linked.err.toStdString();
    auto saved = CoordinationRegistry(registry).meetings().get(s_meeting);
    EXPECT_EQ(saved->decisions.at(0).adminPcode, need.pcode);
    EXPECT_EQ(saved->decisions.at(0).needId, need.id);
    EXPECT_FALSE(saved->decisions.at(0).sectorId.isNull());
    EXPECT_TRUE(saved->decisions.at(1).needId.isNull());
    const test::CliRun show = cli({ QStringLiteral("meetings"), QStringLiteral("show"), meeting });
    EXPECT_TRUE(show.out.contains(QStringLiteral("need: %1").arg(need.sectorEn)))
        << show.out.toStdString();

    const test::CliRun cleared = cli({ QStringLiteral("meetings"), QStringLiteral("decision"),
        meeting, QStringLiteral("1"), QStringLiteral("--need"), QStringLiteral("-") });
    ASSERT_EQ(cleared.exitCode, 0) << cleared.err.toStdString();
    saved = CoordinationRegistry(registry).meetings().get(s_meeting);
    EXPECT_TRUE(saved->decisions.at(0).needId.isNull());
    EXPECT_EQ(saved->decisions.at(0).adminPcode, need.pcode); // left as it was
}

TEST_F(MonitoringVisitsCli, TheBulletinListsTheMonthsVisitsInBothLanguages)
{
    Registry& registry = (*s_workspace)->registry();
    MonitoringVisit visit;
    visit.visitedOn = QStringLiteral("2026-10-05");
    visit.projectId = registry.projects().list().first().meta.id;
    visit.adminPcode = s_place;
    visit.visitingOrgId = registry.organisations().list().at(2).meta.id;
    visit.rating = QStringLiteral("serious_problems");
    visit.findings = QStringLiteral("Selection complaints");
    ASSERT_TRUE(CoordinationRegistry(registry).visits().create(visit).ok());
    for (const char* lang : { "en", "ar" }) {
        const QString out
            = QDir(m_dir.path())
                  .filePath(QStringLiteral("bulletin-%1.pdf").arg(QLatin1String(lang)));
        const test::CliRun run = cli({ QStringLiteral("bulletin"), QStringLiteral("--month"),
            QStringLiteral("2026-10"), QStringLiteral("--lang"), QString::fromLatin1(lang),
            QStringLiteral("--produced-on"), QStringLiteral("2026-11-03"), QStringLiteral("--out"),
            out });
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        const QString text = flat(test::pdfText(out));
        EXPECT_TRUE(text.contains(QStringLiteral("complaints"))) << lang; // a cell wraps: one word
        EXPECT_TRUE(text.contains(s_project)) << lang;
        if (QLatin1String(lang) == QLatin1String("en")) {
            EXPECT_TRUE(text.contains(QStringLiteral("Monitoring visits")));
            EXPECT_TRUE(text.contains(QStringLiteral("Serious problems")));
        } else {
            // (pdftotext drops the lam-alef ligature: words without it.)
            EXPECT_TRUE(text.contains(QStringLiteral("زيارات"))) << text.toStdString();
            EXPECT_TRUE(text.contains(QStringLiteral("جدية"))); // مشكلات جدية, without its lam-alef
            EXPECT_FALSE(text.contains(QStringLiteral("Monitoring visits")));
        }
    }
}
