#include "core/engine/LiveSnapshot.h"

#include "core/common/ProcessorTime.h"
#include "core/engine/SnapshotCache.h"
#include "core/engine/SnapshotReader.h"
#include "core/storage/Database.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cstring>

namespace tansiq::engine {

LiveSnapshot::LiveSnapshot(Database& db, QString cachePath)
    : m_db(db), m_cachePath(std::move(cachePath))
{
}

LiveSnapshot::~LiveSnapshot() = default;

void LiveSnapshot::recordWritten(const TableSpec& table, const QUuid& id)
{
    if (&table == &tables::activity) {
        const QByteArray bytes = id.toRfc4122();
        m_dirty.push_back(KeyIndex::keyOf(bytes.constData(), int(bytes.size())));
    } else if (&table == &tables::duplicationReview) {
        return; // read by the duplication scan itself, not part of the snapshot
    } else if (&table == &tables::projectPartner || &table == &tables::project) {
        m_stale = true; // funders feed the activity columns: read everything again
    } else {
        m_referenceDirty = true; // organisations, sectors, types, needs: small tables
    }
}

qint64 LiveSnapshot::dataVersion()
{
    Statement& pragma = m_db.cached("PRAGMA data_version");
    pragma.reset();
    const qint64 version = pragma.step() == Statement::Step::Row ? pragma.int64(0) : -1;
    pragma.reset();
    return version;
}

Status LiveSnapshot::rebuild()
{
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = processor::processMs();
    auto built = loadOrBuild(m_db, m_cachePath);
    if (!built.ok())
        return built;
    m_snapshot = std::move(built.value().snapshot);
    m_lastFromCache = built.value().fromCache;
    m_lastCacheRejected = built.value().cacheRejected;
    m_rowOf = KeyIndex();
    m_rowIndexBuilt = false;
    m_dirty.clear();
    m_referenceDirty = false;
    m_stale = false;
    ++m_fullBuilds;
    m_lastBuildMs = double(timer.nsecsElapsed()) / 1e6;
    m_lastBuildCpuMs = processor::processMs() - cpuStart;
    m_lastCacheSaveMs = 0;
    if (!built.value().identity.isEmpty()) {
        // A fresh build nobody wrote under: kept for the next start. A cache that cannot be
        // written only costs that start a build, so the failure is not the caller's.
        QElapsedTimer saveTimer;
        saveTimer.start();
        if (SnapshotCache(m_cachePath).save(*m_snapshot, built.value().identity).ok())
            m_lastCacheSaveMs = double(saveTimer.nsecsElapsed()) / 1e6;
    }
    return success();
}

Result<std::shared_ptr<const Snapshot>> LiveSnapshot::current()
{
    using R = Result<std::shared_ptr<const Snapshot>>;
    const qint64 version = dataVersion();
    if (version != m_dataVersion) {
        m_stale = true;
        m_dataVersion = version;
    }
    if (m_stale || !m_snapshot) {
        const Status st = rebuild();
        if (!st.ok())
            return st;
        return R(std::shared_ptr<const Snapshot>(m_snapshot));
    }
    SnapshotReader reader(m_db);
    if (m_referenceDirty) {
        const Status st = reader.reloadReference(*m_snapshot);
        if (!st.ok())
            return st;
        ++m_snapshot->version;
        if (!m_db.inTransaction())
            m_referenceDirty = false;
    }
    if (!m_dirty.empty()) {
        if (!m_rowIndexBuilt) {
            // Built on the first write only: a read-only session never pays for it.
            for (qint64 r = 0; r < m_snapshot->rowCount(); ++r)
                m_rowOf.insert(m_snapshot->id[size_t(r)], int(r));
            m_rowIndexBuilt = true;
        }
        std::sort(m_dirty.begin(), m_dirty.end());
        m_dirty.erase(std::unique(m_dirty.begin(), m_dirty.end()), m_dirty.end());
        const Status st = reader.refreshActivities(*m_snapshot, m_rowOf, m_dirty);
        if (!st.ok())
            return st;
        ++m_snapshot->version;
        // Inside an open transaction the rows may still roll back: look again next time.
        if (!m_db.inTransaction())
            m_dirty.clear();
    }
    return R(std::shared_ptr<const Snapshot>(m_snapshot));
}

} // namespace tansiq::engine
