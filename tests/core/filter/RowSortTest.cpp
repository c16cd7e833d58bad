// The 4W table's sort (core/filter/RowSort.h): stable, exactly reversed when descending, the
// same on one thread and on two, with fresh or kept working arrays, for keys of one digit and
// of several.
#include "core/filter/RowSort.h"

#include "core/engine/Workers.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <numeric>
#include <random>

using namespace tansiq;

namespace {

// What the table must show: rows ordered by key, ties in row order (std::stable_sort), and for
// a descending sort exactly that list reversed.
std::vector<int32_t> expected(
    const std::vector<uint32_t>& keyOfRow, std::vector<int32_t> rows, bool descending)
{
    std::stable_sort(rows.begin(), rows.end(),
        [&](int32_t a, int32_t b) { return keyOfRow[size_t(a)] < keyOfRow[size_t(b)]; });
    if (descending)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

struct Case {
    size_t rows;
    uint32_t highest;
};

class RowSortTest : public ::testing::TestWithParam<Case> { };

TEST_P(RowSortTest, OrdersByKeyKeepsTiesInRowOrderAndReversesExactlyWhenDescending)
{
    const Case c = GetParam();
    std::mt19937 random(20261206);
    std::uniform_int_distribution<uint32_t> key(0, c.highest);
    std::vector<uint32_t> keyOfRow(c.rows * 2);
    for (uint32_t& k : keyOfRow)
        k = key(random);
    // Every other row, as a filter leaves them: ascending row numbers with gaps.
    std::vector<int32_t> rows;
    for (size_t r = 0; r < keyOfRow.size(); r += 2)
        rows.push_back(int32_t(r));
    engine::Workers two(2);
    // Working arrays kept from sort to sort, as the table keeps them, through every case (of
    // larger and smaller sizes), left holding whatever the last sort left in them.
    static RowSortScratch<std::vector<int32_t>> kept;
    for (const bool descending : { false, true }) {
        const std::vector<int32_t> want = expected(keyOfRow, rows, descending);
        for (engine::Workers* workers : { static_cast<engine::Workers*>(nullptr), &two }) {
            for (auto* scratch : { static_cast<decltype(&kept)>(nullptr), &kept }) {
                std::vector<int32_t> got = rows;
                sortRowsByKey(
                    got, c.highest, descending, workers,
                    [&](int32_t r) { return keyOfRow[size_t(r)]; }, scratch);
                EXPECT_EQ(got, want) << c.rows << " rows, keys up to " << c.highest
                                     << (descending ? ", descending" : ", ascending")
                                     << (workers ? ", two threads" : ", one thread")
                                     << (scratch ? ", arrays kept" : ", fresh arrays");
            }
        }
    }
}

// Few distinct keys (months, statuses: one pass, many ties), places (two passes), counts of
// people (two passes of wide digits), the full range (three passes); and sizes under and over
// the size from which both threads are used.
INSTANTIATE_TEST_SUITE_P(Keys, RowSortTest,
    ::testing::Values(Case { 1, 5 }, Case { 1000, 0 }, Case { 1000, 11 }, Case { 20000, 7000 },
        Case { 600000, 59 }, Case { 600000, 250000 }, Case { 600000, 0xFFFFFFFFu }));

} // namespace
