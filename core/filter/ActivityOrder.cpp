#include "core/filter/ActivityOrder.h"

#include "core/engine/Calendar.h"
#include "core/engine/Snapshot.h"
#include "core/filter/RowSort.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>
#include <numeric>
#include <optional>
#include <utility>

namespace tansiq {

namespace {
// Rank of each entry when the entries are ordered by `text` (collated for `locale`).
template<typename List, typename Text>
std::vector<uint32_t> ranks(const List& entries, const QLocale& locale, Text text)
{
    QCollator collator(locale);
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::vector<int> order(size_t(entries.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return collator.compare(text(entries.at(a)), text(entries.at(b))) < 0;
    });
    std::vector<uint32_t> rank(order.size());
    for (size_t i = 0; i < order.size(); ++i)
        rank[size_t(order[i])] = uint32_t(i);
    return rank;
}
} // namespace

void ActivityOrderCache::prepare(const std::shared_ptr<const engine::Snapshot>& snapshot)
{
    if (!snapshot || (m_snapshot.lock() == snapshot && m_version == snapshot->version))
        return;
    m_snapshot = snapshot;
    m_version = snapshot->version;
    const engine::Snapshot& s = *snapshot;
    search.build(s);

    const QLocale english(QLocale::English);
    const QLocale arabic(QLocale::Arabic);
    orgRank = ranks(s.orgs, english, [](const engine::OrgEntry& o) { return o.acronym; });
    pcodeRank = ranks(s.places, QLocale::c(), [](const engine::PlaceEntry& p) { return p.pcode; });
    sectorRank[0]
        = ranks(s.sectors, english, [](const engine::SectorEntry& e) { return e.nameEn; });
    sectorRank[1] = ranks(s.sectors, arabic, [](const engine::SectorEntry& e) { return e.nameAr; });
    placeRank[0] = ranks(s.places, english, [](const engine::PlaceEntry& e) { return e.nameEn; });
    placeRank[1] = ranks(s.places, arabic, [](const engine::PlaceEntry& e) { return e.nameAr; });

    months.clear();
    firstMonth = lastMonth = 0;
    highestTargeted = highestReached = highestHouseholds = 0;
    if (s.rowCount() > 0) {
        const auto [low, high]
            = std::minmax_element(s.reportingMonth.cbegin(), s.reportingMonth.cend());
        firstMonth = *low;
        const auto largest = [](const auto& column) {
            const auto top = std::max_element(column.cbegin(), column.cend());
            return uint32_t(std::max(0, int(*top)));
        };
        highestTargeted = largest(s.targeted);
        highestReached = largest(s.reached);
        highestHouseholds = largest(s.households);
        lastMonth = *high;
        months = s.reportingMonths();
    }
}

engine::Column<int32_t> orderActivities(const engine::Snapshot& s,
    const ActivityOrderRequest& request, const ActivityOrderCache& cache, engine::Workers* workers)
{
    engine::Column<int32_t> rows = ActivityMatcher(s, request.filter, cache.search).rows(workers);

    // Sort keys: small integers (ranks of the names as shown, vocabulary order, months, counts),
    // read from the columns as the sort goes; `highest` bounds them, from the reference tables
    // where it can, else from the rows.
    const size_t language = request.arabic ? 1 : 0;
    const bool descending = !request.ascending;
    const auto byRank = [&](const std::vector<uint32_t>& rank, auto indexOf) {
        const uint32_t highest = rank.empty() ? 0 : uint32_t(rank.size() - 1);
        sortRowsByKey(
            rows, highest, descending, workers,
            [&rank, indexOf](int32_t r) { return rank[size_t(indexOf(size_t(r)))]; },
            &cache.scratch);
    };
    // `highest`: the column's largest count in the snapshot (ActivityOrderCache), else found
    // in a pass over the rows.
    const auto byCount = [&](auto count, std::optional<uint32_t> known = std::nullopt) {
        uint32_t highest = known.value_or(0);
        if (!known) {
            for (const int32_t r : rows)
                highest = std::max(highest, uint32_t(std::max(0, int(count(size_t(r))))));
        }
        sortRowsByKey(
            rows, highest, descending, workers,
            [count](int32_t r) { return uint32_t(std::max(0, int(count(size_t(r))))); },
            &cache.scratch);
    };
    const auto byTerm = [&](const auto& column) {
        sortRowsByKey(
            rows, uint32_t(INT8_MAX), descending, workers,
            [data = column.data()](int32_t r) { return uint32_t(std::max<int>(0, data[r])); },
            &cache.scratch);
    };
    switch (request.column) {
    case ActivityColumns::Month: { // months before the first count from it; an unknown (negative)
                                   // month sorts as zero
        const int base = std::max(0, cache.firstMonth);
        sortRowsByKey(
            rows, uint32_t(std::max(0, cache.lastMonth - base)), descending, workers,
            [month = s.reportingMonth.data(), base](
                int32_t r) { return uint32_t(std::max(0, month[r]) - base); },
            &cache.scratch);
        break;
    }
    case ActivityColumns::Organisation:
        byRank(cache.orgRank, [&](size_t i) { return s.implementingOrg[i]; });
        break;
    case ActivityColumns::Sector:
        byRank(cache.sectorRank[language], [&](size_t i) { return s.sector[i]; });
        break;
    case ActivityColumns::Place:
        byRank(cache.placeRank[language], [&](size_t i) { return s.place[i]; });
        break;
    case ActivityColumns::Pcode:
        byRank(cache.pcodeRank, [&](size_t i) { return s.place[i]; });
        break;
    case ActivityColumns::Status:
        byTerm(s.status);
        break;
    case ActivityColumns::Modality:
        byTerm(s.modality);
        break;
    case ActivityColumns::Targeted:
        byCount([&](size_t i) { return s.targeted[i]; }, cache.highestTargeted);
        break;
    case ActivityColumns::Reached:
        byCount([&](size_t i) { return s.reached[i]; }, cache.highestReached);
        break;
    case ActivityColumns::Households:
        byCount([&](size_t i) { return s.households[i]; }, cache.highestHouseholds);
        break;
    default:
        if (ActivityColumns::isBreakdown(request.column)) {
            const int cell = request.column - ActivityColumns::FirstBreakdown;
            byCount([&s, cell](size_t i) { return s.peopleAt(cell, qint64(i)); });
        } else if (descending) {
            std::reverse(rows.begin(), rows.end());
        }
    }
    return rows;
}

} // namespace tansiq
