#pragma once

#include "core/engine/PivotQuery.h"
#include "core/engine/Snapshot.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

namespace tansiq::engine {

struct DuplicationQuery {
    std::optional<Period> period; // groups whose shared days overlap it
    QList<Filter> filters; // place, sector and activity-type filters narrow the groups
    QSet<QString> complementary; // group keys marked complementary: left out
    bool includeComplementary = false;
    int limit = 0; // 0: every group
};

// Activities of different organisations, in the same place (sub-district or finer), for the
// same activity type (hence sector) and population group, all active on a common day.
struct DuplicateGroup {
    QString key; // stable: see DuplicationScan::groupKey
    int place = -1;
    int activityType = -1;
    int populationGroup = 0;
    std::vector<int> rows; // snapshot rows, by start day
    int organisations = 0;
    int sharedFirstDay = 0; // the days all members are active
    int sharedLastDay = 0; // calendar::kOpenEnd when all are open-ended
    int sharedDays = 0; // counted up to the horizon for open ends
    double timeOverlap = 0; // sharedDays ÷ the shortest member's days (0-1]
    qint64 combinedReach = 0; // Σ reached (targeted when nothing reached yet)
    qint64 reference = 0; // people in need of the place and sector, else its population
    double reachRatio = 0; // combinedReach ÷ reference; NaN without a reference
    double score = 0; // timeOverlap × (0.5 + 0.5 × min(1, reachRatio))
    bool complementary = false;
};

// Finds possible duplications: within each place × activity type × population group, the
// maximal sets of activities that share at least one day (interval cliques), kept when they
// involve two organisations or more. Ranked by score, highest first. See docs/measures.md.
class Workers;

class DuplicationScan {
public:
    // With `workers`, the buckets are swept in ranges on several threads (decision 0091);
    // the groups and their order are the same.
    explicit DuplicationScan(const Snapshot& snapshot, Workers* workers = nullptr)
        : m_s(snapshot), m_workers(workers)
    {
    }
    // Indexes with at least this many candidates are split over the workers (tests lower it).
    void setParallelFrom(int candidates) { m_parallelFrom = candidates; }

    QList<DuplicateGroup> run(const DuplicationQuery& query) const;
    int groupsFound() const { return m_found; } // before limit, complementary included

    // 'PCODE/TYPE-CODE/group/' + hex(BLAKE2b-128 of the members' 16-byte ids, sorted).
    QString groupKey(int place, int type, int group, const std::vector<int>& rows) const;

private:
    const Snapshot& m_s;
    Workers* m_workers = nullptr;
    int m_parallelFrom = 200'000;
    mutable int m_found = 0;
};

} // namespace tansiq::engine
