// The compiled activity filter over a snapshot large enough to be tested on two threads: the
// rows it selects are those it accepts one by one, in snapshot order, on one thread or two.
#include "core/filter/ActivityMatcher.h"

#include "core/engine/Calendar.h"
#include "core/engine/Snapshot.h"
#include "core/engine/Workers.h"
#include "core/registry/Vocabulary.h"

#include <gtest/gtest.h>
#include <random>

using namespace tansiq;

namespace {

const int kFirstMonth = *engine::calendar::parseMonth("2025-01", 7);

// 600,000 activities (over the size from which both threads are used) in 3 organisations,
// 4 sectors and one place, over 24 months and the statuses, some deleted.
std::shared_ptr<engine::Snapshot> largeSnapshot()
{
    auto s = std::make_shared<engine::Snapshot>();
    for (int i = 0; i < 3; ++i)
        s->orgs << engine::OrgEntry { QByteArray(16, char(i + 1)), QStringLiteral("ORG%1").arg(i),
            QStringLiteral("Organisation %1").arg(i), QString(), 0 };
    for (int i = 0; i < 4; ++i)
        s->sectors << engine::SectorEntry { QByteArray(16, char(i + 10)),
            QStringLiteral("S%1").arg(i), QStringLiteral("Sector %1").arg(i), QString() };
    engine::PlaceEntry syria;
    syria.pcode = QStringLiteral("SY");
    syria.ancestor = { 0, -1, -1, -1, -1 };
    s->places << syria;
    constexpr int kRows = 600'000;
    s->resizeRows(kRows);
    std::mt19937 random(20261206);
    for (int r = 0; r < kRows; ++r) {
        s->implementingOrg[size_t(r)] = int32_t(random() % 3);
        s->sector[size_t(r)] = int16_t(random() % 4);
        s->reportingMonth[size_t(r)] = int32_t(kFirstMonth + int32_t(random() % 24));
        s->status[size_t(r)] = int8_t(random() % 5);
        s->live[size_t(r)] = random() % 10 != 0;
    }
    return s;
}

TEST(ActivityMatcherTest, SelectsTheRowsItAcceptsInOrderOnOneThreadOrTwo)
{
    const auto snapshot = largeSnapshot();
    const engine::Snapshot& s = *snapshot;
    SnapshotSearchKeys keys;
    keys.build(s);
    ActivityFilter everything;
    ActivityFilter narrowed;
    narrowed.monthFrom = engine::calendar::monthLabel(kFirstMonth + 5);
    narrowed.monthTo = engine::calendar::monthLabel(kFirstMonth + 10);
    narrowed.status = terms(Vocabulary::Status).at(1).code;
    ActivityFilter searched;
    searched.search = QStringLiteral("organisation 2");
    engine::Workers two(2);
    for (const ActivityFilter& filter : { everything, narrowed, searched }) {
        const ActivityMatcher matcher(s, filter, keys);
        std::vector<int32_t> accepted;
        for (int32_t r = 0; r < int32_t(s.rowCount()); ++r)
            if (matcher.accept(r))
                accepted.push_back(r);
        ASSERT_FALSE(accepted.empty());
        ASSERT_LT(accepted.size(), size_t(s.rowCount())); // deleted rows at least are left out
        const engine::Column<int32_t> one = matcher.rows();
        const engine::Column<int32_t> both = matcher.rows(&two);
        EXPECT_TRUE(std::equal(one.begin(), one.end(), accepted.begin(), accepted.end()));
        EXPECT_TRUE(std::equal(both.begin(), both.end(), accepted.begin(), accepted.end()))
            << both.size() << " rows on two threads, " << accepted.size() << " accepted";
    }
}

} // namespace
