// The demo registry: deterministic, realistic in shape, and planted with the gaps and
// duplications that the analyses must find.

#include "core/demo/DemoGenerator.h"
#include "core/registry/Registry.h"
#include "core/storage/Database.h"
#include "tests/support/TestWorkspace.h"

#include <gtest/gtest.h>

using namespace tansiq;

namespace {

qint64 scalar(Database& db, const char* sql)
{
    Statement q(db.handle(), QByteArray(sql));
    return q.step() == Statement::Step::Row ? q.int64(0) : -1;
}

// The replicated content that must not depend on when or where the demo ran.
QString content(Database& db)
{
    QString out;
    Statement q(db.handle(),
        "SELECT hex(id), hex(implementing_org_id), admin_pcode, start_date, "
        "ifnull(end_date, '-'), status, modality, population_group, ifnull(targeted, -1), "
        "ifnull(reached, -1) FROM activity ORDER BY id");
    while (q.step() == Statement::Step::Row) {
        for (int c = 0; c < 10; ++c)
            out += q.text(c) + QLatin1Char('|');
        out += QLatin1Char('\n');
    }
    Statement orgs(db.handle(), "SELECT hex(id), acronym, name_ar FROM organisation ORDER BY id");
    while (orgs.step() == Statement::Step::Row)
        out += orgs.text(0) + orgs.text(1) + orgs.text(2) + QLatin1Char('\n');
    return out;
}

DemoSummary generate(test::TestWorkspace& ws, quint64 seed, qint64 activities)
{
    DemoOptions options;
    options.seed = seed;
    options.activities = activities;
    const auto summary = DemoGenerator(ws->registry(), options).run();
    EXPECT_TRUE(summary.ok()) << summary.errorText().toStdString();
    return summary.ok() ? summary.value() : DemoSummary {};
}

} // namespace

TEST(Demo, TheSameSeedGivesTheSameRegistry)
{
    test::TestWorkspace a, b, c;
    generate(a, 7, 3000);
    generate(b, 7, 3000);
    generate(c, 8, 3000);
    EXPECT_EQ(content(a->database()), content(b->database()));
    EXPECT_NE(content(a->database()), content(c->database()));
}

TEST(Demo, TheRegistryLooksLikeARealResponse)
{
    test::TestWorkspace ws;
    const DemoSummary summary = generate(ws, 1, 20000);
    Database& db = ws->database();
    EXPECT_EQ(summary.activities, 20000);
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM activity"), 20000);
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM organisation"), 40);
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM project"), 300);
    EXPECT_GT(summary.needs, 2000);
    // Every governorate has activities; Deir-ez-Zor has the most.
    EXPECT_EQ(scalar(db, "SELECT count(DISTINCT substr(admin_pcode, 1, 4)) FROM activity"), 14);
    EXPECT_EQ(scalar(db,
                  "SELECT substr(admin_pcode, 3, 2) FROM activity GROUP BY 1 "
                  "ORDER BY count(*) DESC LIMIT 1"),
        9);
    // Activities start over the 24 months to October 2026 (a duplicate may start days later).
    EXPECT_GE(scalar(db, "SELECT count(DISTINCT substr(start_date, 1, 7)) FROM activity"), 24);
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM activity WHERE start_date < '2024-11-01'"), 0);
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM activity WHERE reporting_month > '2026-10'"), 0);
    // Organisation names are bilingual; every type of the vocabulary is present.
    EXPECT_EQ(
        scalar(db, "SELECT count(*) FROM organisation WHERE name_ar = '' OR name_en = ''"), 0);
    EXPECT_EQ(scalar(db, "SELECT count(DISTINCT org_type) FROM organisation"), 7);
    // Reach is plausible: never negative, usually below target, breakdown adds up.
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM activity WHERE reached < 0 OR targeted <= 0"), 0);
    EXPECT_EQ(scalar(db,
                  "SELECT count(*) FROM activity WHERE reached IS NOT NULL AND "
                  "reached <> reached_girls + reached_boys + reached_women + reached_men + "
                  "reached_elderly_women + reached_elderly_men"),
        0);
    const qint64 over = scalar(db, "SELECT count(*) FROM activity WHERE reached > targeted");
    EXPECT_GT(over, 0);
    EXPECT_LT(over, 20000 / 5);
}

TEST(Demo, PlantedGapsAndDuplicationsAreThere)
{
    test::TestWorkspace ws;
    const DemoSummary summary = generate(ws, 3, 20000);
    Database& db = ws->database();
    EXPECT_GT(summary.plantedGaps, 0);
    EXPECT_GT(summary.plantedDuplicates, 0);
    // Severe needs with nobody working in that sub-district and sector.
    const qint64 gaps = scalar(db,
        "SELECT count(*) FROM need n WHERE n.severity >= 3 AND NOT EXISTS (SELECT 1 FROM activity "
        "a "
        "WHERE a.admin_pcode = n.admin_pcode AND a.sector_id = n.sector_id)");
    EXPECT_GE(gaps, summary.plantedGaps);
    // Different organisations, same place, sector, activity type and group, overlapping periods.
    const qint64 duplicated = scalar(db,
        "SELECT count(*) FROM activity a JOIN activity b ON a.rowid < b.rowid "
        "AND a.admin_pcode = b.admin_pcode AND a.sector_id = b.sector_id "
        "AND a.activity_type_id = b.activity_type_id AND a.population_group = b.population_group "
        "AND a.implementing_org_id <> b.implementing_org_id AND a.start_date <= ifnull(b.end_date, "
        "'9999') "
        "AND b.start_date <= ifnull(a.end_date, '9999')");
    EXPECT_GE(duplicated, summary.plantedDuplicates / 2);
}

TEST(Demo, ItOnlyGoesIntoAnEmptyRegistry)
{
    test::TestWorkspace ws;
    generate(ws, 1, 100);
    DemoOptions options;
    const auto again = DemoGenerator(ws->registry(), options).run();
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.issues().first().code, QStringLiteral("not-empty"));
    EXPECT_EQ(ws->registry().activities().count(), 100);
}

TEST(Demo, CancellingLeavesNothingBehind)
{
    test::TestWorkspace ws;
    std::atomic_bool cancel { false };
    DemoOptions options;
    options.activities = 50000;
    const auto result = DemoGenerator(ws->registry(), options)
                            .run(
                                [&](qint64 done, qint64) {
                                    if (done >= 20000)
                                        cancel = true;
                                },
                                &cancel);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.issues().first().code, QStringLiteral("cancelled"));
    EXPECT_EQ(scalar(ws->database(), "SELECT count(*) FROM activity"), 0);
    EXPECT_EQ(scalar(ws->database(), "SELECT count(*) FROM organisation"), 0);
}
