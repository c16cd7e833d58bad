#pragma once

#include "core/engine/HugePages.h"
#include "core/filter/ActivityFilter.h"

#include <QList>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <vector>

namespace tansiq::engine {
struct Snapshot;
class Workers;
} // namespace tansiq::engine

namespace tansiq {

// What the search compares against in a snapshot, folded once per snapshot (search::keys):
// organisations (acronym, names), sectors (code, names), places (P-code, names, gazetteer
// alternative names) and the distinct site names.
class SnapshotSearchKeys {
public:
    // Valid for `snapshot` as it is now (the caller passes the shared pointer it holds; a
    // snapshot patched in place is folded again when its version moved).
    void prepare(const std::shared_ptr<const engine::Snapshot>& snapshot);
    void build(const engine::Snapshot& snapshot);

    QList<QStringList> orgKeys, sectorKeys, placeKeys;
    QStringList siteKeys;

private:
    std::weak_ptr<const engine::Snapshot> m_snapshot;
    quint64 m_version = 0;
};

// The compiled form of an ActivityFilter over the engine's snapshot (decision 0102): every
// reference table and the site dictionary become yes/no arrays, so a row passes with a few
// lookups and integer comparisons. The same meaning as ActivityWhere, row for row.
class ActivityMatcher {
public:
    ActivityMatcher(const engine::Snapshot& snapshot, const ActivityFilter& filter,
        const SnapshotSearchKeys& keys);

    bool accept(int32_t row) const;
    // Every accepted row, in snapshot order; with `workers`, large snapshots are tested in one
    // range of rows per thread.
    engine::Column<int32_t> rows(engine::Workers* workers = nullptr) const;
    // The rows `filter` selects, for a caller that keeps no search keys (folded only when the
    // filter searches): the dashboard, the map.
    static engine::Column<int32_t> matching(const engine::Snapshot& snapshot,
        const ActivityFilter& filter, engine::Workers* workers = nullptr);

private:
    static constexpr int64_t kParallelFrom = 500'000; // below, splitting costs more than it saves
    // Appends the accepted rows of [from, to) to `rows`.
    void select(int32_t from, int32_t to, engine::Column<int32_t>& rows) const;

    const engine::Snapshot& m_s;
    std::vector<uint8_t> m_orgOk, m_sectorOk, m_placeOk;
    bool m_searching = false;
    std::vector<uint8_t> m_orgHit, m_sectorHit, m_placeHit;
    std::vector<uint8_t> m_siteHit; // index site + 1 (0: no site)
    bool m_anySite = false; // some site name matches: only then are the rows' sites read
    int m_firstMonth = INT32_MIN;
    int m_lastMonth = INT32_MAX;
    bool m_active = false;
    int m_firstDay = INT32_MIN;
    int m_lastDay = INT32_MAX;
    int m_status = -1;
    int m_modality = -1;
};

} // namespace tansiq
