#pragma once

#include "core/engine/HugePages.h"
#include "core/engine/PivotQuery.h"

#include <QtGlobal>

#include <cstdint>
#include <memory>
#include <vector>

namespace tansiq::engine {

struct Snapshot;
class Workers;

// One activity that could be part of a duplication, as the sweep reads it.
struct DuplicationCandidate {
    int32_t start;
    int32_t end;
    int32_t org;
    int32_t reach; // reached, or targeted when nothing was reached yet
    int32_t row;
};

// A maximal clique of a bucket that involves two organisations or more, without its members:
// what a scan filters and ranks (a group returned finds its members by sweeping its bucket
// again). Everything here is the same for every query (decision 0122).
struct DuplicationClique {
    double score; // timeOverlap × (0.5 + 0.5 × min(1, reachRatio)): docs/measures.md
    int32_t sharedDays;
    int32_t firstRow; // the row of the member that started first
    int32_t bucket;
    int32_t number; // the how-many-th maximal clique of its bucket's sweep
    int32_t firstDay; // the days all members are active: from the latest start
    int32_t lastDay; // to the earliest end
};

// Live, not cancelled activities with a type, in a sub-district or finer, bucketed by
// place × type × group and ordered by start day within a bucket, and every bucket's maximal
// cliques of two organisations or more. Derived from the snapshot and cached with it until the
// snapshot changes (Snapshot::version).
struct DuplicationIndex {
    quint64 version = 0;
    int types = 0;
    int groups = 0;
    Period horizon;
    Column<int32_t> bucketStart; // buckets + 1 offsets into rows
    Column<int32_t> rows; // the candidates' snapshot rows, by start day then row in a bucket
    Column<DuplicationClique> cliques; // bucket by bucket, each in sweep order

    int buckets() const { return int(bucketStart.size()) - 1; }
    int placeOf(int bucket) const { return bucket / (types * groups); }
    int typeOf(int bucket) const { return (bucket / groups) % types; }
    // The candidates of `bucket`, in start order, read from the snapshot's columns.
    void candidates(
        const Snapshot& snapshot, int bucket, std::vector<DuplicationCandidate>& out) const;

    // With `workers`, the buckets of registries of at least `parallelFrom` candidates are swept
    // in ranges on several threads (tests lower it); the index is the same.
    static std::shared_ptr<const DuplicationIndex> build(
        const Snapshot& snapshot, Workers* workers = nullptr, int parallelFrom = 200'000);
};

// The snapshot's index, built on first use after a change.
const DuplicationIndex& duplicationIndex(const Snapshot& snapshot, Workers* workers = nullptr);

// People in need per place × sector (index place × sectors + sector), from the snapshot's needs.
std::vector<qint64> needsByPlaceAndSector(const Snapshot& snapshot);
// People in need of the place (or its nearest assessed ancestor) in the sector, else the
// population of the place (or its nearest ancestor that has one).
qint64 duplicationReference(
    const Snapshot& snapshot, const std::vector<qint64>& needOf, int place, int sector);
// How a group ranks (docs/measures.md, "Duplication"): the days its members share, its
// shortest member (an open end cut at the horizon), its combined reach against the people in
// need of its place and sector (else the population).
struct DuplicationScore {
    int sharedDays; // counted up to the horizon for open ends, at least 1
    double timeOverlap; // sharedDays ÷ the shortest member's days, at most 1
    double reachRatio; // reach ÷ reference; NaN without a reference
    double score; // timeOverlap × (0.5 + 0.5 × min(1, reachRatio)); a missing ratio counts 0
};
DuplicationScore duplicationScore(
    int firstDay, int lastDay, int shortest, qint64 reach, qint64 reference, int horizonEnd);
// The bucket ranges, of about equal numbers of candidates, that `parts` threads sweep.
std::vector<int> bucketRanges(const DuplicationIndex& index, int parts);

} // namespace tansiq::engine
