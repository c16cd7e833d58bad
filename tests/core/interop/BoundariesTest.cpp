#include "core/interop/BoundaryImporter.h"
#include "core/interop/BoundaryStore.h"
#include "core/interop/Simplify.h"
#include "core/storage/Database.h"
#include "tests/support/DatabaseDump.h"
#include "tests/support/TestWorkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace tansiq;
using namespace tansiq::interop;
using namespace tansiq::test;

namespace {

// A one-level COD-AB FeatureCollection with square polygons and the given property names.
QByteArray squares(const QList<std::pair<QString, QString>>& pcodeAndName, const QString& pcodeKey,
    const QString& nameKey, const QString& arabicKey)
{
    QJsonArray features;
    double x = 36.0;
    for (const auto& [pcode, name] : pcodeAndName) {
        const QJsonArray ring { QJsonArray { x, 33.0 }, QJsonArray { x + 0.5, 33.0 },
            QJsonArray { x + 0.5, 33.5 }, QJsonArray { x, 33.5 }, QJsonArray { x, 33.0 } };
        features.append(QJsonObject { { u"type"_qs, u"Feature"_qs },
            { u"properties"_qs,
                QJsonObject { { pcodeKey, pcode }, { nameKey, name }, { arabicKey, u"اسم"_qs },
                    { u"VALID_ON"_qs, u"2024-03-01"_qs }, { u"Version"_qs, u"v03"_qs } } },
            { u"geometry"_qs,
                QJsonObject { { u"type"_qs, u"Polygon"_qs },
                    { u"coordinates"_qs, QJsonArray { ring } } } } });
        x += 1.0;
    }
    return QJsonDocument(
        QJsonObject { { u"type"_qs, u"FeatureCollection"_qs }, { u"features"_qs, features } })
        .toJson();
}

} // namespace

TEST(Boundaries, BundledPolygonsServeEveryLevelUntilAnImport)
{
    TestWorkspace ws;
    const BoundaryStore store(ws->database());
    EXPECT_EQ(store.polygons(1).polygons.size(), 14);
    EXPECT_EQ(store.polygons(2).polygons.size(), 62);
    EXPECT_EQ(store.polygons(3).polygons.size(), 272);
    EXPECT_EQ(store.polygons(1).source, BoundarySet::Source::Bundled);
}

TEST(Boundaries, ImportsTheCodAbGovernoratesSimplifiedWithValidityAndVersion)
{
    TestWorkspace ws;
    const auto summary = BoundaryImporter(ws->database(), ws.clock())
                             .importFile(geodataPath(u"syr_admin1_cod.geojson"_qs));
    ASSERT_TRUE(summary.ok()) << summary.errorText().toStdString();
    EXPECT_EQ(summary->level, 1);
    EXPECT_EQ(summary->polygons, 14);
    EXPECT_EQ(summary->validOn, u"2020-12-17"_qs);
    EXPECT_EQ(summary->version, u"v02"_qs);
    EXPECT_TRUE(summary->withoutPolygon.isEmpty());
    EXPECT_LT(summary->pointsAfter * 3, summary->pointsBefore); // much lighter to draw

    const BoundarySet set = BoundaryStore(ws->database()).polygons(1);
    EXPECT_EQ(set.source, BoundarySet::Source::Imported);
    EXPECT_EQ(set.version, u"v02"_qs);
    ASSERT_EQ(set.polygons.size(), 14);
    const auto hasakeh = std::find_if(set.polygons.begin(), set.polygons.end(),
        [](const AdminPolygon& p) { return p.pcode == u"SY08"; });
    ASSERT_NE(hasakeh, set.polygons.end());
    EXPECT_EQ(hasakeh->nameEn, u"Al-Hasakeh"_qs);
    EXPECT_EQ(hasakeh->nameAr, u"الحسكة"_qs);
    EXPECT_GE(pointCount(hasakeh->parts), 4);
    // Other levels still come from the bundled files.
    EXPECT_EQ(BoundaryStore(ws->database()).polygons(2).source, BoundarySet::Source::Bundled);
}

TEST(Boundaries, LowerCaseSchemaIsReadWithFieldNamesInAnyCase)
{
    TestWorkspace ws;
    const QByteArray file
        = squares({ { u"SY0903"_qs, u"Mayadin"_qs }, { u"SY1400"_qs, u"Quneitra"_qs } },
            u"Adm2_PCode"_qs, u"adm2_NAME"_qs, u"ADM2_name1"_qs);
    const auto summary
        = BoundaryImporter(ws->database(), ws.clock()).importBytes(file, u"lower.geojson"_qs);
    ASSERT_TRUE(summary.ok()) << summary.errorText().toStdString();
    EXPECT_EQ(summary->level, 2);
    EXPECT_EQ(summary->polygons, 2);
    EXPECT_EQ(summary->version, u"v03"_qs);
    EXPECT_EQ(summary->withoutPolygon.size(), 60); // the other districts keep no polygon
    const BoundarySet set = BoundaryStore(ws->database()).polygons(2);
    ASSERT_EQ(set.polygons.size(), 2);
    EXPECT_EQ(set.polygons.at(0).nameEn, u"Mayadin"_qs);
    EXPECT_EQ(set.polygons.at(0).nameAr, u"اسم"_qs);
}

TEST(Boundaries, UnknownPcodeRefusesTheWholeFile)
{
    TestWorkspace ws;
    const QString dump = logicalDump(ws->database());
    const QByteArray file
        = squares({ { u"SY09"_qs, u"Deir-ez-Zor"_qs }, { u"SY99"_qs, u"Atlantis"_qs } },
            u"ADM1_PCODE"_qs, u"ADM1_EN"_qs, u"ADM1_AR"_qs);
    const auto summary
        = BoundaryImporter(ws->database(), ws.clock()).importBytes(file, u"bad.geojson"_qs);
    ASSERT_FALSE(summary.ok());
    EXPECT_EQ(summary.issues().first().code, u"unknown-pcode"_qs);
    EXPECT_TRUE(summary.errorText().contains(u"SY99"_qs)) << summary.errorText().toStdString();
    EXPECT_EQ(logicalDump(ws->database()), dump);
}

TEST(Simplify, DropsDetailBelowTheToleranceAndKeepsShape)
{
    // A square whose bottom edge has a 0.0001° bump and whose right edge a 0.01° spike.
    const Ring ring { { 0, 0 }, { 0.5, 0.0001 }, { 1, 0 }, { 1, 0.5 }, { 1.01, 0.6 }, { 1, 0.7 },
        { 1, 1 }, { 0, 1 }, { 0, 0 } };
    const Ring simplified = simplifyRing(ring, 0.001);
    EXPECT_FALSE(simplified.contains(QPointF(0.5, 0.0001)));
    EXPECT_TRUE(simplified.contains(QPointF(1.01, 0.6)));
    EXPECT_EQ(simplified.first(), simplified.last());
    EXPECT_EQ(simplified.size(), 8); // only the bump goes
    // A ring smaller than the tolerance collapses; a lone part is kept as it was.
    const Ring tiny { { 0, 0 }, { 0.0001, 0 }, { 0.0001, 0.0001 }, { 0, 0 } };
    EXPECT_TRUE(simplifyRing(tiny, 0.001).isEmpty());
    EXPECT_EQ(simplifyParts({ Polygon { tiny } }, 0.001).size(), 1);
}
