// Files that are not 4W tables are refused whole, with a message naming the file, and the
// database is left exactly as it was.

#include "core/interop/ImportPlanner.h"
#include "core/registry/Registry.h"
#include "tests/core/interop/InteropTestSupport.h"
#include "tests/support/DatabaseDump.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace tansiq;
using namespace tansiq::interop;
using namespace tansiq::test;

namespace {

struct Malformed : ::testing::Test {
    Malformed()
    {
        addPartners(*ws);
        dump = logicalDump(ws->database());
    }
    Issues refuse(const QString& path)
    {
        const auto plan = ImportPlanner(ws->registry()).planFile(path, {});
        EXPECT_FALSE(plan.ok());
        EXPECT_EQ(logicalDump(ws->database()), dump);
        return plan.issues();
    }
    TestWorkspace ws;
    QString dump;
};

} // namespace

TEST_F(Malformed, TruncatedXlsxIsRefused)
{
    const Issues issues = refuse(fixturePath(u"interop/truncated.xlsx"_qs));
    ASSERT_FALSE(issues.isEmpty());
    EXPECT_EQ(issues.first().code, u"damaged-workbook"_qs);
    EXPECT_TRUE(issues.first().message.contains(u"truncated.xlsx"_qs))
        << issues.first().message.toStdString();
}

TEST_F(Malformed, WorksheetXmlThatStopsEarlyIsRefused)
{
    const Issues issues = refuse(fixturePath(u"interop/cut_worksheet.xlsx"_qs));
    ASSERT_FALSE(issues.isEmpty());
    EXPECT_EQ(issues.first().code, u"damaged-workbook"_qs);
    EXPECT_TRUE(issues.first().message.contains(u"xl/worksheets/sheet1.xml"_qs))
        << issues.first().message.toStdString();
}

TEST_F(Malformed, BinaryDataIsRefused)
{
    QByteArray bytes(64 * 1024, Qt::Uninitialized);
    QRandomGenerator random(42);
    for (char& b : bytes)
        b = char(random.bounded(256));
    bytes[0] = 'X'; // not a zip signature
    const Issues issues = refuse(writeFile(ws.dir(), u"partner.csv"_qs, bytes));
    ASSERT_FALSE(issues.isEmpty());
    EXPECT_EQ(issues.first().code, u"binary-file"_qs);
}

TEST_F(Malformed, FiftyMegabyteSingleLineIsRefused)
{
    QByteArray line;
    line.reserve(50 * 1024 * 1024);
    const QByteArray cell = "#org+impl+name,SARC,";
    while (line.size() < 50 * 1024 * 1024)
        line += cell;
    const Issues issues = refuse(writeFile(ws.dir(), u"oneline.csv"_qs, line));
    ASSERT_FALSE(issues.isEmpty());
    EXPECT_EQ(issues.first().code, u"line-too-long"_qs);
}

TEST_F(Malformed, TooManyColumnsAndEmptyFilesAreRefused)
{
    QByteArray wide = "#org+impl+name";
    for (int i = 0; i < 1200; ++i)
        wide += ",x";
    EXPECT_EQ(refuse(writeFile(ws.dir(), u"wide.csv"_qs, wide + "\n")).first().code,
        u"too-many-columns"_qs);
    EXPECT_EQ(refuse(writeFile(ws.dir(), u"empty.csv"_qs, "")).first().code, u"empty-file"_qs);
    EXPECT_EQ(refuse(writeFile(ws.dir(), u"blank.csv"_qs, ",,,\r\n,,\r\n")).first().code,
        u"empty-file"_qs);
}

TEST_F(Malformed, CliRefusesATruncatedWorkbookAndWritesNothing)
{
    ws.close();
    QProcess cli;
    cli.start(QStringLiteral(TANSIQ_CLI_PATH),
        { u"--db"_qs, ws.path(), u"import-4w"_qs, fixturePath(u"interop/truncated.xlsx"_qs) });
    ASSERT_TRUE(cli.waitForFinished(30000));
    EXPECT_EQ(cli.exitCode(), 1);
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    EXPECT_TRUE(err.contains(u"not a readable XLSX workbook"_qs)) << err.toStdString();
    ws.reopen();
    EXPECT_EQ(logicalDump(ws->database()), dump);
}
