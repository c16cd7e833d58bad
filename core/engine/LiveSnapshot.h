#pragma once

#include "core/common/Result.h"
#include "core/engine/KeyIndex.h"
#include "core/engine/Snapshot.h"
#include "core/registry/RecordWriter.h"

#include <memory>
#include <vector>

namespace tansiq {
class Database;
}

namespace tansiq::engine {

// The snapshot owner for one thread (CLI, benches, tests; the GUI's is ui::SnapshotService,
// whose published snapshots pages read on another thread, so never patched: decision 0104).
// Register it with the RecordWriter: every write marks the record dirty, and dirty records are
// re-read just before the next query (a write whose transaction rolled back then disappears).
// Changes by another connection or process are noticed through PRAGMA data_version and cause
// a rebuild; nothing else does. With a cache path (SnapshotCache), a rebuild first tries the
// cache file and, after a build from SQLite, writes it for the next start. Not thread-safe.
class LiveSnapshot : public RecordListener {
public:
    explicit LiveSnapshot(Database& db, QString cachePath = QString());
    ~LiveSnapshot() override;
    LiveSnapshot(const LiveSnapshot&) = delete;
    LiveSnapshot& operator=(const LiveSnapshot&) = delete;

    void recordWritten(const TableSpec& table, const QUuid& id) override;

    // The snapshot brought up to date. The pointer stays valid; its contents change at the
    // next call when something was written in between.
    Result<std::shared_ptr<const Snapshot>> current();

    int fullBuilds() const { return m_fullBuilds; }
    double lastBuildMs() const { return m_lastBuildMs; }
    double lastBuildCpuMs() const { return m_lastBuildCpuMs; } // all threads of the process
    // Whether the last full build came from the cache file, and if not, why not.
    bool lastFromCache() const { return m_lastFromCache; }
    const QString& lastCacheRejected() const { return m_lastCacheRejected; }
    double lastCacheSaveMs() const { return m_lastCacheSaveMs; } // 0: not written

private:
    Status rebuild();
    qint64 dataVersion();

    Database& m_db;
    QString m_cachePath;
    std::shared_ptr<Snapshot> m_snapshot;
    KeyIndex m_rowOf;
    bool m_rowIndexBuilt = false;
    std::vector<KeyIndex::Key> m_dirty;
    bool m_referenceDirty = false;
    bool m_stale = true;
    qint64 m_dataVersion = -1;
    int m_fullBuilds = 0;
    double m_lastBuildMs = 0;
    double m_lastBuildCpuMs = 0;
    bool m_lastFromCache = false;
    QString m_lastCacheRejected;
    double m_lastCacheSaveMs = 0;
};

} // namespace tansiq::engine
