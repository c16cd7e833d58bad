#pragma once

#include "core/engine/HugePages.h"
#include "core/engine/Workers.h"

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace tansiq {

// Sorts `rows` stably by key(row), least first, or, `descending`, in exactly the reverse of
// that order (ties then in reverse row order, as the 4W table shows them). Keys are unsigned
// and at most `highest`.
//
// A least-significant-digit radix sort (decision 0119): as few passes as the keys need, each
// in digits of at most 11 bits, so that a pass scatters into at most 2,048 places that stay
// in the processor's caches (16-bit digits scattered into 65,536 and cost a cache miss a
// row). A single pass computes the keys as it goes and keeps no key array; the reverse order
// of a descending sort is written by the last pass. With `workers`, each pass counts and
// scatters one contiguous part of the rows per thread; the parts' places are laid out bucket
// by bucket, part by part, so the order is the same as on one thread.
// The working arrays are on huge pages (decision 0115): fresh small pages cost more to fault
// in than the sort itself.
template<typename Rows, typename KeyOf>
void sortRowsByKey(
    Rows& rows, uint32_t highest, bool descending, engine::Workers* workers, KeyOf keyOf)
{
    constexpr int kMaxDigitBits = 11;
    constexpr size_t kParallelFrom = 500'000; // below, splitting costs more than it saves
    const size_t n = rows.size();
    if (n < 2) {
        return;
    }
    const int bits = std::max(1, int(std::bit_width(highest)));
    const int passes = (bits + kMaxDigitBits - 1) / kMaxDigitBits;
    const int digitBits = (bits + passes - 1) / passes;
    const size_t buckets = size_t(1) << digitBits;
    const uint32_t mask = uint32_t(buckets - 1);
    const int parts = workers && n >= kParallelFrom ? workers->threads() : 1;
    const auto run = [&](auto&& task) {
        if (parts == 1)
            task(0);
        else
            workers->run(parts, task);
    };

    Rows rowsOut(n);
    engine::Column<uint32_t> keys, keysOut; // kept between passes only
    if (passes > 1) {
        keys.resize(n);
        keysOut.resize(n);
    }
    std::vector<size_t> place(size_t(parts) * buckets);
    for (int pass = 0; pass < passes; ++pass) {
        const int shift = pass * digitBits;
        const bool first = pass == 0;
        const bool last = pass == passes - 1;
        const auto keyAt = [&](size_t i) { return first ? uint32_t(keyOf(rows[i])) : keys[i]; };
        run([&](int p) {
            const auto [from, to] = engine::Workers::range(int64_t(n), parts, p);
            size_t* count = place.data() + size_t(p) * buckets;
            std::fill(count, count + buckets, 0);
            for (size_t i = size_t(from); i < size_t(to); ++i)
                ++count[(keyAt(i) >> shift) & mask];
        });
        size_t total = 0;
        for (size_t b = 0; b < buckets; ++b) {
            for (int p = 0; p < parts; ++p)
                total += std::exchange(place[size_t(p) * buckets + b], total);
        }
        run([&](int p) {
            const auto [from, to] = engine::Workers::range(int64_t(n), parts, p);
            size_t* next = place.data() + size_t(p) * buckets;
            for (size_t i = size_t(from); i < size_t(to); ++i) {
                const uint32_t key = keyAt(i);
                const size_t at = next[(key >> shift) & mask]++;
                if (last) {
                    rowsOut[descending ? n - 1 - at : at] = rows[i];
                } else {
                    rowsOut[at] = rows[i];
                    keysOut[at] = key;
                }
            }
        });
        rows.swap(rowsOut);
        if (!last)
            keys.swap(keysOut);
    }
}

} // namespace tansiq
