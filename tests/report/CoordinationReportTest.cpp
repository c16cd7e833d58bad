// Issue 16 in print and on the command line: the bulletin's Coordination section lists the
// month's meetings with their decisions and the action points overdue, due and done; an
// overdue action point is listed by `actions list --overdue` and in the bulletin; a meeting's
// minutes print in Arabic and English; action points export as CSV with the HXL row.

#include "core/demo/DemoGenerator.h"
#include "core/registry/Registry.h"
#include "core/registry/coordination/CoordinationRegistry.h"
#include "tests/report/PdfTools.h"
#include "tests/support/CliRunner.h"
#include "tests/support/TestWorkspace.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>
#include <memory>

using namespace tansiq;

namespace {

const QUuid kWash(QStringLiteral("{b04f4d10-97de-5c0b-8a0b-80e17ab86ec1}"));

qint64 msOf(const char* iso)
{
    return QDateTime(
        QDate::fromString(QString::fromLatin1(iso), Qt::ISODate), QTime(10, 0), Qt::UTC)
        .toMSecsSinceEpoch();
}

class CoordinationReport : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_workspace = std::make_unique<test::TestWorkspace>();
        DemoOptions options;
        options.seed = 7;
        options.activities = 600;
        options.projects = 30;
        ASSERT_TRUE(DemoGenerator((*s_workspace)->registry(), options).run().ok());
        Registry& registry = (*s_workspace)->registry();
        CoordinationRegistry c(registry);
        const QList<Organisation> orgs = registry.organisations().list();
        WorkingGroup group;
        group.nameEn = QStringLiteral("WASH working group, Deir ez-Zor");
        group.nameAr = QStringLiteral("مجموعة عمل المياه والإصحاح، دير الزور");
        group.sectorId = kWash;
        group.adminPcode = QStringLiteral("SY09");
        group.members = { { orgs.at(0).meta.id, QStringLiteral("lead") } };
        const QUuid groupId = c.groups().create(group).value();
        Meeting meeting;
        meeting.heldOn = QStringLiteral("2026-10-20");
        meeting.groupId = groupId;
        meeting.title = QStringLiteral("Monthly WASH meeting");
        meeting.adminPcode = QStringLiteral("SY09");
        meeting.venue = QStringLiteral("Governorate hall");
        meeting.chair = QStringLiteral("WASH sector lead");
        meeting.agenda = QStringLiteral("Water trucking gaps\nHygiene kits before winter");
        meeting.minutes
            = QStringLiteral("<p>Partners reviewed <b>water trucking</b> in Hajin.</p>");
        meeting.attendance = { orgs.at(0).meta.id, orgs.at(1).meta.id };
        meeting.decisions = { { QUuid(), QStringLiteral("Extend water trucking to Hajin"), kWash,
                                  QStringLiteral("SY09"), QUuid() },
            { QUuid(), QStringLiteral("Pool hygiene kit stocks"), QUuid(), QString(), QUuid() } };
        s_meeting = c.meetings().create(meeting).value();
        const auto add = [&](const char* text, int org, const char* due) {
            ActionPoint a;
            a.text = QString::fromLatin1(text);
            a.orgId = orgs.at(org).meta.id;
            a.dueOn = QString::fromLatin1(due);
            a.meetingId = s_meeting;
            return c.actions().create(a).value();
        };
        s_workspace->clock().set(msOf("2026-10-20"));
        add("Map trucking routes", 0, "2026-10-10");
        const QUuid done = add("Share kit stock figures", 1, "2026-10-25");
        add("Report on chlorination", 1, "2099-12-31");
        s_workspace->clock().set(msOf("2026-10-24"));
        ASSERT_TRUE(
            c.actions().setStatus(done, QStringLiteral("done"), QStringLiteral("Sent")).ok());
        s_workspace->clock().set(msOf("2026-11-01"));
    }
    static void TearDownTestSuite() { s_workspace.reset(); }

    static test::CliRun cli(QStringList args)
    {
        return test::runCli(QStringList { QStringLiteral("--db"), s_workspace->path() } + args);
    }
    QString outPath(const QString& name) const { return QDir(m_dir.path()).filePath(name); }

    static inline std::unique_ptr<test::TestWorkspace> s_workspace;
    static inline QUuid s_meeting;
    QTemporaryDir m_dir;
};

// Squeezes runs of spaces (pdftotext -layout spreads table cells), for substring checks.
QString flat(QString text)
{
    return text.simplified();
}

// `meetings add --minutes-file` reads a file from outside: a binary file, an oversized one and
// a truncated UTF-16 one are refused naming the file, and no meeting is written; minutes
// saved in Arabic Windows encoding are read as Arabic.
TEST_F(CoordinationReport, MinutesFromAHostileFileAreRefusedAndNothingIsWritten)
{
    CoordinationRegistry c((*s_workspace)->registry());
    const qsizetype before = c.meetings().list().size();
    const auto write = [&](const char* name, const QByteArray& bytes) {
        QFile file(outPath(QString::fromLatin1(name)));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return file.fileName();
    };
    const QString binary
        = write("minutes.png", QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20));
    const QString oversized = write("minutes.html", QByteArray(3 * 1024 * 1024, 'a'));
    const QString truncated = write("minutes-utf16.txt", QByteArray("\xff\xfe\x42\x06\x31", 5));
    for (const QString& path : { binary, oversized, truncated }) {
        const test::CliRun run = cli({ QStringLiteral("meetings"), QStringLiteral("add"),
            QStringLiteral("--date"), QStringLiteral("2026-10-21"), QStringLiteral("--title"),
            QStringLiteral("Hostile minutes"), QStringLiteral("--minutes-file"), path });
        EXPECT_NE(run.exitCode, 0) << path.toStdString();
        EXPECT_TRUE(run.err.contains(QFileInfo(path).fileName())) << run.err.toStdString();
        EXPECT_EQ(c.meetings().list().size(), before) << path.toStdString();
    }
    // «قرر المجتمعون» in Windows-1256, as Word saves Arabic text.
    const QString arabic = write(
        "minutes-1256.txt", QByteArray("\xde\xd1\xd1 \xc7\xe1\xe3\xcc\xca\xe3\xda\xe6\xe4"));
    const test::CliRun run = cli({ QStringLiteral("meetings"), QStringLiteral("add"),
        QStringLiteral("--date"), QStringLiteral("2026-08-22"), QStringLiteral("--title"),
        QStringLiteral("Arabic minutes"), QStringLiteral("--minutes-file"), arabic });
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    bool found = false;
    for (const Meeting& m : c.meetings().list()) {
        if (m.title == u"Arabic minutes") {
            found = true;
            EXPECT_TRUE(m.minutes.contains(QStringLiteral("قرر المجتمعون")))
                << m.minutes.toStdString();
        }
    }
    EXPECT_TRUE(found);
}

} // namespace

TEST_F(CoordinationReport, AnOverdueActionPointIsListedByActionsListOverdue)
{
    const test::CliRun overdue
        = cli({ QStringLiteral("actions"), QStringLiteral("list"), QStringLiteral("--overdue") });
    ASSERT_EQ(overdue.exitCode, 0) << overdue.err.toStdString();
    EXPECT_TRUE(overdue.out.contains(QStringLiteral("Map trucking routes")));
    EXPECT_TRUE(overdue.out.contains(QStringLiteral("[overdue]")));
    EXPECT_FALSE(overdue.out.contains(QStringLiteral("Share kit stock figures"))); // done
    EXPECT_FALSE(overdue.out.contains(QStringLiteral("Report on chlorination"))); // not yet due
    const test::CliRun all = cli({ QStringLiteral("actions"), QStringLiteral("list") });
    EXPECT_EQ(all.out.count(QLatin1Char('\n')), 3);
    const test::CliRun byOrg = cli({ QStringLiteral("actions"), QStringLiteral("list"),
        QStringLiteral("--org"), QStringLiteral("NOSUCHORG") });
    EXPECT_NE(byOrg.exitCode, 0);
    EXPECT_TRUE(byOrg.err.contains(QStringLiteral("NOSUCHORG")));
}

TEST_F(CoordinationReport, TheBulletinHasACoordinationSectionInBothLanguages)
{
    for (const char* lang : { "en", "ar" }) {
        const QString out = outPath(QStringLiteral("bulletin-%1.pdf").arg(QLatin1String(lang)));
        const test::CliRun run = cli({ QStringLiteral("bulletin"), QStringLiteral("--month"),
            QStringLiteral("2026-10"), QStringLiteral("--lang"), QString::fromLatin1(lang),
            QStringLiteral("--produced-on"), QStringLiteral("2026-11-03"), QStringLiteral("--out"),
            out });
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        const QString text = flat(test::pdfText(out));
        EXPECT_TRUE(text.contains(QStringLiteral("Extend water trucking to Hajin"))) << lang;
        EXPECT_TRUE(text.contains(QStringLiteral("Pool hygiene kit stocks"))) << lang;
        EXPECT_TRUE(text.contains(QStringLiteral("Map trucking routes")))
            << lang; // overdue and due
        EXPECT_TRUE(text.contains(QStringLiteral("Share kit stock figures")))
            << lang; // done in October
        EXPECT_FALSE(text.contains(QStringLiteral("Report on chlorination")))
            << lang; // due in 2099
        if (QLatin1String(lang) == QLatin1String("en")) {
            EXPECT_TRUE(text.contains(QStringLiteral("Coordination")));
            EXPECT_TRUE(text.contains(QStringLiteral("Overdue action points")));
        } else {
            EXPECT_TRUE(text.contains(QStringLiteral("التنسيق")));
            EXPECT_FALSE(text.contains(QStringLiteral("Overdue action points")));
        }
    }
}

TEST_F(CoordinationReport, AMeetingsMinutesPrintInArabicAndEnglish)
{
    const QString id = s_meeting.toString(QUuid::WithoutBraces).left(8);
    const test::CliRun show = cli({ QStringLiteral("meetings"), QStringLiteral("show"), id });
    ASSERT_EQ(show.exitCode, 0) << show.err.toStdString();
    EXPECT_TRUE(show.out.contains(QStringLiteral("Extend water trucking to Hajin")));
    for (const char* lang : { "en", "ar" }) {
        const QString out = outPath(QStringLiteral("minutes-%1.pdf").arg(QLatin1String(lang)));
        const test::CliRun run = cli({ QStringLiteral("meetings"), QStringLiteral("minutes"), id,
            QStringLiteral("--pdf"), out, QStringLiteral("--lang"), QString::fromLatin1(lang) });
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        const QString text = flat(test::pdfText(out));
        EXPECT_TRUE(text.contains(QStringLiteral("Monthly WASH meeting"))) << lang;
        EXPECT_TRUE(text.contains(QStringLiteral("Pool hygiene kit stocks"))) << lang;
        EXPECT_TRUE(text.contains(QStringLiteral("water trucking")))
            << lang; // the rich-text minutes
        // (pdftotext drops the lam-alef ligature, so the Arabic checks use words without it.)
        EXPECT_TRUE(text.contains(QLatin1String(lang) == QLatin1String("en")
                ? QStringLiteral("Minutes of the meeting")
                : QStringLiteral("محضر")))
            << lang;
        EXPECT_TRUE(
            text.contains(QLatin1String(lang) == QLatin1String("en") ? QStringLiteral("Decisions")
                                                                     : QStringLiteral("القرارات")))
            << lang;
        for (const test::PdfFont& font : test::pdfFonts(out))
            EXPECT_TRUE(font.embedded) << font.name.toStdString();
        const QString keep = qEnvironmentVariable("TANSIQ_COORDINATION_SHOTS");
        if (!keep.isEmpty())
            QFile::copy(out,
                QDir(keep).filePath(QStringLiteral("minutes-%1.pdf").arg(QLatin1String(lang))));
    }
}

TEST_F(CoordinationReport, ActionPointsExportAsCsvWithTheHxlRow)
{
    const QString out = outPath(QStringLiteral("actions.csv"));
    const test::CliRun run
        = cli({ QStringLiteral("actions"), QStringLiteral("export"), QStringLiteral("--out"), out,
            QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--overdue") });
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines
        = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_TRUE(lines.at(0).contains(QStringLiteral("Responsible organisation")));
    EXPECT_TRUE(lines.at(1).startsWith(
        QStringLiteral("#activity+action,#org+responsible+acronym,#date+due")));
    EXPECT_TRUE(lines.at(2).startsWith(QStringLiteral("Map trucking routes,")));
    EXPECT_TRUE(lines.at(2).contains(QStringLiteral(",2026-10-10,Open,yes,")));
}
