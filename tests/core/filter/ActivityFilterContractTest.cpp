// One activity filter, one meaning (decision 0102): the same filters, run through every
// consumer of an ActivityFilter, select the same activities. The consumers are the activities
// table (ActivityMatcher over the engine's snapshot, built by one reader, by two reader
// threads, or loaded from the cache file), the dashboard (DashboardFigures), the map's place
// measures at each admin level (PlaceMeasures) and the 4W export (FourWExporter).
//
// Each activity of the fixture reached 2^k people, so a sum of people reached names exactly
// which activities were counted: the dashboard's and the map's figures are compared as sets.

#include "core/browse/DashboardFigures.h"
#include "core/browse/PlaceMeasures.h"
#include "core/engine/Snapshot.h"
#include "core/engine/SnapshotCache.h"
#include "core/engine/SnapshotReader.h"
#include "core/filter/ActivityOrder.h"
#include "core/interop/FourWExporter.h"
#include "core/registry/Registry.h"
#include "core/storage/Database.h"
#include "tests/support/TestWorkspace.h"

#include <QSet>

#include <bit>
#include <functional>
#include <gtest/gtest.h>

namespace tansiq {
namespace {

// What a user sees of an activity in the fixture: its name (a letter) and where it is.
struct Planned {
    const char* name;
    const char* org;
    const char* sector;
    const char* pcode;
    const char* start;
    const char* end; // empty: open-ended
    const char* month;
    const char* status;
    const char* modality;
    const char* site;
};

// A: Hole (al-Hasakeh, sub-district); B: Deir-ez-Zor city; C: Deir-ez-Zor district; D: the
// governorate of Deir-ez-Zor; E: Bulbul (Aleppo); F: Thiban (Deir-ez-Zor); G: Basira, whose
// gazetteer entry has the alternative names "Busayra" and "بصيرة الفرات". X is deleted.
const Planned kActivities[] = {
    { "A", "SARC", "WASH", "SY080006", "2026-01-01", "", "2026-01", "ongoing", "cash",
        "Hole reception point" },
    { "B", "SARC", "HLT", "SY090100", "2026-02-01", "2026-02-28", "2026-02", "completed", "in_kind",
        "مخيّم الأمل" },
    { "C", "MERCY", "FSL", "SY0901", "2026-03-15", "", "2026-03", "planned", "cash", "" },
    { "D", "BASMA", "WASH", "SY09", "2026-01-10", "2026-03-31", "2026-01", "ongoing", "service",
        "" },
    { "E", "MERCY", "HLT", "SY020301", "2026-02-01", "", "2026-02", "suspended", "voucher",
        "Blue Gate clinic" },
    { "F", "BASMA", "FSL", "SY090301", "2026-04-05", "", "2026-04", "cancelled", "in_kind",
        "مدرسة النور" },
    { "G", "SARC", "WASH", "SY090102", "2026-03-01", "2026-04-01", "2026-03", "ongoing", "in_kind",
        "" },
};

class Fixture {
public:
    Fixture()
    {
        Registry& registry = m_workspace->registry();
        org("SARC", "Syrian Arab Red Crescent", "الهلال الأحمر العربي السوري");
        org("MERCY", "Mercy Corps", "ميرسي كوربس");
        org("BASMA", "Basma Association", "جمعية بسمة");
        for (const Sector& s : registry.reference().sectors())
            m_sectors.insert(s.code, s.id);
        EXPECT_TRUE(m_workspace->database()
                        .execScript("UPDATE admin_unit SET alt_names = 'Busayra|بصيرة الفرات'"
                                    " WHERE pcode = 'SY090102'")
                        .ok());
        qint64 reached = 1;
        for (const Planned& p : kActivities) {
            Activity a;
            a.meta.id = QUuid::createUuid();
            a.implementingOrgId = m_orgs.value(QString::fromUtf8(p.org));
            a.sectorId = m_sectors.value(QString::fromUtf8(p.sector));
            a.adminPcode = QString::fromUtf8(p.pcode);
            a.startDate = QString::fromUtf8(p.start);
            a.endDate = QString::fromUtf8(p.end);
            a.reportingMonth = QString::fromUtf8(p.month);
            a.status = QString::fromUtf8(p.status);
            a.modality = QString::fromUtf8(p.modality);
            a.siteName = QString::fromUtf8(p.site);
            a.targeted = reached;
            a.reached = reached;
            const auto created = registry.activities().create(a);
            EXPECT_TRUE(created.ok()) << created.errorText().toStdString();
            m_bit.insert(a.meta.id, reached);
            m_names.insert(reached, QString::fromUtf8(p.name));
            m_pcodes.insert(reached, a.adminPcode);
            reached *= 2;
        }
        // A deleted activity matches every filter below and must never show.
        Activity x;
        x.meta.id = QUuid::createUuid();
        x.implementingOrgId = m_orgs.value(QStringLiteral("SARC"));
        x.sectorId = m_sectors.value(QStringLiteral("WASH"));
        x.adminPcode = QStringLiteral("SY090102");
        x.startDate = QStringLiteral("2026-03-01");
        x.reportingMonth = QStringLiteral("2026-03");
        x.siteName = QStringLiteral("مخيّم الأمل");
        x.modality = QStringLiteral("cash");
        x.targeted = x.reached = 1 << 20;
        EXPECT_TRUE(registry.activities().create(x).ok());
        EXPECT_TRUE(registry.activities().remove(x.meta.id).ok());
    }

    Database& db() const { return m_workspace->database(); }
    Registry& registry() const { return m_workspace->registry(); }
    QString cachePath() const { return m_workspace.dir() + QStringLiteral("/contract.engine"); }
    QUuid orgId(const char* acronym) const { return m_orgs.value(QString::fromLatin1(acronym)); }
    QUuid sectorId(const char* code) const { return m_sectors.value(QString::fromLatin1(code)); }
    qint64 bitOf(const QUuid& id) const { return m_bit.value(id, 1 << 21); }

    qint64 mask(const QString& names) const
    {
        qint64 out = 0;
        for (auto it = m_names.cbegin(); it != m_names.cend(); ++it)
            out |= names.contains(it.value()) ? it.key() : 0;
        return out;
    }
    // The activities of `mask` recorded at admin level `level` or finer.
    qint64 atLevel(qint64 mask, int level) const
    {
        qint64 out = 0;
        for (auto it = m_pcodes.cbegin(); it != m_pcodes.cend(); ++it)
            out |= (mask & it.key()) && it.value().size() >= 2 + 2 * level ? it.key() : 0;
        return out;
    }
    QString names(qint64 mask) const
    {
        QString out;
        for (auto it = m_names.cbegin(); it != m_names.cend(); ++it)
            out += (mask & it.key()) ? it.value() : QString();
        if (mask & ~((qint64(1) << m_names.size()) - 1))
            out += QStringLiteral("+deleted");
        return out;
    }

private:
    void org(const char* acronym, const char* en, const char* ar)
    {
        Organisation o;
        o.meta.id = QUuid::createUuid();
        o.acronym = QString::fromUtf8(acronym);
        o.nameEn = QString::fromUtf8(en);
        o.nameAr = QString::fromUtf8(ar);
        const auto created = m_workspace->registry().organisations().create(o);
        EXPECT_TRUE(created.ok()) << created.errorText().toStdString();
        m_orgs.insert(o.acronym, o.meta.id);
    }

    test::TestWorkspace m_workspace;
    QHash<QString, QUuid> m_orgs, m_sectors;
    QHash<QUuid, qint64> m_bit;
    QMap<qint64, QString> m_names, m_pcodes;
};

struct Case {
    const char* name;
    std::function<ActivityFilter(const Fixture&)> filter;
    const char* expected; // the activities it selects, by name
};

ActivityFilter searching(const char* text)
{
    ActivityFilter f;
    f.search = QString::fromUtf8(text);
    return f;
}

const Case kCases[] = {
    { "everything", [](const Fixture&) { return ActivityFilter {}; }, "ABCDEFG" },
    { "partner",
        [](const Fixture& x) {
            ActivityFilter f;
            f.organisationIds = { x.orgId("MERCY") };
            return f;
        },
        "CE" },
    { "two_partners",
        [](const Fixture& x) {
            ActivityFilter f;
            f.organisationIds = { x.orgId("MERCY"), x.orgId("BASMA") };
            return f;
        },
        "CDEF" },
    { "sector",
        [](const Fixture& x) {
            ActivityFilter f;
            f.sectorIds = { x.sectorId("WASH") };
            return f;
        },
        "ADG" },
    { "governorate",
        [](const Fixture&) {
            ActivityFilter f;
            f.placePcode = QStringLiteral("SY09");
            return f;
        },
        "BCDFG" },
    { "district",
        [](const Fixture&) {
            ActivityFilter f;
            f.placePcode = QStringLiteral("SY0901");
            return f;
        },
        "BCG" },
    { "sub_district",
        [](const Fixture&) {
            ActivityFilter f;
            f.placePcode = QStringLiteral("SY090102");
            return f;
        },
        "G" },
    { "reporting_months",
        [](const Fixture&) {
            ActivityFilter f;
            f.monthFrom = QStringLiteral("2026-02");
            f.monthTo = QStringLiteral("2026-03");
            return f;
        },
        "BCEG" },
    // Active in April 2026: open-ended and ongoing (A) or planned (C) run on; the suspended E
    // stopped with its February report, the cancelled F with its April report; G ends 1 April.
    { "active_during",
        [](const Fixture&) {
            ActivityFilter f;
            f.activeFrom = QStringLiteral("2026-04-01");
            f.activeTo = QStringLiteral("2026-04-30");
            return f;
        },
        "ACFG" },
    { "status",
        [](const Fixture&) {
            ActivityFilter f;
            f.status = QStringLiteral("completed");
            return f;
        },
        "B" },
    { "modality",
        [](const Fixture&) {
            ActivityFilter f;
            f.modality = QStringLiteral("cash");
            return f;
        },
        "AC" },
    { "search_partner_arabic_without_hamza",
        [](const Fixture&) { return searching("الهلال الاحمر"); }, "ABG" },
    { "search_partner_acronym_any_case", [](const Fixture&) { return searching("mercy"); }, "CE" },
    { "search_sector", [](const Fixture&) { return searching("Health"); }, "BE" },
    { "search_place_with_diacritics", [](const Fixture&) { return searching("دَيْر الزُّور"); },
        "BCDFG" },
    { "search_pcode", [](const Fixture&) { return searching("SY0903"); }, "F" },
    { "search_site_name", [](const Fixture&) { return searching("blue GATE"); }, "E" },
    { "search_site_name_arabic_folded", [](const Fixture&) { return searching("مخيم الامل"); },
        "B" },
    { "search_site_name_ta_marbuta", [](const Fixture&) { return searching("مدرسه النور"); }, "F" },
    { "search_site_or_place", [](const Fixture&) { return searching("hole"); }, "A" },
    { "search_gazetteer_alternative_name", [](const Fixture&) { return searching("Busayra"); },
        "G" },
    { "search_gazetteer_alternative_name_arabic",
        [](const Fixture&) { return searching("بصيره الفرات"); }, "G" },
    { "search_nothing_matches", [](const Fixture&) { return searching("zzz-nowhere"); }, "" },
    { "combined",
        [](const Fixture& x) {
            ActivityFilter f = searching("مخيم الامل");
            f.sectorIds = { x.sectorId("HLT") };
            f.placePcode = QStringLiteral("SY09");
            f.monthFrom = QStringLiteral("2026-02");
            f.status = QStringLiteral("completed");
            return f;
        },
        "B" },
    { "combined_excludes",
        [](const Fixture& x) {
            ActivityFilter f = searching("blue gate");
            f.organisationIds = { x.orgId("SARC") };
            return f;
        },
        "" },
};

enum class Consumer { Table, TableTwoReaders, TableFromCache, Dashboard, Map, Export };
const char* const kConsumerNames[]
    = { "table", "table_two_readers", "table_from_cache", "dashboard", "map", "export" };

void PrintTo(const Case& c, std::ostream* os)
{
    *os << c.name;
}
void PrintTo(Consumer consumer, std::ostream* os)
{
    *os << kConsumerNames[int(consumer)];
}

// An export sink that keeps the people reached of each row.
class ReachedSink : public interop::TableSink {
public:
    Status begin(const Layout& layout) override
    {
        m_column = layout.tags.indexOf(QStringLiteral("#reached+ind"));
        return success();
    }
    Status row(const QStringList& cells) override
    {
        ++rows;
        reached += m_column >= 0 ? cells.value(m_column).toLongLong() : 0;
        return success();
    }
    Status finish() override { return success(); }

    qint64 rows = 0;
    qint64 reached = 0;

private:
    qsizetype m_column = -1;
};

class ActivityFilterContract : public testing::TestWithParam<std::tuple<Case, Consumer>> {
protected:
    static void SetUpTestSuite() { s_fixture = new Fixture; }
    static void TearDownTestSuite()
    {
        delete s_fixture;
        s_fixture = nullptr;
    }

    // The activities table: the ordered rows of the snapshot, as the table model asks.
    qint64 tableMask(
        const std::shared_ptr<const engine::Snapshot>& snapshot, const ActivityFilter& filter)
    {
        ActivityOrderCache cache;
        cache.prepare(snapshot);
        const ActivityOrderRequest request { filter, ActivityColumns::Place, true, true };
        qint64 mask = 0;
        const auto rows = orderActivities(*snapshot, request, cache);
        for (const int32_t row : rows) {
            const auto& id = snapshot->id[size_t(row)];
            mask |= s_fixture->bitOf(
                QUuid::fromRfc4122(QByteArrayView(id.data(), qsizetype(id.size()))));
        }
        EXPECT_EQ(qsizetype(rows.size()), std::popcount(quint64(mask)));
        return mask;
    }

    static Fixture* s_fixture;
};

Fixture* ActivityFilterContract::s_fixture = nullptr;

TEST_P(ActivityFilterContract, SelectsTheSameActivities)
{
    const auto& [c, consumer] = GetParam();
    Fixture& x = *s_fixture;
    const ActivityFilter filter = c.filter(x);
    const qint64 expected = x.mask(QString::fromUtf8(c.expected));
    Database& db = x.db();
    switch (consumer) {
    case Consumer::Table:
    case Consumer::TableTwoReaders: {
        engine::SnapshotReader reader(db);
        reader.setParallelFrom(consumer == Consumer::TableTwoReaders ? 1 : 1'000'000'000);
        auto built = reader.build();
        ASSERT_TRUE(built.ok()) << built.errorText().toStdString();
        EXPECT_EQ(x.names(tableMask(built.value(), filter)), x.names(expected));
        break;
    }
    case Consumer::TableFromCache: {
        auto cold = engine::loadOrBuild(db, x.cachePath());
        ASSERT_TRUE(cold.ok()) << cold.errorText().toStdString();
        if (!cold->fromCache) {
            ASSERT_FALSE(cold->identity.isEmpty());
            ASSERT_TRUE(
                engine::SnapshotCache(x.cachePath()).save(*cold->snapshot, cold->identity).ok());
        }
        const engine::SnapshotCache::Loaded loaded = engine::SnapshotCache(x.cachePath()).load(db);
        ASSERT_TRUE(loaded.snapshot) << loaded.rejected.toStdString();
        EXPECT_EQ(x.names(tableMask(loaded.snapshot, filter)), x.names(expected));
        break;
    }
    case Consumer::Dashboard: {
        auto built = engine::SnapshotReader(db).build();
        ASSERT_TRUE(built.ok()) << built.errorText().toStdString();
        const DashboardData data = DashboardFigures::collect(*built.value(), filter);
        EXPECT_EQ(x.names(data.figures.reached), x.names(expected));
        EXPECT_EQ(data.figures.activities, std::popcount(quint64(expected)));
        break;
    }
    case Consumer::Map: {
        auto built = engine::SnapshotReader(db).build();
        ASSERT_TRUE(built.ok()) << built.errorText().toStdString();
        const engine::Snapshot& snapshot = *built.value();
        for (int level = 1; level <= 3; ++level) {
            SCOPED_TRACE(level);
            qint64 reached = 0, activities = 0;
            for (const double v :
                PlaceMeasures::compute(snapshot, level, PlaceMeasure::Reached, filter))
                reached += qint64(v);
            for (const double v :
                PlaceMeasures::compute(snapshot, level, PlaceMeasure::Activities, filter))
                activities += qint64(v);
            EXPECT_EQ(x.names(reached), x.names(x.atLevel(expected, level)));
            EXPECT_EQ(activities, std::popcount(quint64(x.atLevel(expected, level))));
        }
        break;
    }
    case Consumer::Export: {
        ReachedSink sink;
        const auto summary
            = interop::FourWExporter(x.registry()).write(sink, filter, Language::English);
        ASSERT_TRUE(summary.ok()) << summary.errorText().toStdString();
        EXPECT_EQ(x.names(sink.reached), x.names(expected));
        EXPECT_EQ(summary->rows, std::popcount(quint64(expected)));
        break;
    }
    }
}

std::string caseName(const testing::TestParamInfo<std::tuple<Case, Consumer>>& info)
{
    return std::string(std::get<0>(info.param).name) + "_"
        + kConsumerNames[int(std::get<1>(info.param))];
}

INSTANTIATE_TEST_SUITE_P(Filters, ActivityFilterContract,
    testing::Combine(testing::ValuesIn(kCases),
        testing::Values(Consumer::Table, Consumer::TableTwoReaders, Consumer::TableFromCache,
            Consumer::Dashboard, Consumer::Map, Consumer::Export)),
    caseName);

} // namespace
} // namespace tansiq
