// tansiq-cli registrations: add, set, list --expiring and --missing, export to CSV and XLSX
// through the 4W export's writers.

#include "core/interop/SheetReader.h"
#include "core/storage/Database.h"
#include "tests/core/registrations/RegistrationTestSupport.h"
#include "tests/support/CliRunner.h"
#include "tests/support/DatabaseDump.h"
#include "tests/support/TestWorkspace.h"

#include <QDir>

#include <gtest/gtest.h>

using namespace tansiq;
using namespace tansiq::test;

namespace {

class RegistrationCli : public ::testing::Test {
protected:
    void SetUp() override
    {
        addOrganisation(ws->registry(), QStringLiteral("FDS"));
        addOrganisation(ws->registry(), QStringLiteral("SAWA"));
        addOrganisation(ws->registry(), QStringLiteral("NOREG"));
        ws.close();
    }
    CliRun run(QStringList args)
    {
        args.prepend(ws.path());
        args.prepend(QStringLiteral("--db"));
        return runCli(args);
    }
    TestWorkspace ws;
};

TEST_F(RegistrationCli, AddSetListAndExport)
{
    const CliRun added = run({ QStringLiteral("registrations"), QStringLiteral("add"),
        QStringLiteral("--org"), QStringLiteral("fds"), QStringLiteral("--number"),
        QStringLiteral("DZ-412"), QStringLiteral("--date"), QStringLiteral("2024-02-01"),
        QStringLiteral("--expires"), QStringLiteral("2026-12-01") });
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    const QString fdsId = added.out.trimmed().section(QLatin1Char(' '), -1).chopped(1);
    ASSERT_FALSE(QUuid::fromString(fdsId).isNull()) << added.out.toStdString();
    ASSERT_EQ(run({ QStringLiteral("registrations"), QStringLiteral("add"), QStringLiteral("--org"),
                      QStringLiteral("SAWA"), QStringLiteral("--number"), QStringLiteral("RQ-7"),
                      QStringLiteral("--date"), QStringLiteral("2025-05-01"),
                      QStringLiteral("--expires"), QStringLiteral("2028-05-01") })
                  .exitCode,
        0);

    const QStringList expiring { QStringLiteral("registrations"), QStringLiteral("list"),
        QStringLiteral("--expiring"), QStringLiteral("60"), QStringLiteral("--today"),
        QStringLiteral("2026-11-01"), QStringLiteral("--lang"), QStringLiteral("en") };
    const CliRun soon = run(expiring);
    ASSERT_EQ(soon.exitCode, 0) << soon.err.toStdString();
    EXPECT_TRUE(soon.out.contains(QStringLiteral("FDS"))) << soon.out.toStdString();
    EXPECT_TRUE(soon.out.contains(QStringLiteral("2026-12-01")));
    EXPECT_FALSE(soon.out.contains(QStringLiteral("SAWA")));
    EXPECT_FALSE(soon.out.contains(QStringLiteral("NOREG")));

    const CliRun missing = run({ QStringLiteral("registrations"), QStringLiteral("list"),
        QStringLiteral("--missing"), QStringLiteral("--lang"), QStringLiteral("en") });
    ASSERT_EQ(missing.exitCode, 0);
    EXPECT_TRUE(missing.out.contains(QStringLiteral("NOREG")));
    EXPECT_TRUE(missing.out.contains(QStringLiteral("Not registered")));

    // Renewing moves the expiry out of the window.
    const CliRun set = run({ QStringLiteral("registrations"), QStringLiteral("set"), fdsId,
        QStringLiteral("--expires"), QStringLiteral("2029-12-01") });
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    EXPECT_FALSE(run(expiring).out.contains(QStringLiteral("FDS")));

    for (const char* name : { "registrations.csv", "registrations.xlsx" }) {
        const QString file = QDir(ws.dir()).filePath(QString::fromLatin1(name));
        const CliRun exported = run({ QStringLiteral("registrations"), QStringLiteral("list"),
            QStringLiteral("--lang"), QStringLiteral("ar"), QStringLiteral("--out"), file });
        ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
        const auto sheet = interop::SheetReader::readFile(file);
        ASSERT_TRUE(sheet.ok()) << sheet.errorText().toStdString();
        ASSERT_EQ(sheet->rows.size(), 2 + 3); // header, tags, one row per organisation
        EXPECT_TRUE(sheet->rows.at(1).contains(QStringLiteral("#meta+registration+id")));
        QStringList numbers;
        for (const QStringList& row : sheet->rows.mid(2))
            numbers << row.value(5);
        numbers.sort();
        EXPECT_EQ(
            numbers, (QStringList { QString(), QStringLiteral("DZ-412"), QStringLiteral("RQ-7") }));
        EXPECT_TRUE(sheet->rows.at(0).contains(QStringLiteral("رقم التسجيل")));
    }
}

TEST_F(RegistrationCli, BadInputIsRefusedNamingTheValueAndChangesNothing)
{
    const CliRun backwards = run({ QStringLiteral("registrations"), QStringLiteral("add"),
        QStringLiteral("--org"), QStringLiteral("FDS"), QStringLiteral("--number"),
        QStringLiteral("1"), QStringLiteral("--date"), QStringLiteral("2026-02-01"),
        QStringLiteral("--expires"), QStringLiteral("2025-02-01") });
    EXPECT_NE(backwards.exitCode, 0);
    EXPECT_TRUE(backwards.err.contains(QStringLiteral("2025-02-01")))
        << backwards.err.toStdString();
    const CliRun unknown = run({ QStringLiteral("registrations"), QStringLiteral("add"),
        QStringLiteral("--org"), QStringLiteral("NOPE"), QStringLiteral("--number"),
        QStringLiteral("1"), QStringLiteral("--date"), QStringLiteral("2026-02-01") });
    EXPECT_NE(unknown.exitCode, 0);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("NOPE")));
    const CliRun listed = run(
        { QStringLiteral("registrations"), QStringLiteral("list"), QStringLiteral("--expiring"),
            QStringLiteral("0"), QStringLiteral("--lang"), QStringLiteral("en") });
    EXPECT_EQ(listed.exitCode, 0);
    EXPECT_FALSE(listed.out.contains(QStringLiteral("FDS")));
}

} // namespace
