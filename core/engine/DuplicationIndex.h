#pragma once

#include "core/engine/HugePages.h"
#include "core/engine/PivotQuery.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace tansiq::engine {

struct Snapshot;

// One activity that could be part of a duplication, copied compactly so that a scan reads
// each place × activity type × population group from contiguous memory.
struct DuplicationCandidate {
    int32_t start;
    int32_t end;
    int32_t org;
    int32_t reach; // reached, or targeted when nothing was reached yet
    int32_t row;
};

// Live, not cancelled activities with a type, in a sub-district or finer, bucketed by
// place × type × group (counting sort) and ordered by start day within a bucket. Derived from
// the snapshot and cached with it until the snapshot changes (Snapshot::version).
struct DuplicationIndex {
    quint64 version = 0;
    int types = 0;
    int groups = 0;
    Period horizon;
    Column<int32_t> bucketStart; // buckets + 1 offsets into candidates
    Column<DuplicationCandidate> candidates;

    int buckets() const { return int(bucketStart.size()) - 1; }
    static std::shared_ptr<const DuplicationIndex> build(const Snapshot& snapshot);
};

// The snapshot's index, built on first use after a change.
const DuplicationIndex& duplicationIndex(const Snapshot& snapshot);

} // namespace tansiq::engine
