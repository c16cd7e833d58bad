// tansiq-cli export-4w / import-4w / import-boundaries end to end.

#include "InteropTestSupport.h"
#include "support/DatabaseDump.h"

#include <QDir>
#include <QFile>
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

}  // namespace

TEST(InteropCli, ExportFilterThenDryRunThenImportAndBoundaries)
{
    TestWorkspace ws;
    fillDemo(*ws, 120);
    ws.close();
    const QString db = ws.path();
    const QString csv = QDir(ws.dir()).filePath(u"wash.csv"_qs);

    const CliRun exported = cli({u"--db"_qs, db, u"export-4w"_qs, u"--format"_qs, u"csv"_qs, u"--lang"_qs, u"ar"_qs,
                              u"--filter"_qs, u"sector=WASH"_qs, u"--out"_qs, csv});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));  // Excel needs the BOM to show Arabic
    EXPECT_TRUE(bytes.contains("#adm1+name+i_ar"));
    const int rows = exported.out.section(u' ', 1, 1).toInt();
    EXPECT_GT(rows, 0);

    const CliRun dry = cli({u"--db"_qs, db, u"import-4w"_qs, u"--dry-run"_qs, csv});
    EXPECT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("0 to create, 0 to update, %1 unchanged").arg(rows)))
        << dry.out.toStdString();

    ws.reopen();
    const QString dump = logicalDump(ws->database(), u"boundary_polygon"_qs);
    ws.close();
    const CliRun again = cli({u"--db"_qs, db, u"import-4w"_qs, csv});
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("0 created, 0 updated, %1 unchanged").arg(rows)));

    const CliRun boundaries = cli({u"--db"_qs, db, u"import-boundaries"_qs, geodataPath(u"syr_admin1_cod.geojson"_qs)});
    EXPECT_EQ(boundaries.exitCode, 0) << boundaries.err.toStdString();
    EXPECT_TRUE(boundaries.out.contains(u"14 polygons of admin level 1"_qs)) << boundaries.out.toStdString();

    ws.reopen();
    EXPECT_EQ(logicalDump(ws->database(), u"boundary_polygon"_qs), dump);  // the 4W did not change

    EXPECT_EQ(cli({u"--db"_qs, db, u"export-4w"_qs, u"--format"_qs, u"pdf"_qs, u"--out"_qs, csv}).exitCode, 2);
    EXPECT_EQ(cli({u"--db"_qs, db, u"export-4w"_qs, u"--filter"_qs, u"colour=red"_qs, u"--out"_qs, csv}).exitCode, 2);
}
