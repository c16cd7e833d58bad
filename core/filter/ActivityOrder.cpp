#include "core/filter/ActivityOrder.h"

#include "core/engine/Calendar.h"
#include "core/engine/Snapshot.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>
#include <numeric>
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
    if (s.rowCount() > 0) {
        const auto [low, high]
            = std::minmax_element(s.reportingMonth.cbegin(), s.reportingMonth.cend());
        std::vector<uint8_t> seen(size_t(*high - *low + 1), 0);
        for (qint64 r = 0; r < s.rowCount(); ++r) {
            if (s.live[size_t(r)])
                seen[size_t(s.reportingMonth[size_t(r)] - *low)] = 1;
        }
        for (size_t i = 0; i < seen.size(); ++i) {
            if (seen[i])
                months << engine::calendar::monthLabel(*low + int(i));
        }
    }
}

void sortByKeys(std::vector<int32_t>& rows, std::vector<uint32_t>& keys)
{
    constexpr int kBits = 16;
    constexpr size_t kBuckets = size_t(1) << kBits;
    const uint32_t highest = keys.empty() ? 0 : *std::max_element(keys.cbegin(), keys.cend());
    std::vector<int32_t> rowsOut(rows.size());
    std::vector<uint32_t> keysOut(keys.size());
    std::vector<size_t> start(kBuckets);
    for (int shift = 0; shift < 32 && (shift == 0 || (highest >> shift) != 0); shift += kBits) {
        std::fill(start.begin(), start.end(), 0);
        for (const uint32_t key : keys)
            ++start[(key >> shift) & (kBuckets - 1)];
        size_t total = 0;
        for (size_t& count : start)
            total += std::exchange(count, total);
        for (size_t i = 0; i < keys.size(); ++i) {
            const size_t to = start[(keys[i] >> shift) & (kBuckets - 1)]++;
            rowsOut[to] = rows[i];
            keysOut[to] = keys[i];
        }
        rows.swap(rowsOut);
        keys.swap(keysOut);
    }
}

std::vector<int32_t> orderActivities(
    const engine::Snapshot& s, const ActivityOrderRequest& request, const ActivityOrderCache& cache)
{
    std::vector<int32_t> rows = ActivityMatcher(s, request.filter, cache.search).rows();

    // Sort keys: small integers (ranks of the names as shown, vocabulary order, months, counts).
    const int language = request.arabic ? 1 : 0;
    std::vector<uint32_t> keys(rows.size());
    const auto fill = [&](auto key) {
        for (size_t k = 0; k < rows.size(); ++k)
            keys[k] = uint32_t(key(size_t(rows[k])));
    };
    switch (request.column) {
    case ActivityColumns::Month:
        fill([&](size_t i) { return std::max(0, s.reportingMonth[i]); });
        break;
    case ActivityColumns::Organisation:
        fill([&](size_t i) { return cache.orgRank[size_t(s.implementingOrg[i])]; });
        break;
    case ActivityColumns::Sector:
        fill([&](size_t i) { return cache.sectorRank[size_t(language)][size_t(s.sector[i])]; });
        break;
    case ActivityColumns::Place:
        fill([&](size_t i) { return cache.placeRank[size_t(language)][size_t(s.place[i])]; });
        break;
    case ActivityColumns::Pcode:
        fill([&](size_t i) { return cache.pcodeRank[size_t(s.place[i])]; });
        break;
    case ActivityColumns::Status:
        fill([&](size_t i) { return std::max<int>(0, s.status[i]); });
        break;
    case ActivityColumns::Modality:
        fill([&](size_t i) { return std::max<int>(0, s.modality[i]); });
        break;
    case ActivityColumns::Targeted:
        fill([&](size_t i) { return std::max(0, s.targeted[i]); });
        break;
    case ActivityColumns::Reached:
        fill([&](size_t i) { return std::max(0, s.reached[i]); });
        break;
    case ActivityColumns::Households:
        fill([&](size_t i) { return std::max(0, s.households[i]); });
        break;
    default:
        if (ActivityColumns::isBreakdown(request.column)) {
            const int cell = request.column - ActivityColumns::FirstBreakdown;
            fill([&](size_t i) { return std::max(0, s.peopleAt(cell, qint64(i))); });
            break;
        }
        keys.assign(rows.size(), 0);
    }
    sortByKeys(rows, keys);
    if (!request.ascending)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

} // namespace tansiq
