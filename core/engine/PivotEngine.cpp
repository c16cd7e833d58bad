#include "core/engine/PivotEngine.h"

#include "core/engine/Axis.h"
#include "core/engine/PeopleInNeed.h"
#include "core/engine/PivotFilter.h"
#include "core/engine/Workers.h"

#include <algorithm>
#include <bit>
#include <climits>
#include <limits>
#include <memory>
#include <unordered_map>

namespace tansiq::engine {

namespace {

// Per-cell accumulators for the one measure asked for.
class Accumulator {
public:
    Accumulator(const Snapshot& s, Measure measure, int cells)
        : m_s(s), m_measure(measure), m_cells(cells), m_count(size_t(cells), 0)
    {
        const PeopleCells people = peopleCellsOf(measure);
        for (int c : people.cells)
            m_people.push_back(c + (people.reached ? 6 : 0));
        switch (measure) {
        case Measure::Organisations:
            m_words = (int(s.orgs.size()) + 63) / 64;
            m_bits.assign(size_t(cells) * size_t(m_words), 0);
            break;
        case Measure::ReachedUnique:
        case Measure::Coverage:
            m_places = int(s.places.size());
            if (qint64(cells) * m_places <= kDenseLimit)
                m_max.assign(size_t(cells) * size_t(m_places), -1);
            break;
        case Measure::Activities:
            break;
        default:
            m_sum.assign(size_t(cells), 0.0);
        }
    }

    void add(int cell, int row)
    {
        ++m_count[size_t(cell)];
        switch (m_measure) {
        case Measure::Activities:
            break;
        case Measure::Organisations: {
            const int org = m_s.implementingOrg[size_t(row)];
            m_bits[size_t(cell) * size_t(m_words) + size_t(org / 64)] |= uint64_t(1) << (org % 64);
            break;
        }
        case Measure::Targeted:
            m_sum[size_t(cell)] += m_s.targeted[size_t(row)];
            break;
        case Measure::Reached:
            m_sum[size_t(cell)] += m_s.reached[size_t(row)];
            break;
        case Measure::Households:
            m_sum[size_t(cell)] += m_s.households[size_t(row)];
            break;
        case Measure::Budget:
            m_sum[size_t(cell)] += m_s.budget[size_t(row)];
            break;
        default: // people by sex and age
            for (const int column : m_people)
                m_sum[size_t(cell)] += m_s.peopleAt(column, row);
            break;
        case Measure::ReachedUnique:
        case Measure::Coverage: {
            const int32_t reached = m_s.reached[size_t(row)];
            const int place = m_s.place[size_t(row)];
            if (!m_max.empty()) {
                // Place-major: one activity's cells lie close together.
                int32_t& slot = m_max[size_t(place) * size_t(m_cells) + size_t(cell)];
                slot = std::max(slot, reached);
            } else {
                const uint64_t key = uint64_t(cell) * uint64_t(m_places) + uint64_t(place);
                auto [it, inserted] = m_sparse.try_emplace(key, reached);
                if (!inserted)
                    it->second = std::max(it->second, reached);
            }
            break;
        }
        }
    }

    qint64 count(int cell) const { return m_count[size_t(cell)]; }
    void countOnly(int cell) { ++m_count[size_t(cell)]; }

    // Unique reach (dense): the scan keeps the largest reach per place only in the inner cells,
    // and the totals are derived here, since the largest over a union is the largest of the
    // parts' largest. Saves the total cells' updates, most of the scan's work.
    bool derivesTotals() const { return !m_max.empty(); }
    void deriveTotals(int rowSlots, int colSlots)
    {
        if (m_max.empty())
            return;
        const int width = colSlots + 1;
        for (int p = 0; p < m_places; ++p) {
            int32_t* m = m_max.data() + size_t(p) * size_t(m_cells);
            int32_t& grand = m[rowSlots * width + colSlots];
            for (int i = 0; i < rowSlots; ++i) {
                int32_t& rowTotal = m[i * width + colSlots];
                for (int j = 0; j < colSlots; ++j) {
                    const int32_t v = m[i * width + j];
                    rowTotal = std::max(rowTotal, v);
                    int32_t& colTotal = m[rowSlots * width + j];
                    colTotal = std::max(colTotal, v);
                }
                grand = std::max(grand, rowTotal);
            }
            for (int j = 0; j < colSlots; ++j)
                grand = std::max(grand, m[rowSlots * width + j]);
        }
    }

    // Adds another range's partial aggregates (same snapshot, measure and cells).
    void merge(const Accumulator& o)
    {
        for (size_t c = 0; c < m_count.size(); ++c)
            m_count[c] += o.m_count[c];
        for (size_t c = 0; c < m_sum.size(); ++c)
            m_sum[c] += o.m_sum[c];
        for (size_t w = 0; w < m_bits.size(); ++w)
            m_bits[w] |= o.m_bits[w];
        for (size_t k = 0; k < m_max.size(); ++k)
            m_max[k] = std::max(m_max[k], o.m_max[k]);
        for (const auto& [key, value] : o.m_sparse) {
            auto [it, inserted] = m_sparse.try_emplace(key, value);
            if (!inserted)
                it->second = std::max(it->second, value);
        }
    }

    // The measure before coverage's division.
    std::vector<double> finish() const
    {
        std::vector<double> out(size_t(m_cells), 0.0);
        switch (m_measure) {
        case Measure::Activities:
            for (int c = 0; c < m_cells; ++c)
                out[size_t(c)] = double(m_count[size_t(c)]);
            break;
        case Measure::Organisations:
            for (int c = 0; c < m_cells; ++c) {
                qint64 n = 0;
                for (int w = 0; w < m_words; ++w)
                    n += std::popcount(m_bits[size_t(c) * size_t(m_words) + size_t(w)]);
                out[size_t(c)] = double(n);
            }
            break;
        case Measure::ReachedUnique:
        case Measure::Coverage:
            if (!m_max.empty()) {
                std::vector<qint64> sums(size_t(m_cells), 0);
                for (int p = 0; p < m_places; ++p) {
                    const int32_t* maxima = m_max.data() + size_t(p) * size_t(m_cells);
                    for (int c = 0; c < m_cells; ++c)
                        sums[size_t(c)] += maxima[c] > 0 ? maxima[c] : 0;
                }
                for (int c = 0; c < m_cells; ++c)
                    out[size_t(c)] = double(sums[size_t(c)]);
            } else {
                for (const auto& [key, value] : m_sparse)
                    out[size_t(key / uint64_t(m_places))] += value;
            }
            break;
        default:
            out = m_sum;
        }
        return out;
    }

private:
    static constexpr qint64 kDenseLimit = 4'000'000;

    const Snapshot& m_s;
    Measure m_measure;
    int m_cells;
    std::vector<int> m_people; // the cells a sex-and-age measure sums (Snapshot::people)
    std::vector<qint64> m_count;
    std::vector<double> m_sum;
    int m_words = 0;
    Column<uint64_t> m_bits; // large: on huge pages (decision 0115)
    int m_places = 0;
    Column<int32_t> m_max; // the same
    std::unordered_map<uint64_t, int32_t> m_sparse;
};

// The slots one activity occupies on an axis, then the axis total.
int axisSlots(const Axis& axis, int row, int* out)
{
    int n = 0;
    if (axis.isTime()) {
        int first = 0, last = -1;
        axis.slotRange(row, first, last);
        for (int k = first; k <= last; ++k)
            out[n++] = k;
    } else if (!axis.isNone()) {
        out[n++] = axis.slot(row);
    }
    out[n++] = axis.size(); // the total
    return n;
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
    const int cells = (rows.size() + 1) * width;
    const int n = int(s.rowCount());
    Accumulator acc(s, query.measure, cells);
    const bool derive = acc.derivesTotals();
    const auto scan = [&](Accumulator& into, int from, int to) {
        std::vector<int> rowSlots(size_t(rows.size() + 1));
        std::vector<int> colSlots(size_t(cols.size() + 1));
        for (int r = from; r < to; ++r) {
            if (!filter.accept(r))
                continue;
            const int nr = axisSlots(rows, r, rowSlots.data());
            const int nc = axisSlots(cols, r, colSlots.data());
            if (!derive) {
                for (int i = 0; i < nr; ++i) {
                    const int base = rowSlots[size_t(i)] * width;
                    for (int j = 0; j < nc; ++j)
                        into.add(base + colSlots[size_t(j)], r);
                }
                continue;
            }
            // The last slot is the axis total; a total is derived from the inner cells when
            // the activity has an inner slot on that axis, else it is added here.
            const bool rowInner = nr > 1, colInner = nc > 1;
            for (int i = 0; i < nr; ++i) {
                const int base = rowSlots[size_t(i)] * width;
                const bool rowDirect = i < nr - 1 || !rowInner;
                for (int j = 0; j < nc; ++j) {
                    if (rowDirect && (j < nc - 1 || !colInner))
                        into.add(base + colSlots[size_t(j)], r);
                    else
                        into.countOnly(base + colSlots[size_t(j)]);
                }
            }
        }
    };
    const int parts = m_workers && n >= m_parallelFrom ? m_workers->threads() : 1;
    if (parts == 1) {
        scan(acc, 0, n);
    } else {
        // Row ranges on the workers, each into its own partial aggregates, merged in order.
        std::vector<std::unique_ptr<Accumulator>> partial(static_cast<size_t>(parts));
        m_workers->run(parts, [&](int p) {
            const auto [from, to] = Workers::range(n, parts, p);
            auto own = p == 0 ? nullptr : std::make_unique<Accumulator>(s, query.measure, cells);
            scan(own ? *own : acc, int(from), int(to));
            partial[size_t(p)] = std::move(own);
        });
        for (int p = 1; p < parts; ++p)
            acc.merge(*partial[size_t(p)]);
    }
    acc.deriveTotals(rows.size(), cols.size());

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
