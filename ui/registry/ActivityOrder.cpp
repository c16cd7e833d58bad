#include "ActivityOrder.h"

#include "common/Text.h"
#include "engine/Calendar.h"
#include "engine/Snapshot.h"
#include "registry/Vocabulary.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>
#include <numeric>
#include <utility>

namespace tansiq::ui {

namespace {
QStringList folded(std::initializer_list<QString> texts)
{
    QStringList keys;
    for (const QString& text : texts) {
        const QString key = text::foldForSearch(text);
        if (!key.isEmpty())
            keys << key;
    }
    return keys;
}

bool matches(const QStringList& keys, const QString& needle)
{
    return std::any_of(keys.cbegin(), keys.cend(), [&](const QString& key) { return key.contains(needle); });
}

// Rank of each entry when the entries are ordered by `text` (collated for `locale`).
template <typename List, typename Text>
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

std::optional<int> monthNumber(const QString& month)
{
    const QByteArray text = month.toLatin1();
    return engine::calendar::parseMonth(text.constData(), int(text.size()));
}

int indexOf(const QUuid& id, const engine::KeyIndex& index)
{
    const QByteArray bytes = id.toRfc4122();
    return index.find(bytes.constData(), int(bytes.size()));
}
}  // namespace

void ActivityOrderCache::prepare(const std::shared_ptr<const engine::Snapshot>& snapshot)
{
    if (!snapshot || m_snapshot.lock() == snapshot)
        return;
    m_snapshot = snapshot;
    const engine::Snapshot& s = *snapshot;
    orgKeys.clear();
    sectorKeys.clear();
    placeKeys.clear();
    for (const engine::OrgEntry& org : s.orgs)
        orgKeys << folded({org.acronym, org.nameEn, org.nameAr});
    for (const engine::SectorEntry& sector : s.sectors)
        sectorKeys << folded({sector.code, sector.nameEn, sector.nameAr});
    for (const engine::PlaceEntry& place : s.places)
        placeKeys << folded({place.pcode, place.nameEn, place.nameAr});

    const QLocale english(QLocale::English);
    const QLocale arabic(QLocale::Arabic);
    orgRank = ranks(s.orgs, english, [](const engine::OrgEntry& o) { return o.acronym; });
    pcodeRank = ranks(s.places, QLocale::c(), [](const engine::PlaceEntry& p) { return p.pcode; });
    sectorRank[0] = ranks(s.sectors, english, [](const engine::SectorEntry& e) { return e.nameEn; });
    sectorRank[1] = ranks(s.sectors, arabic, [](const engine::SectorEntry& e) { return e.nameAr; });
    placeRank[0] = ranks(s.places, english, [](const engine::PlaceEntry& e) { return e.nameEn; });
    placeRank[1] = ranks(s.places, arabic, [](const engine::PlaceEntry& e) { return e.nameAr; });

    months.clear();
    if (s.rowCount() > 0) {
        const auto [low, high] = std::minmax_element(s.reportingMonth.cbegin(), s.reportingMonth.cend());
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

std::vector<int32_t> orderActivities(const engine::Snapshot& s, const ActivityOrderRequest& request,
                                     const ActivityOrderCache& cache)
{
    const ActivityFilter& f = request.filter;
    // Each reference table becomes a yes/no array; a row then passes with a few lookups.
    std::vector<uint8_t> orgOk(size_t(s.orgs.size()), 1), sectorOk(size_t(s.sectors.size()), 1),
        placeOk(size_t(s.places.size()), 1);
    if (!f.organisationId.isNull()) {
        const int wanted = indexOf(f.organisationId, s.orgIndex);
        for (size_t i = 0; i < orgOk.size(); ++i)
            orgOk[i] = int(i) == wanted;
    }
    if (!f.sectorId.isNull()) {
        const int wanted = indexOf(f.sectorId, s.sectorIndex);
        for (size_t i = 0; i < sectorOk.size(); ++i)
            sectorOk[i] = int(i) == wanted;
    }
    if (!f.placePcode.isEmpty()) {
        const int wanted = s.placeOf(f.placePcode);
        const int level = wanted < 0 ? 0 : s.places.at(wanted).level;
        for (size_t i = 0; i < placeOk.size(); ++i)
            placeOk[i] = wanted >= 0 && s.places.at(qsizetype(i)).ancestor[size_t(level)] == wanted;
    }
    // Search: any organisation, sector or place (or a place around it) whose names match.
    const QString needle = text::foldForSearch(f.search);
    const bool searching = !needle.isEmpty();
    std::vector<uint8_t> orgHit(orgOk.size()), sectorHit(sectorOk.size()), placeHit(placeOk.size());
    if (searching) {
        for (size_t i = 0; i < orgHit.size(); ++i)
            orgHit[i] = matches(cache.orgKeys.at(qsizetype(i)), needle);
        for (size_t i = 0; i < sectorHit.size(); ++i)
            sectorHit[i] = matches(cache.sectorKeys.at(qsizetype(i)), needle);
        std::vector<uint8_t> self(placeHit.size());
        for (size_t i = 0; i < self.size(); ++i)
            self[i] = matches(cache.placeKeys.at(qsizetype(i)), needle);
        for (size_t i = 0; i < placeHit.size(); ++i) {
            const engine::PlaceEntry& place = s.places.at(qsizetype(i));
            for (int level = 0; level <= place.level && level < 5; ++level) {
                const int ancestor = place.ancestor[size_t(level)];
                placeHit[i] = placeHit[i] || (ancestor >= 0 && self[size_t(ancestor)]);
            }
        }
    }
    const int firstMonth = f.monthFrom.isEmpty() ? INT32_MIN : monthNumber(f.monthFrom).value_or(INT32_MAX);
    const int lastMonth = f.monthTo.isEmpty() ? INT32_MAX : monthNumber(f.monthTo).value_or(INT32_MIN);
    int status = -1;
    if (!f.status.isEmpty()) {
        const QList<Term>& list = terms(Vocabulary::Status);
        status = int(std::find_if(list.cbegin(), list.cend(), [&](const Term& t) { return t.code == f.status; })
                     - list.cbegin());
    }

    std::vector<int32_t> rows;
    rows.reserve(size_t(s.rowCount()));
    for (int32_t r = 0; r < int32_t(s.rowCount()); ++r) {
        const size_t i = size_t(r);
        if (!s.live[i] || !orgOk[size_t(s.implementingOrg[i])] || !sectorOk[size_t(s.sector[i])]
            || !placeOk[size_t(s.place[i])] || s.reportingMonth[i] < firstMonth || s.reportingMonth[i] > lastMonth
            || (status >= 0 && s.status[i] != status))
            continue;
        if (searching && !orgHit[size_t(s.implementingOrg[i])] && !sectorHit[size_t(s.sector[i])]
            && !placeHit[size_t(s.place[i])])
            continue;
        rows.push_back(r);
    }

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

}  // namespace tansiq::ui
