// tansiq-cli export-4w / import-4w / import-boundaries end to end.

#include "core/storage/Database.h"
#include "tests/core/interop/InteropTestSupport.h"
#include "tests/support/DatabaseDump.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <gtest/gtest.h>

using namespace tansiq;
using namespace tansiq::test;

namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun cli(const QStringList& args)
{
    QProcess process;
    process.start(QStringLiteral(TANSIQ_CLI_PATH), args);
    CliRun run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

TEST(InteropCli, ExportFilterThenDryRunThenImportAndBoundaries)
{
    TestWorkspace ws;
    fillDemo(*ws, 120);
    ws.close();
    const QString db = ws.path();
    const QString csv = QDir(ws.dir()).filePath(u"wash.csv"_qs);

    const CliRun exported = cli({ u"--db"_qs, db, u"export-4w"_qs, u"--format"_qs, u"csv"_qs,
        u"--lang"_qs, u"ar"_qs, u"--filter"_qs, u"sector=WASH"_qs, u"--out"_qs, csv });
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF")); // Excel needs the BOM to show Arabic
    EXPECT_TRUE(bytes.contains("#adm1+name+i_ar"));
    const int rows = exported.out.section(u' ', 1, 1).toInt();
    EXPECT_GT(rows, 0);

    const CliRun dry = cli({ u"--db"_qs, db, u"import-4w"_qs, u"--dry-run"_qs, csv });
    EXPECT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_TRUE(
        dry.out.contains(QStringLiteral("0 to create, 0 to update, %1 unchanged").arg(rows)))
        << dry.out.toStdString();

    ws.reopen();
    const QString dump = logicalDump(ws->database(), u"boundary_polygon"_qs);
    ws.close();
    const CliRun again = cli({ u"--db"_qs, db, u"import-4w"_qs, csv });
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("0 created, 0 updated, %1 unchanged").arg(rows)));

    const CliRun boundaries = cli(
        { u"--db"_qs, db, u"import-boundaries"_qs, geodataPath(u"syr_admin1_cod.geojson"_qs) });
    EXPECT_EQ(boundaries.exitCode, 0) << boundaries.err.toStdString();
    EXPECT_TRUE(boundaries.out.contains(u"14 polygons of admin level 1"_qs))
        << boundaries.out.toStdString();

    ws.reopen();
    EXPECT_EQ(logicalDump(ws->database(), u"boundary_polygon"_qs), dump); // the 4W did not change

    EXPECT_EQ(cli({ u"--db"_qs, db, u"export-4w"_qs, u"--format"_qs, u"pdf"_qs, u"--out"_qs, csv })
                  .exitCode,
        2);
    EXPECT_EQ(
        cli({ u"--db"_qs, db, u"export-4w"_qs, u"--filter"_qs, u"colour=red"_qs, u"--out"_qs, csv })
            .exitCode,
        2);
}

// Issue 15: a partner's first month in one run (--create-organisations and a value map, the
// month read from the title), the next month with no map and no flags.
TEST(InteropCli, PartnerMonthsFirstWithChoicesThenWithNoQuestions)
{
    TestWorkspace ws;
    addPartners(*ws);
    ws.close();
    const QString db = ws.path();
    const QString map = writeFile(ws.dir(), u"choices.map"_qs,
        QStringLiteral("; Deir ez-Zor partner\n"
                       "activity-type: جلسات توعية للأطفال = PRT-AWR\n"
                       "place: مزرعة الرشيد = !skip\n")
            .toUtf8());
    const QString september = fixturePath(u"interop/partner_sep_1256.csv"_qs);
    const QString october = fixturePath(u"interop/partner_oct_semicolon.csv"_qs);

    // Without choices: refused, and the dry run says why.
    const CliRun refused = cli({ u"--db"_qs, db, u"import-4w"_qs, september });
    EXPECT_NE(refused.exitCode, 0);
    EXPECT_TRUE(refused.out.contains(u"Reporting month: 2026-09, read from row 1"_qs))
        << refused.out.toStdString();

    // The dry run lists what each choice would do, and writes nothing.
    const auto dump = [&db] {
        auto opened = Database::open(db);
        return opened.ok() ? logicalDump(*opened.value()) : QString();
    };
    const QString before = dump();
    // Hostile choice files — bytes that are no text, a forged kind, a vocabulary of a newer
    // version — are refused naming the file, and nothing is written.
    const QString binaryMap
        = writeFile(ws.dir(), u"binary.map"_qs, QByteArray("\x00\x9f\xff\x00sector\x00\x01", 12));
    const QString forgedMap = writeFile(ws.dir(), u"forged.map"_qs, "colour: red = !create\n");
    const QString newerVocabulary
        = writeFile(ws.dir(), u"newer.txt"_qs, "tansiq-vocabulary 9\nsector: x = WASH\n");
    const QList<QStringList> hostile = { { u"--value-map"_qs, binaryMap },
        { u"--value-map"_qs, forgedMap }, { u"--vocabulary"_qs, newerVocabulary } };
    for (const QStringList& option : hostile) {
        const CliRun run
            = cli(QStringList { u"--db"_qs, db, u"import-4w"_qs, u"--create-organisations"_qs }
                + option + QStringList { september });
        EXPECT_NE(run.exitCode, 0) << option.join(u' ').toStdString();
        EXPECT_TRUE((run.out + run.err).contains(QFileInfo(option.last()).fileName()))
            << option.join(u' ').toStdString() << "\n"
            << run.err.toStdString();
        EXPECT_EQ(dump(), before) << option.join(u' ').toStdString();
    }
    const CliRun dry = cli({ u"--db"_qs, db, u"import-4w"_qs, u"--dry-run"_qs,
        u"--create-organisations"_qs, u"--value-map"_qs, map, september });
    EXPECT_EQ(dry.exitCode, 0) << dry.out.toStdString() << dry.err.toStdString();
    EXPECT_TRUE(dry.out.contains(u"will create organisation: منظمة الأمل للتنمية"_qs))
        << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(u"(PRT-AWR)"_qs)) << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(u"Rows left out as chosen: 1."_qs)) << dry.out.toStdString();
    EXPECT_EQ(dump(), before);

    const CliRun first = cli({ u"--db"_qs, db, u"import-4w"_qs, u"--create-organisations"_qs,
        u"--value-map"_qs, map, september });
    EXPECT_EQ(first.exitCode, 0) << first.out.toStdString() << first.err.toStdString();
    EXPECT_TRUE(first.out.contains(u"Imported: 5 created"_qs)) << first.out.toStdString();

    const CliRun next = cli({ u"--db"_qs, db, u"import-4w"_qs, october });
    EXPECT_EQ(next.exitCode, 0) << next.out.toStdString() << next.err.toStdString();
    EXPECT_TRUE(next.out.contains(u"Reporting month: 2026-10"_qs)) << next.out.toStdString();
    EXPECT_TRUE(next.out.contains(u"Imported: 5 created"_qs)) << next.out.toStdString();

    // A file without a month, and none given: the message names --month; given, it imports.
    const QString noMonth = writeFile(ws.dir(), u"no_month.csv"_qs,
        "#org+impl+id,#sector+code,#adm3+code,#date+start\r\n"
        "SARC,HLT,SY090301,2026-07-01\r\n");
    const CliRun missing = cli({ u"--db"_qs, db, u"import-4w"_qs, noMonth });
    EXPECT_NE(missing.exitCode, 0);
    EXPECT_TRUE((missing.out + missing.err).contains(u"--month YYYY-MM"_qs))
        << missing.err.toStdString();
    const CliRun given
        = cli({ u"--db"_qs, db, u"import-4w"_qs, u"--month"_qs, u"2026-07"_qs, noMonth });
    EXPECT_EQ(given.exitCode, 0) << given.out.toStdString() << given.err.toStdString();
    EXPECT_TRUE(given.out.contains(u"Reporting month: 2026-07 (given with --month)"_qs))
        << given.out.toStdString();
}
