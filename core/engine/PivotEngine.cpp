#include "core/engine/PivotEngine.h"

#include "core/engine/Axis.h"
#include "core/engine/PeopleInNeed.h"
#include "core/engine/PivotAccumulator.h"
#include "core/engine/PivotFilter.h"
#include "core/engine/Workers.h"

#include <algorithm>
#include <climits>
#include <limits>
#include <memory>

namespace tansiq::engine {

namespace {

// A scan works through the rows a chunk at a time (decision 0119): the filter selects the
// chunk's accepted rows, each axis maps them to slots in one loop, then the cells are added.
// The chunk's arrays (24 KB) stay in the processor's nearest cache.
constexpr int kChunk = 1024;

// The slots of a chunk's rows on one axis: row k occupies the inner slots first[k]..last[k]
// (none when first > last). Single-valued axes share one array for both.
struct ChunkSlots {
    int firstStore[kChunk];
    int lastStore[kChunk];
    const int* first = firstStore;
    const int* last = lastStore;

    void fill(const Axis& axis, const int* rows, int n)
    {
        if (axis.isTime()) {
            axis.mapSlotRanges(rows, n, firstStore, lastStore);
            first = firstStore;
            last = lastStore;
        } else if (axis.isNone()) {
            std::fill(firstStore, firstStore + n, 0);
            std::fill(lastStore, lastStore + n, -1);
            first = firstStore;
            last = lastStore;
        } else {
            axis.mapSlots(rows, n, firstStore);
            first = last = firstStore;
        }
    }
};

struct Chunk {
    int rows[kChunk];
    int scratch[kChunk];
    ChunkSlots rowSlots;
    ChunkSlots colSlots;
};

// Whether every activity has exactly one inner slot on the axis: then the axis total is the
// sum (union, largest) of the inner cells, derived once after the scan instead of added for
// every activity (decision 0117). Time axes are multi-valued; "none" has only the total.
bool singleValued(const Axis& axis)
{
    return !axis.isTime() && !axis.isNone();
}

QList<int> presentMembers(const Axis& axis, const std::vector<qint64>& totals)
{
    std::vector<int> present;
    if (axis.isNone())
        return {};
    for (int k = 0; k < axis.size(); ++k) {
        if (totals[size_t(k)] > 0)
            present.push_back(k);
    }
    std::sort(present.begin(), present.end(), [&](int a, int b) { return axis.before(a, b); });
    QList<int> members;
    for (int k : present)
        members << axis.memberOf(k);
    return members;
}

} // namespace

Period PivotEngine::horizon() const
{
    const Snapshot& s = m_snapshot;
    int first = INT_MAX, last = INT_MIN;
    for (qint64 r = 0; r < s.rowCount(); ++r) {
        if (!s.live[size_t(r)])
            continue;
        const int start = calendar::monthOfDayFast(s.startDay[size_t(r)]);
        first = std::min(first, start);
        last = std::max({ last, start, s.reportingMonth[size_t(r)] });
        if (s.endDay[size_t(r)] != calendar::kOpenEnd)
            last = std::max(last, calendar::monthOfDayFast(s.endDay[size_t(r)]));
    }
    if (first > last)
        return Period {};
    return Period { first, last };
}

PivotResult PivotEngine::run(const PivotQuery& query) const
{
    const Snapshot& s = m_snapshot;
    const Period range = timeRange(query);
    const Axis rows(s, query.rows, range);
    const Axis cols(s, query.columns, range);
    const PivotFilter filter(s, query, range);
    const int width = cols.size() + 1;
    const int n = int(s.rowCount());
    PivotAccumulator acc(s, query.measure, rows, cols);
    const bool derive = acc.derivesTotals();
    const bool rowTotalsDerived = acc.derivesSingleValuedTotals() && singleValued(rows);
    const bool colTotalsDerived = acc.derivesSingleValuedTotals() && singleValued(cols);
    const auto scan = [&](PivotAccumulator& into, int from, int to) {
        into.withAdd([&](auto add) {
            const int rowTotal = rows.size(), colTotal = cols.size();
            const bool rowListed = !rowTotalsDerived, colListed = !colTotalsDerived;
            auto chunk = std::make_unique<Chunk>();
            for (int base = from; base < to; base += kChunk) {
                const int n
                    = filter.select(base, std::min(base + kChunk, to), chunk->rows, chunk->scratch);
                chunk->rowSlots.fill(rows, chunk->rows, n);
                chunk->colSlots.fill(cols, chunk->rows, n);
                for (int k = 0; k < n; ++k) {
                    const int r = chunk->rows[k];
                    const int rowFirst = chunk->rowSlots.first[k],
                              rowLast = chunk->rowSlots.last[k];
                    const int colFirst = chunk->colSlots.first[k],
                              colLast = chunk->colSlots.last[k];
                    // The largest-reach table derives a listed total (a time axis's) from the
                    // inner cells when the activity has an inner slot on that axis; else the
                    // total is added here. The count is kept either way.
                    const bool rowDirect = !derive || rowFirst > rowLast;
                    const bool colDirect = !derive || colFirst > colLast;
                    for (int i = rowFirst; i <= rowLast; ++i) {
                        for (int j = colFirst; j <= colLast; ++j)
                            add(i, j, r);
                        if (colListed) {
                            if (colDirect)
                                add(i, colTotal, r);
                            else
                                into.countOnly(i * width + colTotal);
                        }
                    }
                    if (rowListed) {
                        for (int j = colFirst; j <= colLast; ++j) {
                            if (rowDirect)
                                add(rowTotal, j, r);
                            else
                                into.countOnly(rowTotal * width + j);
                        }
                        if (colListed) {
                            if (rowDirect && colDirect)
                                add(rowTotal, colTotal, r);
                            else
                                into.countOnly(rowTotal * width + colTotal);
                        }
                    }
                }
            }
        });
    };
    const int parts = m_workers && n >= m_parallelFrom ? m_workers->threads() : 1;
    if (parts == 1) {
        scan(acc, 0, n);
    } else {
        // Row ranges on the workers, each into its own partial aggregates, merged in order.
        std::vector<std::unique_ptr<PivotAccumulator>> partial(static_cast<size_t>(parts));
        m_workers->run(parts, [&](int p) {
            const auto [from, to] = Workers::range(n, parts, p);
            auto own = p == 0 ? nullptr
                              : std::make_unique<PivotAccumulator>(s, query.measure, rows, cols);
            scan(own ? *own : acc, int(from), int(to));
            partial[size_t(p)] = std::move(own);
        });
        for (int p = 1; p < parts; ++p)
            acc.merge(*partial[size_t(p)]);
    }
    acc.deriveSingleValuedTotals(rowTotalsDerived, colTotalsDerived);
    acc.deriveTotals();

    PivotResult result;
    result.query = query;
    result.timeRange = range;
    std::vector<qint64> rowTotals(size_t(rows.size())), colTotals(size_t(cols.size()));
    for (int k = 0; k < rows.size(); ++k)
        rowTotals[size_t(k)] = acc.count(k * width + cols.size());
    for (int k = 0; k < cols.size(); ++k)
        colTotals[size_t(k)] = acc.count(rows.size() * width + k);
    result.rowMembers = presentMembers(rows, rowTotals);
    result.columnMembers = presentMembers(cols, colTotals);

    const std::vector<double> raw = acc.finish();
    std::vector<double> need;
    if (query.measure == Measure::Coverage)
        need = PeopleInNeed(s, rows, cols, filter).perCell();
    const auto slotOf = [](const Axis& axis, const QList<int>& members, int index) {
        return index < members.size() ? axis.slotOfMember(members.at(index)) : axis.size();
    };
    const int outRows = result.rowCount() + 1;
    const int outCols = result.columnCount() + 1;
    result.values.resize(size_t(outRows * outCols));
    result.activities.resize(size_t(outRows * outCols));
    if (!need.empty())
        result.peopleInNeed.resize(size_t(outRows * outCols));
    for (int i = 0; i < outRows; ++i) {
        const int rs = slotOf(rows, result.rowMembers, i);
        for (int j = 0; j < outCols; ++j) {
            const int cs = slotOf(cols, result.columnMembers, j);
            const int cell = rs * width + cs;
            const size_t out = size_t(i * outCols + j);
            result.activities[out] = acc.count(cell);
            double value = raw[size_t(cell)];
            if (!need.empty()) {
                result.peopleInNeed[out] = need[size_t(cell)];
                value = need[size_t(cell)] > 0 ? value / need[size_t(cell)]
                                               : std::numeric_limits<double>::quiet_NaN();
            }
            result.values[out] = value;
        }
    }
    return result;
}

} // namespace tansiq::engine
