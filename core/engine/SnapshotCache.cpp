#include "core/engine/SnapshotCache.h"

#include "core/engine/SnapshotReader.h"
#include "core/registry/Vocabulary.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cstring>
#include <filesystem>
#include <system_error>

namespace tansiq::engine {

namespace {

// docs/formats/engine-cache.md
constexpr char kMagic[8] = { 'T', 'Q', 'E', 'N', 'G', 'I', 'N', 'E' };
constexpr quint32 kFormatVersion = 2;
constexpr quint32 kByteOrder = 0x01020304;
constexpr qint64 kHeaderBytes = 64;
constexpr qint64 kDirectoryEntryBytes = 32;
constexpr qint64 kAlign = 64;
constexpr qint64 kMaxIdentityBytes = 1 << 20;

struct Header {
    char magic[8];
    quint32 version;
    quint32 byteOrder;
    quint64 rows;
    quint32 columns;
    quint32 identityBytes;
    quint64 referenceDigest;
    quint64 fileBytes;
    quint64 metaChecksum; // header (this field zero) + identity + directory
    quint64 reserved;
};
static_assert(sizeof(Header) == kHeaderBytes);

struct DirectoryEntry {
    quint32 tag;
    quint32 elementBytes;
    quint64 offset;
    quint64 bytes;
    quint64 checksum;
};
static_assert(sizeof(DirectoryEntry) == kDirectoryEntryBytes);

constexpr quint32 kWideTag = 41;
constexpr quint32 kSiteBytesTag = 42;
constexpr quint32 kSiteOffsetsTag = 43;

// Columns that are not one entry per row: their length is in the directory.
bool ownLength(quint32 tag)
{
    return tag == kWideTag || tag == kSiteBytesTag || tag == kSiteOffsetsTag;
}

// Every column of the snapshot with a stable tag; the format lists them.
template<typename S, typename F> void forEachColumn(S& s, F&& f)
{
    f(1u, s.id);
    f(2u, s.implementingOrg);
    f(3u, s.reportingOrg);
    f(4u, s.fundingOrg);
    f(5u, s.sector);
    f(6u, s.activityType);
    f(7u, s.place);
    f(8u, s.startDay);
    f(9u, s.endDay);
    f(10u, s.reportingMonth);
    f(11u, s.status);
    f(12u, s.modality);
    f(13u, s.populationGroup);
    f(14u, s.targeted);
    f(15u, s.reached);
    f(16u, s.households);
    f(17u, s.budget);
    f(18u, s.site);
    for (quint32 c = 0; c < quint32(s.people.size()); ++c)
        f(20u + c, s.people[c]);
    f(40u, s.live);
    f(kWideTag, s.peopleWide); // not one entry per row: its own length
    f(kSiteBytesTag, s.siteNames.bytes); // the same
    f(kSiteOffsetsTag, s.siteNames.offsets); // the same
}

constexpr quint64 kP1 = 0x9E3779B185EBCA87ull;
constexpr quint64 kP2 = 0xC2B2AE3D27D4EB4Full;
constexpr quint64 kP3 = 0x165667B19E3779F9ull;

inline quint64 rotl(quint64 x, int r)
{
    return (x << r) | (x >> (64 - r));
}
inline quint64 lane(quint64 h, quint64 w)
{
    return rotl(h + w * kP2, 31) * kP1;
}

// A fast 64-bit checksum (four independent lanes, 32 bytes a step): finds damage and edits,
// not an adversary (who could as well edit the database; decision 0090).
quint64 checksum(const void* data, size_t n, quint64 seed = 0)
{
    const auto* b = static_cast<const unsigned char*>(data);
    quint64 h[4] = { seed + kP1 + kP2, seed + kP2, seed, seed - kP1 };
    size_t i = 0;
    for (; i + 32 <= n; i += 32) {
        for (int l = 0; l < 4; ++l) {
            quint64 w;
            std::memcpy(&w, b + i + size_t(8 * l), 8);
            h[l] = lane(h[l], w);
        }
    }
    unsigned char tail[32] = {};
    std::memcpy(tail, b + i, n - i);
    for (int l = 0; l < 4; ++l) {
        quint64 w;
        std::memcpy(&w, tail + 8 * l, 8);
        h[l] = lane(h[l], w);
    }
    quint64 out
        = rotl(h[0], 1) + rotl(h[1], 7) + rotl(h[2], 12) + rotl(h[3], 18) + quint64(n) * kP3;
    out ^= out >> 33;
    out *= kP2;
    out ^= out >> 29;
    out *= kP3;
    out ^= out >> 32;
    return out;
}

quint64 mixIn(quint64 h, const void* data, size_t n)
{
    return checksum(data, n, h);
}
quint64 mixIn(quint64 h, const QString& text)
{
    return mixIn(h, text.constData(), size_t(text.size()) * sizeof(QChar));
}
quint64 mixIn(quint64 h, qint64 value)
{
    return mixIn(h, &value, sizeof value);
}

qint64 aligned(qint64 offset)
{
    return (offset + kAlign - 1) / kAlign * kAlign;
}

QString why(const char* text)
{
    return QString::fromLatin1(text);
}

Issue cacheFailure(const QString& path, const QString& detail)
{
    return Issue::error(QStringLiteral("engine-cache"), QString(), path,
        QCoreApplication::translate(
            "tansiq::Engine", "The 4W engine could not write its cache %1: %2")
            .arg(QDir::toNativeSeparators(path), detail));
}

// Codes in the columns must point into the reference tables; checked once on load so a
// crafted file cannot make the engine read outside them.
template<typename C> bool within(const C& column, qint64 low, qint64 high)
{
    using T = typename C::value_type;
    T lo = T(low), hi = T(high);
    bool ok = true;
    for (const T v : column)
        ok &= (v >= lo) & (v <= hi);
    return ok;
}

// Wide people counts: inside the rows and cells, in order (looked up by binary search), each
// marked in its 16-bit column.
bool widePeopleValid(const Snapshot& s)
{
    const Snapshot::WideCount* previous = nullptr;
    for (const Snapshot::WideCount& w : s.peopleWide) {
        if (w.row < 0 || w.row >= s.rowCount() || w.cell < 0 || w.cell >= int(s.people.size())
            || w.value < Snapshot::kWideCount
            || s.people[size_t(w.cell)][size_t(w.row)] != Snapshot::kWideCount)
            return false;
        if (previous
            && (previous->row > w.row || (previous->row == w.row && previous->cell >= w.cell)))
            return false;
        previous = &w;
    }
    return true;
}

bool codesInRange(const Snapshot& s)
{
    const qint64 orgs = s.orgs.size();
    return within(s.implementingOrg, 0, orgs - 1) && within(s.reportingOrg, 0, orgs - 1)
        && within(s.fundingOrg, -1, orgs - 1) && within(s.sector, 0, s.sectors.size() - 1)
        && within(s.activityType, -1, s.types.size() - 1) && within(s.place, 0, s.places.size() - 1)
        && within(s.status, 0, terms(Vocabulary::Status).size() - 1)
        && within(s.modality, 0, terms(Vocabulary::Modality).size() - 1)
        && within(s.populationGroup, 0, terms(Vocabulary::PopulationGroup).size() - 1)
        && within(s.live, 0, 1) && widePeopleValid(s) && s.siteNames.valid()
        && within(s.site, -1, s.siteNames.size() - 1);
}

// A read transaction on the registry's connection: identity and reference tables agree.
class ReadTransaction {
public:
    explicit ReadTransaction(Database& db) : m_db(db)
    {
        m_open = !db.inTransaction() && db.execScript("BEGIN DEFERRED").ok();
    }
    ~ReadTransaction()
    {
        if (m_open)
            (void)m_db.execScript("COMMIT"); // a read: nothing to lose
    }
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

private:
    Database& m_db;
    bool m_open = false;
};

} // namespace

QString SnapshotCache::pathFor(const QString& databasePath)
{
    if (databasePath.isEmpty() || databasePath == u":memory:")
        return QString();
    return databasePath + QStringLiteral(".engine");
}

void SnapshotCache::discard(const QString& databasePath)
{
    const QString path = pathFor(databasePath);
    if (!path.isEmpty())
        QFile::remove(path);
}

Result<QByteArray> SnapshotCache::identityOf(Database& db)
{
    QByteArray out;
    const auto add = [&](const char* label, const QByteArray& value) {
        out += label;
        out += '=';
        out += value;
        out += ';';
    };
    const auto number = [](qint64 v) { return QByteArray::number(v); };
    sqlite3* h = db.handle();
    {
        Statement q(h, "PRAGMA user_version");
        add("schema", number(q.step() == Statement::Step::Row ? q.int64(0) : -1));
    }
    {
        Statement q(h, "SELECT value FROM local_setting WHERE key = 'replica_id'");
        add("replica", q.step() == Statement::Step::Row ? q.text(0).toUtf8() : QByteArray());
    }
    QList<qint64> replicas;
    {
        Statement q(h, "SELECT idx FROM sync_replica ORDER BY idx");
        while (q.step() == Statement::Step::Row)
            replicas << q.int64(0);
    }
    Statement lastOp(
        h, "SELECT seq, hlc FROM sync_op WHERE replica_idx = ? ORDER BY seq DESC LIMIT 1");
    Statement lastBatch(h,
        "SELECT last_seq, hash FROM sync_batch WHERE replica_idx = ? "
        "ORDER BY first_seq DESC LIMIT 1");
    for (const qint64 r : replicas) {
        QByteArray entry = number(r);
        lastOp.reset();
        lastOp.bind(1, r);
        if (lastOp.step() == Statement::Step::Row)
            entry += ':' + number(lastOp.int64(0)) + ':' + number(lastOp.int64(1));
        lastBatch.reset();
        lastBatch.bind(1, r);
        if (lastBatch.step() == Statement::Step::Row)
            entry += '/' + number(lastBatch.int64(0)) + ':' + lastBatch.blob(1).toHex();
        add("ops", entry);
    }
    {
        Statement q(h, "SELECT replica_idx, seq FROM sync_have ORDER BY replica_idx");
        QByteArray have;
        while (q.step() == Statement::Step::Row)
            have += number(q.int64(0)) + ':' + number(q.int64(1)) + ',';
        add("have", have);
    }
    {
        Statement q(h, "SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'");
        add("audit", number(q.step() == Statement::Step::Row ? q.int64(0) : 0));
    }
    {
        Statement q(h,
            "SELECT (SELECT max(rowid) FROM activity), "
            "(SELECT id FROM activity ORDER BY rowid LIMIT 1), "
            "(SELECT id FROM activity ORDER BY rowid DESC LIMIT 1)");
        if (q.step() != Statement::Step::Row)
            return Issue::error(QStringLiteral("engine-read"), QString(), db.path(), q.lastError());
        add("activities", number(q.int64(0)) + ':' + q.blob(1).toHex() + ':' + q.blob(2).toHex());
    }
    {
        Statement q(h, "PRAGMA page_count");
        add("pages", number(q.step() == Statement::Step::Row ? q.int64(0) : -1));
    }
    return out;
}

quint64 SnapshotCache::referenceDigest(const Snapshot& s)
{
    quint64 h = mixIn(0, qint64(s.orgs.size()));
    for (const OrgEntry& e : s.orgs)
        h = mixIn(h, e.id.constData(), size_t(e.id.size()));
    h = mixIn(h, qint64(s.sectors.size()));
    for (const SectorEntry& e : s.sectors)
        h = mixIn(h, e.id.constData(), size_t(e.id.size()));
    h = mixIn(h, qint64(s.types.size()));
    for (const ActivityTypeEntry& e : s.types) {
        h = mixIn(h, e.id.constData(), size_t(e.id.size()));
        h = mixIn(h, qint64(e.sector));
    }
    h = mixIn(h, qint64(s.places.size()));
    for (const PlaceEntry& e : s.places) {
        h = mixIn(h, e.pcode);
        h = mixIn(h, e.ancestor.data(), sizeof(int) * e.ancestor.size());
    }
    // Funders in any order: a sum of per-entry hashes.
    quint64 funders = 0;
    s.projectFunder.forEach([&](const KeyIndex::Key& key, int value) {
        funders += mixIn(mixIn(0, key.data(), key.size()), qint64(value));
    });
    h = mixIn(h, qint64(funders));
    // The vocabularies the small codes index.
    for (const Vocabulary v : { Vocabulary::Status, Vocabulary::Modality,
             Vocabulary::PopulationGroup, Vocabulary::OrgType })
        for (const Term& t : terms(v))
            h = mixIn(h, t.code);
    return h;
}

SnapshotCache::Loaded SnapshotCache::load(Database& db) const
{
    Loaded out;
    const auto reject = [&](QString reason) {
        out.snapshot.reset();
        out.rejected = std::move(reason);
        return out;
    };
    if (m_path.isEmpty())
        return reject(why("no cache for this database"));
    if (db.inTransaction())
        return reject(why("the database is inside a transaction"));
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return reject(why("no cache file"));

    Header header {};
    if (file.read(reinterpret_cast<char*>(&header), kHeaderBytes) != kHeaderBytes)
        return reject(why("truncated header"));
    if (std::memcmp(header.magic, kMagic, sizeof kMagic) != 0)
        return reject(why("not an engine cache"));
    if (header.version != kFormatVersion)
        return reject(why("another format version"));
    if (header.byteOrder != kByteOrder)
        return reject(why("another byte order"));
    if (header.fileBytes != quint64(file.size()))
        return reject(why("truncated or extended"));
    if (header.identityBytes > kMaxIdentityBytes || header.rows > quint64(INT32_MAX))
        return reject(why("implausible header"));
    auto snapshot = std::make_shared<Snapshot>();
    quint32 expectedColumns = 0;
    forEachColumn(*snapshot, [&](quint32, auto&) { ++expectedColumns; });
    if (header.columns != expectedColumns)
        return reject(why("another set of columns"));
    // Every column holds at least a byte per row: a row count the file cannot hold is refused
    // before anything is sized by it.
    if (header.rows * quint64(expectedColumns) > header.fileBytes)
        return reject(why("implausible header"));

    const QByteArray identity = file.read(header.identityBytes);
    std::vector<DirectoryEntry> directory(header.columns);
    const qint64 directoryBytes = qint64(header.columns) * kDirectoryEntryBytes;
    if (identity.size() != qint64(header.identityBytes)
        || file.read(reinterpret_cast<char*>(directory.data()), directoryBytes) != directoryBytes)
        return reject(why("truncated directory"));
    Header zeroed = header;
    zeroed.metaChecksum = 0;
    quint64 meta = checksum(&zeroed, sizeof zeroed);
    meta = mixIn(meta, identity.constData(), size_t(identity.size()));
    meta = mixIn(meta, directory.data(), size_t(directoryBytes));
    if (meta != header.metaChecksum)
        return reject(why("header checksum"));

    // The database as it is now, and its reference tables, read together.
    {
        ReadTransaction read(db);
        auto current = identityOf(db);
        if (!current.ok())
            return reject(why("database identity unreadable"));
        if (current.value() != identity)
            return reject(why("stale or another database's"));
        if (!SnapshotReader(db).reloadReference(*snapshot).ok())
            return reject(why("reference tables unreadable"));
    }
    if (referenceDigest(*snapshot) != header.referenceDigest)
        return reject(why("reference tables differ"));

    snapshot->resizeRows(qint64(header.rows));
    bool ok = true;
    size_t at = 0;
    QString problem;
    forEachColumn(*snapshot, [&](quint32 tag, auto& column) {
        if (!ok)
            return;
        const DirectoryEntry& e = directory[at++];
        if (ownLength(tag)) {
            // Sized by the directory, bounded by the file.
            if (e.bytes % sizeof(column[0]) != 0 || e.bytes > header.fileBytes) {
                ok = false;
                problem = why("directory does not match the columns");
                return;
            }
            column.resize(size_t(e.bytes / sizeof(column[0])));
        }
        const quint64 bytes = quint64(column.size()) * sizeof(column[0]);
        if (e.tag != tag || e.elementBytes != sizeof(column[0]) || e.bytes != bytes
            || e.offset % kAlign != 0 || e.offset + bytes > header.fileBytes) {
            ok = false;
            problem = why("directory does not match the columns");
            return;
        }
        if (!file.seek(qint64(e.offset))
            || file.read(reinterpret_cast<char*>(column.data()), qint64(bytes)) != qint64(bytes)) {
            ok = false;
            problem = why("truncated column");
            return;
        }
        if (checksum(column.data(), bytes) != e.checksum) {
            ok = false;
            problem = why("column checksum");
        }
    });
    if (!ok)
        return reject(problem);
    if (!codesInRange(*snapshot))
        return reject(why("codes out of range"));
    out.snapshot = std::move(snapshot);
    return out;
}

Status SnapshotCache::save(
    const Snapshot& s, const QByteArray& identity, const std::atomic_bool* cancel) const
{
    if (m_path.isEmpty())
        return success();
    const QFileInfo target(m_path);
    // QTemporaryFile creates the file readable and writable by its owner only (0600).
    QTemporaryFile file(target.absolutePath() + QStringLiteral("/.") + target.fileName()
        + QStringLiteral(".XXXXXX"));
    if (!file.open())
        return cacheFailure(m_path, file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    Header header {};
    std::memcpy(header.magic, kMagic, sizeof kMagic);
    header.version = kFormatVersion;
    header.byteOrder = kByteOrder;
    header.rows = quint64(s.rowCount());
    header.identityBytes = quint32(identity.size());
    header.referenceDigest = referenceDigest(s);
    std::vector<DirectoryEntry> directory;
    forEachColumn(s, [&](quint32 tag, const auto& column) {
        directory.push_back(DirectoryEntry {
            tag, quint32(sizeof(column[0])), 0, quint64(column.size()) * sizeof(column[0]), 0 });
    });
    header.columns = quint32(directory.size());
    const qint64 directoryBytes = qint64(directory.size()) * kDirectoryEntryBytes;
    qint64 offset = aligned(kHeaderBytes + identity.size() + directoryBytes);
    for (DirectoryEntry& e : directory) {
        e.offset = quint64(offset);
        offset = aligned(offset + qint64(e.bytes));
    }
    header.fileBytes = quint64(offset);

    bool ok = true;
    size_t at = 0;
    const QByteArray padding(kAlign, '\0');
    qint64 written = kHeaderBytes + identity.size() + directoryBytes;
    ok = file.seek(written);
    forEachColumn(s, [&](quint32, const auto& column) {
        DirectoryEntry& e = directory[at++];
        if (!ok || (cancel && cancel->load())) {
            ok = false;
            return;
        }
        ok = file.write(padding.constData(), qint64(e.offset) - written)
            == qint64(e.offset) - written;
        e.checksum = checksum(column.data(), e.bytes);
        ok = ok
            && file.write(reinterpret_cast<const char*>(column.data()), qint64(e.bytes))
                == qint64(e.bytes);
        written = qint64(e.offset + e.bytes);
    });
    if (ok && written < qint64(header.fileBytes))
        ok = file.write(padding.constData(), qint64(header.fileBytes) - written)
            == qint64(header.fileBytes) - written;
    if (ok) {
        quint64 meta = checksum(&header, sizeof header);
        meta = mixIn(meta, identity.constData(), size_t(identity.size()));
        meta = mixIn(meta, directory.data(), size_t(directoryBytes));
        header.metaChecksum = meta;
        ok = file.seek(0)
            && file.write(reinterpret_cast<const char*>(&header), kHeaderBytes) == kHeaderBytes
            && file.write(identity) == identity.size()
            && file.write(reinterpret_cast<const char*>(directory.data()), directoryBytes)
                == directoryBytes
            && file.flush();
    }
    if (!ok) {
        if (cancel && cancel->load())
            return success(); // stopped on request: the old cache (if any) stays
        return cacheFailure(m_path, file.errorString());
    }
    file.close();
    // Renamed over the old cache in one step: a reader sees the old file or the new one.
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(QFile::encodeName(file.fileName()).toStdString()),
        std::filesystem::path(QFile::encodeName(m_path).toStdString()), error);
    if (error)
        return cacheFailure(m_path, QString::fromStdString(error.message()));
    file.setAutoRemove(false);
    return success();
}

Result<ColdSnapshot> loadOrBuild(Database& db, const QString& cachePath)
{
    ColdSnapshot out;
    if (!cachePath.isEmpty() && !db.inTransaction()) {
        SnapshotCache::Loaded loaded = SnapshotCache(cachePath).load(db);
        if (loaded.snapshot) {
            out.snapshot = std::move(loaded.snapshot);
            out.fromCache = true;
            return out;
        }
        out.cacheRejected = loaded.rejected;
    }
    QByteArray before;
    if (!cachePath.isEmpty() && !db.inTransaction()) {
        auto identity = SnapshotCache::identityOf(db);
        if (identity.ok())
            before = identity.value();
    }
    auto built = SnapshotReader(db).build();
    if (!built.ok())
        return built;
    out.snapshot = std::move(built.value());
    if (!before.isEmpty()) {
        // Saved only when nothing was committed while the readers ran.
        auto after = SnapshotCache::identityOf(db);
        if (after.ok() && after.value() == before)
            out.identity = before;
    }
    return out;
}

} // namespace tansiq::engine
