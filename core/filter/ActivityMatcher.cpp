#include "core/filter/ActivityMatcher.h"

#include "core/engine/Calendar.h"
#include "core/engine/Snapshot.h"
#include "core/engine/Workers.h"
#include "core/filter/SearchText.h"
#include "core/registry/Vocabulary.h"

#include <algorithm>

namespace tansiq {

namespace {
std::optional<int> monthNumber(const QString& month)
{
    const QByteArray text = month.toLatin1();
    return engine::calendar::parseMonth(text.constData(), int(text.size()));
}

std::optional<int> dayNumber(const QString& day)
{
    const QByteArray text = day.toLatin1();
    return engine::calendar::parseDay(text.constData(), int(text.size()));
}

int indexOf(const QUuid& id, const engine::KeyIndex& index)
{
    const QByteArray bytes = id.toRfc4122();
    return index.find(bytes.constData(), int(bytes.size()));
}

// Yes for the entries whose ids are listed (all when none are).
std::vector<uint8_t> listed(const QList<QUuid>& ids, const engine::KeyIndex& index, qsizetype size)
{
    std::vector<uint8_t> ok(size_t(size), ids.isEmpty() ? 1 : 0);
    for (const QUuid& id : ids) {
        const int at = indexOf(id, index);
        if (at >= 0 && at < size)
            ok[size_t(at)] = 1;
    }
    return ok;
}

int termIndex(Vocabulary vocabulary, const QString& code)
{
    if (code.isEmpty())
        return -1;
    const QList<Term>& list = terms(vocabulary);
    const auto found
        = std::find_if(list.cbegin(), list.cend(), [&](const Term& t) { return t.code == code; });
    return int(found - list.cbegin()); // list.size() for an unknown code: nothing matches
}
} // namespace

void SnapshotSearchKeys::prepare(const std::shared_ptr<const engine::Snapshot>& snapshot)
{
    if (!snapshot || (m_snapshot.lock() == snapshot && m_version == snapshot->version))
        return;
    m_snapshot = snapshot;
    m_version = snapshot->version;
    build(*snapshot);
}

void SnapshotSearchKeys::build(const engine::Snapshot& s)
{
    orgKeys.clear();
    sectorKeys.clear();
    placeKeys.clear();
    siteKeys.clear();
    for (const engine::OrgEntry& org : s.orgs)
        orgKeys << search::keys({ org.acronym, org.nameEn, org.nameAr });
    for (const engine::SectorEntry& sector : s.sectors)
        sectorKeys << search::keys({ sector.code, sector.nameEn, sector.nameAr });
    for (const engine::PlaceEntry& place : s.places)
        placeKeys << search::keys({ place.pcode, place.nameEn, place.nameAr, place.altNames });
    for (int k = 0; k < s.siteNames.size(); ++k)
        siteKeys << search::needle(s.siteNames.at(k));
}

ActivityMatcher::ActivityMatcher(
    const engine::Snapshot& s, const ActivityFilter& f, const SnapshotSearchKeys& keys)
    : m_s(s)
{
    m_orgOk = listed(f.organisationIds, s.orgIndex, s.orgs.size());
    m_sectorOk = listed(f.sectorIds, s.sectorIndex, s.sectors.size());
    m_placeOk.assign(size_t(s.places.size()), 1);
    if (!f.placePcode.isEmpty()) {
        const int wanted = s.placeOf(f.placePcode);
        const int level = wanted < 0 ? 0 : s.places.at(wanted).level;
        for (size_t i = 0; i < m_placeOk.size(); ++i)
            m_placeOk[i]
                = wanted >= 0 && s.places.at(qsizetype(i)).ancestor[size_t(level)] == wanted;
    }
    // Search: any organisation, sector or place (or a place around it) whose names match, or
    // the site name.
    const QString needle = search::needle(f.search);
    m_searching = !needle.isEmpty();
    if (m_searching) {
        const auto hits = [&](const QList<QStringList>& entries, qsizetype size) {
            std::vector<uint8_t> hit(size_t(size), 0);
            for (qsizetype i = 0; i < size && i < entries.size(); ++i)
                hit[size_t(i)] = search::matches(entries.at(i), needle);
            return hit;
        };
        m_orgHit = hits(keys.orgKeys, s.orgs.size());
        m_sectorHit = hits(keys.sectorKeys, s.sectors.size());
        const std::vector<uint8_t> self = hits(keys.placeKeys, s.places.size());
        m_placeHit.assign(self.size(), 0);
        for (size_t i = 0; i < m_placeHit.size(); ++i) {
            const engine::PlaceEntry& place = s.places.at(qsizetype(i));
            for (int level = 0; level <= place.level && level < 5; ++level) {
                const int ancestor = place.ancestor[size_t(level)];
                m_placeHit[i] = m_placeHit[i] || (ancestor >= 0 && self[size_t(ancestor)]);
            }
        }
        const int sites = s.siteNames.size();
        m_siteHit.assign(size_t(sites) + 1, 0);
        for (int k = 0; k < sites; ++k) {
            // A site added in place after the keys were folded is folded here.
            m_siteHit[size_t(k) + 1] = k < keys.siteKeys.size()
                ? keys.siteKeys.at(k).contains(needle)
                : search::matches(s.siteNames.at(k), needle);
            m_anySite = m_anySite || m_siteHit[size_t(k) + 1];
        }
    }
    if (!f.monthFrom.isEmpty())
        m_firstMonth = monthNumber(f.monthFrom).value_or(INT32_MAX);
    if (!f.monthTo.isEmpty())
        m_lastMonth = monthNumber(f.monthTo).value_or(INT32_MIN);
    m_active = !f.activeFrom.isEmpty() || !f.activeTo.isEmpty();
    if (!f.activeFrom.isEmpty())
        m_firstDay = dayNumber(f.activeFrom).value_or(INT32_MAX);
    if (!f.activeTo.isEmpty())
        m_lastDay = dayNumber(f.activeTo).value_or(INT32_MIN);
    m_status = termIndex(Vocabulary::Status, f.status);
    m_modality = termIndex(Vocabulary::Modality, f.modality);
}

bool ActivityMatcher::accept(int32_t row) const
{
    const engine::Snapshot& s = m_s;
    const size_t i = size_t(row);
    if (row < 0 || i >= size_t(s.rowCount()) || !s.live[i] || !m_orgOk[size_t(s.implementingOrg[i])]
        || !m_sectorOk[size_t(s.sector[i])] || !m_placeOk[size_t(s.place[i])]
        || s.reportingMonth[i] < m_firstMonth || s.reportingMonth[i] > m_lastMonth
        || (m_status >= 0 && s.status[i] != m_status)
        || (m_modality >= 0 && s.modality[i] != m_modality)
        || (m_active && (s.startDay[i] > m_lastDay || s.endDay[i] < m_firstDay)))
        return false;
    return !m_searching || m_orgHit[size_t(s.implementingOrg[i])]
        || m_sectorHit[size_t(s.sector[i])] || m_placeHit[size_t(s.place[i])]
        || (m_anySite && m_siteHit[size_t(s.site[i] + 1)]);
}

void ActivityMatcher::select(int32_t from, int32_t to, engine::Column<int32_t>& rows) const
{
    // The hot loop of the activities table (a million rows at every click): everything it
    // reads is in locals, so the compiler keeps the column pointers in registers.
    const engine::Snapshot& s = m_s;
    const uint8_t* live = s.live.data();
    const int32_t* org = s.implementingOrg.data();
    const int16_t* sector = s.sector.data();
    const int32_t* place = s.place.data();
    const int32_t* month = s.reportingMonth.data();
    const int8_t* status = s.status.data();
    const int8_t* modality = s.modality.data();
    const int32_t* startDay = s.startDay.data();
    const int32_t* endDay = s.endDay.data();
    const int32_t* site = s.site.data();
    const uint8_t* orgOk = m_orgOk.data();
    const uint8_t* sectorOk = m_sectorOk.data();
    const uint8_t* placeOk = m_placeOk.data();
    const uint8_t* orgHit = m_orgHit.data();
    const uint8_t* sectorHit = m_sectorHit.data();
    const uint8_t* placeHit = m_placeHit.data();
    const uint8_t* siteHit = m_siteHit.data();
    const int firstMonth = m_firstMonth, lastMonth = m_lastMonth;
    const int firstDay = m_firstDay, lastDay = m_lastDay;
    const int wantedStatus = m_status, wantedModality = m_modality;
    const bool active = m_active, searching = m_searching, anySite = m_anySite;

    for (int32_t r = from; r < to; ++r) {
        const size_t i = size_t(r);
        if (!live[i] || !orgOk[size_t(org[i])] || !sectorOk[size_t(sector[i])]
            || !placeOk[size_t(place[i])] || month[i] < firstMonth || month[i] > lastMonth
            || (wantedStatus >= 0 && status[i] != wantedStatus))
            continue;
        if ((wantedModality >= 0 && modality[i] != wantedModality)
            || (active && (startDay[i] > lastDay || endDay[i] < firstDay)))
            continue;
        if (searching && !orgHit[size_t(org[i])] && !sectorHit[size_t(sector[i])]
            && !placeHit[size_t(place[i])] && !(anySite && siteHit[size_t(site[i] + 1)]))
            continue;
        rows.push_back(r);
    }
}

engine::Column<int32_t> ActivityMatcher::matching(
    const engine::Snapshot& snapshot, const ActivityFilter& filter, engine::Workers* workers)
{
    SnapshotSearchKeys keys;
    if (!filter.search.isEmpty())
        keys.build(snapshot);
    return ActivityMatcher(snapshot, filter, keys).rows(workers);
}

engine::Column<int32_t> ActivityMatcher::rows(engine::Workers* workers) const
{
    // The result on huge pages (decision 0115): a fresh small page costs more to fault in than
    // the rows written to it take to test.
    const int64_t n = m_s.rowCount();
    engine::Column<int32_t> rows;
    rows.reserve(size_t(n));
    const int parts = workers && n >= kParallelFrom ? workers->threads() : 1;
    if (parts == 1) {
        select(0, int32_t(n), rows);
        return rows;
    }
    // One contiguous range of rows per thread, the first straight into the result, the others
    // appended after it in order: the rows come out in snapshot order as on one thread.
    std::vector<engine::Column<int32_t>> others(size_t(parts - 1));
    workers->run(parts, [&](int p) {
        const auto [from, to] = engine::Workers::range(n, parts, p);
        engine::Column<int32_t>& out = p == 0 ? rows : others[size_t(p - 1)];
        if (p > 0)
            out.reserve(size_t(to - from));
        select(int32_t(from), int32_t(to), out);
    });
    for (const engine::Column<int32_t>& part : others)
        rows.insert(rows.end(), part.begin(), part.end());
    return rows;
}

} // namespace tansiq
