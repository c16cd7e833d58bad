#include "core/engine/SnapshotReader.h"

#include "core/common/FileNames.h"
#include "core/engine/Calendar.h"
#include "core/registry/Vocabulary.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <climits>
#include <cstring>
#include <sqlite3.h>
#include <thread>

namespace tansiq::engine {

namespace {

// A prepared statement over the raw handle: the snapshot reads a million rows and wants the
// column bytes without a QByteArray or QVariant per value.
class RawQuery {
public:
    RawQuery(sqlite3* db, const char* sql)
    {
        m_rc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
        m_db = db;
    }
    ~RawQuery() { sqlite3_finalize(m_stmt); }
    RawQuery(const RawQuery&) = delete;
    RawQuery& operator=(const RawQuery&) = delete;

    bool prepared() const { return m_rc == SQLITE_OK; }
    bool next() { return sqlite3_step(m_stmt) == SQLITE_ROW; }
    void reset() { sqlite3_reset(m_stmt); }
    void bindInt(int index, qint64 value) { sqlite3_bind_int64(m_stmt, index, value); }
    void bindBlob(int index, const void* data, int size)
    {
        sqlite3_bind_blob(m_stmt, index, data, size, SQLITE_TRANSIENT);
    }
    const void* blob(int c) const { return sqlite3_column_blob(m_stmt, c); }
    int bytes(int c) const { return sqlite3_column_bytes(m_stmt, c); }
    const char* text(int c) const
    {
        return reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, c));
    }
    QString string(int c) const { return QString::fromUtf8(text(c), bytes(c)); }
    QByteArray byteArray(int c) const
    {
        return QByteArray(static_cast<const char*>(blob(c)), bytes(c));
    }
    bool isNull(int c) const { return sqlite3_column_type(m_stmt, c) == SQLITE_NULL; }
    qint64 int64(int c) const { return sqlite3_column_int64(m_stmt, c); }
    double real(int c) const { return sqlite3_column_double(m_stmt, c); }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    int m_rc = SQLITE_ERROR;
};

Issue readFailure(const QString& detail)
{
    return Issue::error(QStringLiteral("engine-read"), QString(), detail,
        QCoreApplication::translate(
            "tansiq::Engine", "The 4W engine could not read the registry: %1")
            .arg(detail));
}

int codeIndex(Vocabulary vocabulary, const char* text, int length)
{
    const QList<Term>& list = terms(vocabulary);
    for (int i = 0; i < list.size(); ++i) {
        const QString& code = list.at(i).code;
        if (code.size() != length)
            continue;
        bool same = true;
        for (int k = 0; k < length && same; ++k)
            same = code.at(k).unicode() == ushort(uchar(text[k]));
        if (same)
            return i;
    }
    return 0;
}

int32_t count32(const RawQuery& q, int c)
{
    const qint64 v = q.int64(c);
    return int32_t(std::clamp<qint64>(v, 0, INT32_MAX));
}

constexpr const char* kActivityColumns
    = "SELECT id, implementing_org_id, COALESCE(reporting_org_id, implementing_org_id), "
      "donor_org_id, project_id, sector_id, activity_type_id, admin_pcode, start_date, end_date, "
      "reporting_month, status, modality, population_group, targeted, reached, households, budget, "
      "deleted, rowid, targeted_girls, targeted_boys, targeted_women, targeted_men, "
      "targeted_elderly_women, targeted_elderly_men, reached_girls, reached_boys, reached_women, "
      "reached_men, reached_elderly_women, reached_elderly_men, site_name FROM activity ";

enum class Decoded { Ok, Deleted, UnknownReference };

// Fills row `r` from the current result row of kActivityColumns. People counts too large
// for 16 bits go to `wide` when given, site names to `sites` (a build's reader threads collect
// them apart and they are merged after), else straight into the snapshot.
Decoded decodeActivity(const RawQuery& q, Snapshot& s, int r,
    std::vector<Snapshot::WideCount>* wide = nullptr, SiteNames* sites = nullptr)
{
    if (q.int64(18) != 0)
        return Decoded::Deleted;
    const int impl = s.orgIndex.find(q.blob(1), q.bytes(1));
    const int reporting = s.orgIndex.find(q.blob(2), q.bytes(2));
    int funding = q.isNull(3) ? -1 : s.orgIndex.find(q.blob(3), q.bytes(3));
    if (q.isNull(3) && !q.isNull(4))
        funding = s.projectFunder.find(q.blob(4), q.bytes(4));
    const int sector = s.sectorIndex.find(q.blob(5), q.bytes(5));
    const int type = q.isNull(6) ? -1 : s.typeIndex.find(q.blob(6), q.bytes(6));
    const int place = s.placeIndex.find(q.text(7), q.bytes(7));
    if (impl < 0 || reporting < 0 || sector < 0 || place < 0 || (!q.isNull(3) && funding < 0)
        || (!q.isNull(6) && type < 0))
        return Decoded::UnknownReference;
    const auto start = calendar::parseDay(q.text(8), q.bytes(8));
    const auto month = calendar::parseMonth(q.text(10), q.bytes(10));
    if (!start || !month)
        return Decoded::UnknownReference;
    const int status = codeIndex(Vocabulary::Status, q.text(11), q.bytes(11));
    int end = calendar::kOpenEnd;
    if (!q.isNull(9)) {
        end = calendar::parseDay(q.text(9), q.bytes(9)).value_or(*start);
    } else if (status >= 2) {
        // Open-ended but completed, suspended or cancelled: it stopped by the month it reported.
        end = std::max(*start, calendar::lastDayOfMonth(*month));
    }
    std::memcpy(s.id[r].data(), q.blob(0), 16);
    s.implementingOrg[r] = impl;
    s.reportingOrg[r] = reporting;
    s.fundingOrg[r] = funding;
    s.sector[r] = int16_t(sector);
    s.activityType[r] = int16_t(type);
    s.place[r] = place;
    s.startDay[r] = *start;
    s.endDay[r] = end;
    s.reportingMonth[r] = *month;
    s.status[r] = int8_t(status);
    s.modality[r] = int8_t(codeIndex(Vocabulary::Modality, q.text(12), q.bytes(12)));
    s.populationGroup[r] = int8_t(codeIndex(Vocabulary::PopulationGroup, q.text(13), q.bytes(13)));
    s.targeted[r] = count32(q, 14);
    s.reached[r] = count32(q, 15);
    s.households[r] = count32(q, 16);
    s.budget[r] = q.real(17);
    for (size_t c = 0; c < s.people.size(); ++c) {
        const int32_t value = count32(q, 20 + int(c));
        if (!wide || value < Snapshot::kWideCount) {
            s.setPeople(int(c), r, value);
        } else {
            s.people[c][size_t(r)] = Snapshot::kWideCount;
            wide->push_back(Snapshot::WideCount { r, int32_t(c), value });
        }
    }
    s.site[r] = q.isNull(32) ? -1 : (sites ? *sites : s.siteNames).intern(q.text(32), q.bytes(32));
    s.live[r] = 1;
    return Decoded::Ok;
}

template<typename Entry, typename Fill>
Status mergeById(sqlite3* db, const char* sql, QList<Entry>& list, KeyIndex& index, Fill fill)
{
    RawQuery q(db, sql);
    if (!q.prepared())
        return readFailure(q.error());
    while (q.next()) {
        const KeyIndex::Key key = KeyIndex::keyOf(q.blob(0), q.bytes(0));
        int at = index.find(key);
        if (at < 0) {
            at = int(list.size());
            list.append(Entry {});
            list[at].id = q.byteArray(0);
            index.insert(key, at);
        }
        fill(q, list[at]);
    }
    return success();
}

} // namespace

Status SnapshotReader::reloadReference(Snapshot& s)
{
    sqlite3* db = m_db.handle();
    const QList<Term>& orgTypes = terms(Vocabulary::OrgType);
    Status st = mergeById(db,
        "SELECT id, acronym, name_en, name_ar, org_type FROM organisation ORDER BY rowid", s.orgs,
        s.orgIndex, [&](const RawQuery& q, OrgEntry& e) {
            e.acronym = q.string(1);
            e.nameEn = q.string(2);
            e.nameAr = q.string(3);
            const QString type = q.string(4);
            e.type = 0;
            for (int i = 0; i < orgTypes.size(); ++i)
                if (orgTypes.at(i).code == type)
                    e.type = i;
        });
    if (!st.ok())
        return st;
    st = mergeById(db, "SELECT id, code, name_en, name_ar FROM sector ORDER BY code", s.sectors,
        s.sectorIndex, [](const RawQuery& q, SectorEntry& e) {
            e.code = q.string(1);
            e.nameEn = q.string(2);
            e.nameAr = q.string(3);
        });
    if (!st.ok())
        return st;
    st = mergeById(db,
        "SELECT id, code, name_en, name_ar, sector_id FROM activity_type ORDER BY code", s.types,
        s.typeIndex, [&](const RawQuery& q, ActivityTypeEntry& e) {
            e.code = q.string(1);
            e.nameEn = q.string(2);
            e.nameAr = q.string(3);
            e.sector = s.sectorIndex.find(q.blob(4), q.bytes(4));
        });
    if (!st.ok())
        return st;

    RawQuery places(db,
        "SELECT pcode, level, parent_pcode, name_en, name_ar, population, alt_names "
        "FROM admin_unit ORDER BY level, pcode");
    if (!places.prepared())
        return readFailure(places.error());
    while (places.next()) {
        const KeyIndex::Key key = KeyIndex::keyOf(places.text(0), places.bytes(0));
        int at = s.placeIndex.find(key);
        if (at < 0) {
            at = int(s.places.size());
            s.places.append(PlaceEntry {});
            s.placeIndex.insert(key, at);
        }
        PlaceEntry& e = s.places[at];
        e.pcode = places.string(0);
        e.level = int(std::clamp<qint64>(places.int64(1), 0, 4));
        e.nameEn = places.string(3);
        e.nameAr = places.string(4);
        e.population = places.isNull(5) ? -1 : places.int64(5);
        e.altNames = places.string(6);
        e.ancestor = { -1, -1, -1, -1, -1 };
        const int parent
            = places.isNull(2) ? -1 : s.placeIndex.find(places.text(2), places.bytes(2));
        if (parent >= 0)
            e.ancestor = s.places.at(parent).ancestor;
        e.ancestor[size_t(e.level)] = at;
    }

    s.projectFunder.clear();
    RawQuery funders(db,
        "SELECT project_id, min(org_id) FROM project_partner "
        "WHERE role = 'funding' AND deleted = 0 GROUP BY project_id");
    if (!funders.prepared())
        return readFailure(funders.error());
    while (funders.next()) {
        const int org = s.orgIndex.find(funders.blob(1), funders.bytes(1));
        if (org >= 0)
            s.projectFunder.insert(KeyIndex::keyOf(funders.blob(0), funders.bytes(0)), org);
    }

    s.needs.clear();
    RawQuery needs(db,
        "SELECT admin_pcode, sector_id, severity, people_in_need FROM need "
        "WHERE deleted = 0 ORDER BY admin_pcode, sector_id, assessed_on DESC, "
        "people_in_need DESC");
    if (!needs.prepared())
        return readFailure(needs.error());
    while (needs.next()) {
        NeedEntry n;
        n.place = s.placeIndex.find(needs.text(0), needs.bytes(0));
        n.sector = s.sectorIndex.find(needs.blob(1), needs.bytes(1));
        n.severity = int(needs.int64(2));
        n.peopleInNeed = needs.int64(3);
        if (n.place < 0 || n.sector < 0)
            continue;
        if (!s.needs.empty() && s.needs.back().place == n.place
            && s.needs.back().sector == n.sector)
            continue; // an older (or smaller) assessment of the same place and sector
        s.needs.push_back(n);
    }
    return success();
}

namespace {

// Reads live activities with rowid in (from, to] into rows rowid - 1 of a pre-sized snapshot.
bool readRange(sqlite3* db, Snapshot& s, qint64 from, qint64 to, QString& error,
    std::vector<Snapshot::WideCount>& wide, SiteNames* sites = nullptr)
{
    const QByteArray sql
        = QByteArray(kActivityColumns) + "WHERE deleted = 0 AND rowid > ? AND rowid <= ?";
    RawQuery q(db, sql.constData());
    if (!q.prepared()) {
        error = q.error();
        return false;
    }
    q.bindInt(1, from);
    q.bindInt(2, to);
    while (q.next()) {
        const qint64 rowid = q.int64(19);
        if (rowid >= 1 && rowid <= s.rowCount())
            decodeActivity(q, s, int(rowid - 1), &wide, sites);
    }
    return true;
}

} // namespace

Result<std::shared_ptr<Snapshot>> SnapshotReader::build()
{
    auto snapshot = std::make_shared<Snapshot>();
    Status st = reloadReference(*snapshot);
    if (!st.ok())
        return st;
    sqlite3* db = m_db.handle();
    qint64 maxRowid = 0;
    {
        RawQuery count(db, "SELECT max(rowid) FROM activity");
        if (count.prepared() && count.next())
            maxRowid = std::max<qint64>(0, count.int64(0));
    }
    // Row r holds the activity with rowid r + 1; rows of deleted activities stay not live.
    snapshot->resizeRows(maxRowid);
    QString error;
    const QByteArray path = native::sqliteFileName(m_db.path());
    const bool split = maxRowid >= m_parallelFrom && !m_db.inTransaction() && !path.isEmpty()
        && path != ":memory:";
    // Wide people counts found by each reader, merged in row order at the end.
    std::vector<Snapshot::WideCount> wide, otherWide;
    const auto finish = [&] {
        wide.insert(wide.end(), otherWide.begin(), otherWide.end());
        std::sort(wide.begin(), wide.end(),
            [](const Snapshot::WideCount& a, const Snapshot::WideCount& b) {
                return a.row != b.row ? a.row < b.row : a.cell < b.cell;
            });
        snapshot->peopleWide = std::move(wide);
    };
    if (!split) {
        if (!readRange(db, *snapshot, 0, maxRowid, error, wide))
            return readFailure(error);
        finish();
        return snapshot;
    }
    // Two readers, each on its own read-only connection, fill disjoint halves of the columns.
    const qint64 middle = maxRowid / 2;
    QString otherError;
    bool otherOk = false;
    SiteNames otherSites; // the second half's site names, renumbered into the snapshot's after
    std::thread other([&] {
        sqlite3* second = nullptr;
        if (sqlite3_open_v2(
                path.constData(), &second, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr)
            == SQLITE_OK)
            otherOk = readRange(
                second, *snapshot, middle, maxRowid, otherError, otherWide, &otherSites);
        else
            otherError = QString::fromUtf8(sqlite3_errmsg(second));
        sqlite3_close(second);
    });
    // The first half also on a connection of its own: the registry's connection keeps its page
    // cache for the user's work instead of a copy of the whole activity table.
    sqlite3* first = nullptr;
    bool ok = false;
    if (sqlite3_open_v2(
            path.constData(), &first, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr)
        == SQLITE_OK)
        ok = readRange(first, *snapshot, 0, middle, error, wide);
    sqlite3_close(first);
    if (!ok) {
        wide.clear();
        ok = readRange(db, *snapshot, 0, middle, error, wide);
    }
    other.join();
    if (!otherOk) {
        otherWide.clear();
        otherSites = SiteNames();
        if (!readRange(db, *snapshot, middle, maxRowid, otherError, otherWide, &otherSites))
            return readFailure(otherError);
    }
    if (!ok)
        return readFailure(error);
    if (otherSites.size() > 0) {
        std::vector<int32_t> renumbered(size_t(otherSites.size()));
        for (int k = 0; k < otherSites.size(); ++k) {
            const auto first = otherSites.offsets[size_t(k)];
            renumbered[size_t(k)] = snapshot->siteNames.intern(
                otherSites.bytes.data() + first, otherSites.offsets[size_t(k) + 1] - first);
        }
        for (qint64 r = middle; r < maxRowid; ++r) {
            int32_t& site = snapshot->site[size_t(r)];
            if (site >= 0)
                site = renumbered[size_t(site)];
        }
    }
    finish();
    return snapshot;
}

Status SnapshotReader::refreshActivities(
    Snapshot& s, KeyIndex& rowOf, const std::vector<KeyIndex::Key>& ids)
{
    const QByteArray sql = QByteArray(kActivityColumns) + "WHERE id = ?";
    RawQuery q(m_db.handle(), sql.constData());
    if (!q.prepared())
        return readFailure(q.error());
    bool reloaded = false;
    for (const KeyIndex::Key& key : ids) {
        int row = rowOf.find(key);
        for (int attempt = 0; attempt < 2; ++attempt) {
            q.reset();
            q.bindBlob(1, key.data(), 16);
            if (!q.next()) {
                if (row >= 0)
                    s.live[size_t(row)] = 0; // gone: the insert rolled back
                break;
            }
            const bool fresh = row < 0;
            if (fresh) {
                row = s.appendRow();
                rowOf.insert(key, row);
            }
            const Decoded outcome = decodeActivity(q, s, row);
            if (outcome == Decoded::Ok)
                break;
            s.live[size_t(row)] = 0;
            if (outcome == Decoded::Deleted || reloaded)
                break;
            // A new organisation, place or type written since the last look: read them again.
            const Status st = reloadReference(s);
            if (!st.ok())
                return st;
            reloaded = true;
        }
    }
    return success();
}

} // namespace tansiq::engine
