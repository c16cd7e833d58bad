// Importing OCHA COD tabular gazetteers: both column schemas, refusals by row, and no partial
// writes (checked with a logical dump, not by trusting a return code).

#include "core/gazetteer/GazetteerImporter.h"
#include "core/registry/Registry.h"
#include "core/stats/RegistryStats.h"
#include "core/storage/Database.h"
#include "tests/support/DatabaseDump.h"
#include "tests/support/TestWorkspace.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace tansiq;

namespace {

class GazetteerImport : public ::testing::Test {
protected:
    Result<GazetteerSummary> importFixture(const QString& name)
    {
        GazetteerImporter importer(
            ws->database(), ws->registry().reference(), ws->registry().writer());
        return importer.importFile(test::fixturePath(QStringLiteral("gazetteer/") + name));
    }

    // The import must fail with `code` (at `row` when given) and leave the database as it was.
    void expectRefusedUnchanged(const QString& fixture, const QString& code, int row = -1)
    {
        const QString before = test::logicalDump(ws->database());
        const auto result = importFixture(fixture);
        ASSERT_FALSE(result.ok()) << fixture.toStdString() << " should be refused";
        const Issue& first = result.issues().first();
        EXPECT_EQ(first.code, code) << result.errorText().toStdString();
        if (row > 0) {
            EXPECT_EQ(first.row, row);
        }
        EXPECT_FALSE(first.message.isEmpty());
        EXPECT_EQ(test::logicalDump(ws->database()), before);
    }

    test::TestWorkspace ws;
};

} // namespace

TEST_F(GazetteerImport, ANewDatabaseHoldsTheWholeBundledGazetteer)
{
    const RegistryStats stats = RegistryStats::collect(ws->database());
    EXPECT_EQ(stats.adminUnits[0], 1);
    EXPECT_EQ(stats.adminUnits[1], 14);
    EXPECT_EQ(stats.adminUnits[2], 62);
    EXPECT_EQ(stats.adminUnits[3], 272);
    const auto thiban = ws->registry().reference().adminUnit(QStringLiteral("SY090301"));
    ASSERT_TRUE(thiban);
    EXPECT_EQ(thiban->parentPcode, QStringLiteral("SY0903"));
    EXPECT_EQ(thiban->nameAr, QStringLiteral("ذيبان"));
    EXPECT_TRUE(thiban->latitude.has_value());
    EXPECT_TRUE(thiban->population.has_value());
}

TEST_F(GazetteerImport, ReimportingTheBundledGazetteerChangesNothing)
{
    const QString before = test::logicalDump(ws->database(), QStringLiteral("audit_log"));
    GazetteerImporter importer(ws->database(), ws->registry().reference(), ws->registry().writer());
    const auto again = importer.importBundled();
    ASSERT_TRUE(again.ok()) << again.errorText().toStdString();
    EXPECT_EQ(again->rows, 272);
    EXPECT_EQ(again->added, 0);
    EXPECT_EQ(again->updated, 0);
    EXPECT_EQ(again->unchanged, 1 + 14 + 62 + 272);
    EXPECT_EQ(test::logicalDump(ws->database(), QStringLiteral("audit_log")), before);
}

TEST_F(GazetteerImport, UpperCaseHdxSchemaUpdatesNamesAndAddsUnitsKeepingCentroids)
{
    const auto thibanBefore = ws->registry().reference().adminUnit(QStringLiteral("SY090301"));
    const auto result = importFixture(QStringLiteral("hdx_upper_case_update.csv"));
    ASSERT_TRUE(result.ok()) << result.errorText().toStdString();
    EXPECT_EQ(result->rows, 3);
    EXPECT_EQ(result->added, 1);
    EXPECT_EQ(result->updated, 2);
    EXPECT_EQ(result->unchanged, 4);
    auto& reference = ws->registry().reference();
    EXPECT_EQ(reference.adminUnit(QStringLiteral("SY09"))->nameEn, QStringLiteral("Dayr az Zawr"));
    EXPECT_EQ(reference.adminUnit(QStringLiteral("SY090200"))->nameAr, QStringLiteral("أبو كمال"));
    const auto added = reference.adminUnit(QStringLiteral("SY090399"));
    ASSERT_TRUE(added);
    EXPECT_EQ(added->level, 3);
    EXPECT_EQ(added->parentPcode, QStringLiteral("SY0903"));
    // The file has no centroid columns: the known centroid stays.
    EXPECT_EQ(reference.adminUnit(QStringLiteral("SY090301"))->latitude, thibanBefore->latitude);
}

TEST_F(GazetteerImport, LowerCaseSchemaAddsCommunitiesUnderKnownSubDistricts)
{
    const auto result = importFixture(QStringLiteral("lower_case_communities.csv"));
    ASSERT_TRUE(result.ok()) << result.errorText().toStdString();
    EXPECT_EQ(result->added, 2);
    const auto village = ws->registry().reference().adminUnit(QStringLiteral("C4322"));
    ASSERT_TRUE(village);
    EXPECT_EQ(village->level, 4);
    EXPECT_EQ(village->parentPcode, QStringLiteral("SY090301"));
    EXPECT_EQ(village->nameAr, QStringLiteral("الحوايج"));
    EXPECT_DOUBLE_EQ(*village->latitude, 35.03);
    EXPECT_EQ(RegistryStats::collect(ws->database()).adminUnits[4], 2);
}

TEST_F(GazetteerImport, AnUnknownParentIsRefusedWithItsRow)
{
    expectRefusedUnchanged(
        QStringLiteral("unknown_parent.csv"), QStringLiteral("unknown-parent"), 3);
}

TEST_F(GazetteerImport, AChildPcodeOutsideItsParentIsRefusedWithItsRow)
{
    expectRefusedUnchanged(QStringLiteral("bad_prefix.csv"), QStringLiteral("pcode-prefix"), 3);
}

TEST_F(GazetteerImport, AMissingColumnIsRefusedNamingTheColumn)
{
    expectRefusedUnchanged(QStringLiteral("missing_column.csv"), QStringLiteral("missing-column"));
    const auto result = importFixture(QStringLiteral("missing_column.csv"));
    EXPECT_TRUE(result.errorText().contains(QStringLiteral("admin3Name_ar")))
        << result.errorText().toStdString();
}

TEST_F(GazetteerImport, AWindows1256FileIsRefusedAsNotUtf8)
{
    expectRefusedUnchanged(QStringLiteral("windows1256.csv"), QStringLiteral("not-utf8"));
}

TEST_F(GazetteerImport, BinaryDataIsRefused)
{
    const QString before = test::logicalDump(ws->database());
    QByteArray binary("\x89PNG\r\n\x1a\n", 8);
    for (int i = 0; i < 4096; ++i)
        binary.append(char((i * 7919) % 256));
    GazetteerImporter importer(ws->database(), ws->registry().reference(), ws->registry().writer());
    const auto result = importer.importBytes(binary, QStringLiteral("map.png"));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.issues().first().code, QStringLiteral("binary-file"));
    EXPECT_TRUE(result.errorText().contains(QStringLiteral("map.png")));
    EXPECT_EQ(test::logicalDump(ws->database()), before);
}

TEST_F(GazetteerImport, TheFullCodAdminOneGeojsonIsNotMistakenForAGazetteer)
{
    const QString before = test::logicalDump(ws->database());
    GazetteerImporter importer(ws->database(), ws->registry().reference(), ws->registry().writer());
    const auto result
        = importer.importFile(test::geodataPath(QStringLiteral("syr_admin1_simplified.geojson")));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(test::logicalDump(ws->database()), before);
}
