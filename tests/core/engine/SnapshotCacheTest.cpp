// The engine's cache file (decision 0090, docs/formats/engine-cache.md): a cold start reads the
// columns from it only when it fits the database exactly; a stale, damaged, truncated, edited,
// foreign or older cache is ignored, and the engine answers exactly as a fresh build does.

#include "core/engine/SnapshotCache.h"

#include "core/engine/LiveSnapshot.h"
#include "core/engine/PivotEngine.h"
#include "core/engine/SnapshotReader.h"
#include "core/storage/Database.h"
#include "tests/core/engine/EngineFixtures.h"
#include "tests/support/TestWorkspace.h"

#include <QDir>
#include <QFile>

#include <functional>
#include <gtest/gtest.h>

using namespace tansiq;
using namespace tansiq::engine;

namespace {

std::shared_ptr<Snapshot> freshBuild(Database& db)
{
    auto built = SnapshotReader(db).build();
    EXPECT_TRUE(built.ok());
    return built.ok() ? built.value() : std::make_shared<Snapshot>();
}

// Every column and every pivot a coordinator would look at, equal.
void expectSameAnswers(const Snapshot& got, const Snapshot& fresh)
{
    ASSERT_EQ(got.rowCount(), fresh.rowCount());
    EXPECT_EQ(got.liveCount(), fresh.liveCount());
    EXPECT_EQ(got.orgs.size(), fresh.orgs.size());
    EXPECT_EQ(got.places.size(), fresh.places.size());
    EXPECT_EQ(got.id, fresh.id);
    EXPECT_EQ(got.implementingOrg, fresh.implementingOrg);
    EXPECT_EQ(got.fundingOrg, fresh.fundingOrg);
    EXPECT_EQ(got.place, fresh.place);
    EXPECT_EQ(got.startDay, fresh.startDay);
    EXPECT_EQ(got.endDay, fresh.endDay);
    EXPECT_EQ(got.reached, fresh.reached);
    EXPECT_EQ(got.budget, fresh.budget);
    EXPECT_EQ(got.people, fresh.people);
    EXPECT_EQ(got.live, fresh.live);
    for (const Measure m :
        { Measure::Activities, Measure::Reached, Measure::ReachedUnique, Measure::Budget }) {
        PivotQuery q;
        q.rows = Dimension::Admin1;
        q.columns = Dimension::Sector;
        q.measure = m;
        const PivotResult a = PivotEngine(got).run(q);
        const PivotResult b = PivotEngine(fresh).run(q);
        ASSERT_EQ(a.rowCount(), b.rowCount());
        ASSERT_EQ(a.columnCount(), b.columnCount());
        for (int i = 0; i <= a.rowCount(); ++i)
            for (int j = 0; j <= a.columnCount(); ++j)
                EXPECT_EQ(a.value(i, j), b.value(i, j))
                    << "measure " << int(m) << " cell " << i << "," << j;
    }
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(f.write(bytes), bytes.size());
}

class SnapshotCacheTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        std::mt19937 random { 7 };
        test::EngineData(ws->registry()).randomFill(random, 240);
        cachePath = SnapshotCache::pathFor(ws.path());
    }

    // A start with the cache as it is now: the snapshot and whether the cache was used.
    std::pair<std::shared_ptr<const Snapshot>, bool> start(QString* rejected = nullptr)
    {
        LiveSnapshot live(ws->database(), cachePath);
        auto current = live.current();
        EXPECT_TRUE(current.ok());
        if (rejected)
            *rejected = live.lastCacheRejected();
        return { current.ok() ? current.value() : nullptr, live.lastFromCache() };
    }

    // Writes a good cache, lets `spoil` change the file, and checks the next start ignores it
    // and answers as a fresh build; the start after that uses the rewritten cache again.
    void expectRebuiltAfter(const std::function<void(QByteArray&)>& spoil)
    {
        start();
        ASSERT_TRUE(QFile::exists(cachePath));
        QByteArray bytes = readAll(cachePath);
        spoil(bytes);
        writeAll(cachePath, bytes);
        QString rejected;
        const auto [snapshot, fromCache] = start(&rejected);
        EXPECT_FALSE(fromCache);
        EXPECT_FALSE(rejected.isEmpty());
        ASSERT_TRUE(snapshot);
        expectSameAnswers(*snapshot, *freshBuild(ws->database()));
        const auto [again, fromCacheAgain] = start();
        EXPECT_TRUE(fromCacheAgain) << "the rebuilt snapshot was written for the next start";
        expectSameAnswers(*again, *freshBuild(ws->database()));
    }

    test::TestWorkspace ws;
    QString cachePath;
};

} // namespace

TEST_F(SnapshotCacheTest, SecondStartReadsTheCacheAndAnswersAsAFreshBuild)
{
    EXPECT_FALSE(QFile::exists(cachePath));
    const auto [first, firstFromCache] = start();
    EXPECT_FALSE(firstFromCache);
    ASSERT_TRUE(QFile::exists(cachePath));
    const auto [second, secondFromCache] = start();
    EXPECT_TRUE(secondFromCache);
    ASSERT_TRUE(second);
    expectSameAnswers(*second, *freshBuild(ws->database()));
    // After a restart of the whole workspace too.
    ws.reopen();
    const auto [third, thirdFromCache] = start();
    EXPECT_TRUE(thirdFromCache);
    expectSameAnswers(*third, *freshBuild(ws->database()));
}

TEST_F(SnapshotCacheTest, CacheIsReadableByItsOwnerOnlyAndLeavesNoTemporaryFile)
{
    start();
    const QFile::Permissions p = QFile::permissions(cachePath);
    EXPECT_TRUE(p.testFlag(QFile::ReadOwner));
    EXPECT_TRUE(p.testFlag(QFile::WriteOwner));
    EXPECT_FALSE(p & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther));
    // Written again over the old one (atomic rename), nothing else left in the folder.
    QFile::remove(cachePath);
    start();
    start();
    const QStringList left = QDir(ws.dir()).entryList(QDir::Files | QDir::Hidden);
    for (const QString& name : left)
        EXPECT_FALSE(name.contains(QStringLiteral(".engine."))) << name.toStdString();
}

TEST_F(SnapshotCacheTest, StaleCacheAfterAnEditIsRebuilt)
{
    start();
    // Edit one activity through the write path, in this process...
    QList<QUuid> ids;
    const auto built = freshBuild(ws->database());
    for (qint64 r = 0; r < built->rowCount(); ++r)
        if (built->live[size_t(r)])
            ids << QUuid::fromRfc4122(
                QByteArrayView(reinterpret_cast<const char*>(built->id[size_t(r)].data()), 16));
    ASSERT_GE(ids.size(), 2);
    auto activity = ws->registry().activities().get(ids.first());
    ASSERT_TRUE(activity.has_value());
    activity->reached = activity->reached.value_or(0) + 12345;
    activity->reachedGirls.reset();
    activity->reachedBoys.reset();
    activity->reachedWomen.reset();
    activity->reachedMen.reset();
    activity->reachedElderlyWomen.reset();
    activity->reachedElderlyMen.reset();
    ASSERT_TRUE(ws->registry().activities().update(*activity).ok());
    QString rejected;
    const auto [snapshot, fromCache] = start(&rejected);
    EXPECT_FALSE(fromCache);
    EXPECT_EQ(rejected.toStdString(), "stale or another database's");
    expectSameAnswers(*snapshot, *freshBuild(ws->database()));
    // ...and a deletion after a restart.
    ws.reopen();
    ASSERT_TRUE(ws->registry().activities().remove(ids.last()).ok());
    const auto [after, afterFromCache] = start();
    EXPECT_FALSE(afterFromCache);
    expectSameAnswers(*after, *freshBuild(ws->database()));
}

TEST_F(SnapshotCacheTest, DamagedColumnIsRebuilt)
{
    expectRebuiltAfter(
        [](QByteArray& bytes) { bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x10); });
}

TEST_F(SnapshotCacheTest, TruncatedCacheIsRebuilt)
{
    expectRebuiltAfter([](QByteArray& bytes) { bytes.truncate(bytes.size() - 100); });
    expectRebuiltAfter([](QByteArray& bytes) { bytes.truncate(40); });
    expectRebuiltAfter([](QByteArray& bytes) { bytes.clear(); });
}

TEST_F(SnapshotCacheTest, EditedCacheIsRebuilt)
{
    // A count edited in a column (as a person with a hex editor would), the file length kept.
    expectRebuiltAfter([](QByteArray& bytes) {
        const qsizetype at = bytes.size() - 4096;
        bytes[at] = char(bytes[at] + 1);
    });
    // The row count in the header.
    expectRebuiltAfter([](QByteArray& bytes) { bytes[16] = char(bytes[16] + 1); });
    // The identity text (its first byte, right after the header).
    expectRebuiltAfter([](QByteArray& bytes) { bytes[64] = 'X'; });
    // A later format version.
    expectRebuiltAfter([](QByteArray& bytes) { bytes[8] = char(3); });
    // Not a cache at all.
    expectRebuiltAfter(
        [](QByteArray& bytes) { bytes = QByteArray("SQLite format 3").leftJustified(4096, '\0'); });
}

TEST_F(SnapshotCacheTest, AnotherDatabasesCacheIsRebuilt)
{
    // Same generator, same seed, same number of activities: only the database differs.
    test::TestWorkspace other;
    std::mt19937 random { 7 };
    test::EngineData(other->registry()).randomFill(random, 240);
    {
        LiveSnapshot live(other->database(), SnapshotCache::pathFor(other.path()));
        ASSERT_TRUE(live.current().ok());
    }
    start();
    ASSERT_TRUE(QFile::remove(cachePath));
    ASSERT_TRUE(QFile::copy(SnapshotCache::pathFor(other.path()), cachePath));
    QString rejected;
    const auto [snapshot, fromCache] = start(&rejected);
    EXPECT_FALSE(fromCache);
    EXPECT_EQ(rejected.toStdString(), "stale or another database's");
    expectSameAnswers(*snapshot, *freshBuild(ws->database()));
}

TEST_F(SnapshotCacheTest, NoCacheInsideATransaction)
{
    ASSERT_TRUE(ws->database().execScript("BEGIN IMMEDIATE").ok());
    const auto [snapshot, fromCache] = start();
    EXPECT_FALSE(fromCache);
    EXPECT_FALSE(QFile::exists(cachePath)) << "uncommitted state is never cached";
    ASSERT_TRUE(ws->database().execScript("ROLLBACK").ok());
}

// Large columns live in their own huge-page mappings (decision 0115) and small ones on the
// ordinary heap; a column that grows, is copied or shrinks across that line keeps its values,
// and new rows read as empty.
TEST(SnapshotColumns, LargeColumnsKeepTheirValuesThroughGrowthCopyAndShrink)
{
    Snapshot s;
    s.resizeRows(1000); // small: the ordinary heap
    for (int r = 0; r < 1000; ++r)
        s.place[size_t(r)] = r;
    s.resizeRows(300'000); // 1.2 MB of 32-bit codes: a mapping of its own
    EXPECT_EQ(s.place[999], 999);
    EXPECT_EQ(s.place[299'999], 0);
    EXPECT_EQ(s.fundingOrg[299'999], -1);
    EXPECT_EQ(s.site[123'456], -1);
    EXPECT_EQ(s.peopleAt(3, 299'999), 0);
    while (s.rowCount() < 700'000) { // grown one row at a time, as the live snapshot does
        const int r = s.appendRow();
        s.place[size_t(r)] = r;
        s.setPeople(5, r, r % 70'000);
    }
    for (int r : { 0, 999, 1000, 299'999, 300'000, 523'456, 699'999 })
        EXPECT_EQ(s.place[size_t(r)], r < 1000 || r >= 300'000 ? r : 0) << r;
    EXPECT_EQ(s.peopleAt(5, 699'999), 699'999 % 70'000);
    EXPECT_EQ(s.live[699'999], 0) << "an appended row is not live until written";

    Column<int32_t> copy = s.place;
    EXPECT_EQ(copy, s.place);
    copy.resize(10); // back under the line: moved to the ordinary heap
    copy.shrink_to_fit();
    ASSERT_EQ(copy.size(), 10u);
    for (int r = 0; r < 10; ++r)
        EXPECT_EQ(copy[size_t(r)], r);
}
