#pragma once

#include "core/engine/HugePages.h"
#include "core/engine/Workers.h"

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <type_traits>
#include <utility>
#include <vector>

namespace tansiq {

// The working arrays of a sort, kept for the next one by a caller that sorts again and again
// (the activities table): mapping and zeroing fresh arrays of ten million rows cost as much as
// a pass of the sort on the machines measured (decision 0121).
template<typename Rows> struct RowSortScratch {
    Rows rows;
    engine::Column<uint32_t> keys, keysOut;
};

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
void sortRowsByKey(Rows& rows, uint32_t highest, bool descending, engine::Workers* workers,
    KeyOf keyOf, RowSortScratch<Rows>* scratch = nullptr)
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

    RowSortScratch<Rows> own;
    RowSortScratch<Rows>& work = scratch ? *scratch : own;
    // At least n elements each; one too small is replaced, not grown (growing copies it).
    const auto fit = [n](auto& array) {
        if (array.capacity() < n)
            std::remove_reference_t<decltype(array)>().swap(array);
        array.resize(n);
    };
    Rows& rowsOut = work.rows;
    engine::Column<uint32_t>& keys = work.keys; // the keys between passes
    engine::Column<uint32_t>& keysOut = work.keysOut;
    fit(rowsOut);
    if (passes == 2 && keys.capacity() > keysOut.capacity())
        keys.swap(keysOut); // the array a sort of two passes left is the one it writes
    if (passes > 1)
        fit(keysOut);
    if (passes > 2)
        fit(keys);
    // Where each part's rows of each bucket go: the first pass counts; each later pass's counts
    // are taken by the pass before as it writes, per part of the next pass (the part a row's
    // new place falls in) and per writing thread, which saves a read of the keys a pass.
    std::vector<size_t> place(size_t(parts) * buckets, 0);
    std::vector<size_t> nextCount(passes > 1 ? size_t(parts) * size_t(parts) * buckets : 0);
    std::vector<size_t> partStart(static_cast<size_t>(parts)); // where each part of a pass begins
    for (int p = 0; p < parts; ++p)
        partStart[size_t(p)] = size_t(engine::Workers::range(int64_t(n), parts, p).first);
    run([&](int p) {
        const auto [from, to] = engine::Workers::range(int64_t(n), parts, p);
        size_t* count = place.data() + size_t(p) * buckets;
        for (size_t i = size_t(from); i < size_t(to); ++i)
            ++count[uint32_t(keyOf(rows[i])) & mask];
    });
    for (int pass = 0; pass < passes; ++pass) {
        const int shift = pass * digitBits;
        const bool first = pass == 0;
        const bool last = pass == passes - 1;
        if (!first) { // the counts the pass before took
            for (int d = 0; d < parts; ++d) {
                for (size_t b = 0; b < buckets; ++b) {
                    size_t sum = 0;
                    for (int w = 0; w < parts; ++w)
                        sum += nextCount[(size_t(w) * size_t(parts) + size_t(d)) * buckets + b];
                    place[size_t(d) * buckets + b] = sum;
                }
            }
            std::fill(nextCount.begin(), nextCount.end(), 0);
        }
        size_t total = 0;
        for (size_t b = 0; b < buckets; ++b) {
            for (int p = 0; p < parts; ++p)
                total += std::exchange(place[size_t(p) * buckets + b], total);
        }
        run([&](int p) {
            const auto [from, to] = engine::Workers::range(int64_t(n), parts, p);
            size_t* next = place.data() + size_t(p) * buckets;
            size_t* counted
                = last ? nullptr : nextCount.data() + size_t(p) * size_t(parts) * buckets;
            for (size_t i = size_t(from); i < size_t(to); ++i) {
                const uint32_t key = first ? uint32_t(keyOf(rows[i])) : keys[i];
                const size_t at = next[(key >> shift) & mask]++;
                if (last) {
                    rowsOut[descending ? n - 1 - at : at] = rows[i];
                } else {
                    rowsOut[at] = rows[i];
                    keysOut[at] = key;
                    size_t part = 0; // without a branch: which part `at` falls in is random
                    for (int q = 1; q < parts; ++q)
                        part += at >= partStart[size_t(q)] ? 1 : 0;
                    ++counted[part * buckets + ((key >> (shift + digitBits)) & mask)];
                }
            }
        });
        rows.swap(rowsOut);
        if (!last)
            keys.swap(keysOut);
    }
}

} // namespace tansiq
