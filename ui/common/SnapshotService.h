#pragma once

#include "core/engine/Workers.h"
#include "core/registry/RecordWriter.h"

#include <QMetaObject>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

namespace tansiq::engine {
struct Snapshot;
}

namespace tansiq::ui {

// The 4W engine's snapshot for the whole interface, kept off the GUI thread.
//
// One analysis thread builds the snapshot from its own database connection and runs every
// query the pages ask for (pivots, gaps, duplication scans, activity sorting) against the
// newest published snapshot, one after the other. A published snapshot is never changed:
// after an edit through the write path (or `invalidate()` after an import by another
// connection) a new one is built after a short pause and replaces it, and `snapshotChanged`
// tells the pages to ask again. Results go back to the asking object's thread and are dropped
// when that object is gone; a page compares its own request number to drop superseded ones.
//
// The GUI's only snapshot owner (docs/decisions/0104): pages keep published snapshots and read
// them on the GUI thread, so nothing here is patched in place; engine::LiveSnapshot, which
// patches, is for single-threaded callers (the CLI, benchmarks, tests) and never used in ui/.
// Other work off the GUI thread runs on a BackgroundJob (docs/decisions/0105).
class SnapshotService : public QObject, public RecordListener {
    Q_OBJECT
public:
    using SnapshotPtr = std::shared_ptr<const engine::Snapshot>;

    SnapshotService(QString databasePath, RecordWriter& writer, QObject* parent = nullptr);
    ~SnapshotService() override;

    // The newest published snapshot; null until the first build has finished.
    SnapshotPtr current() const;
    // Bumped on the GUI thread each time a new snapshot is published.
    quint64 generation() const { return m_generation; }
    // True while a build or a query is queued or running, or a build waits for edits to pause.
    bool busy() const { return m_pending.load() > 0 || m_debounce.isActive(); }
    // Time the last build took, for the status line and benchmarks.
    double lastBuildMs() const { return m_lastBuildMs; }
    // How the last build got its columns: from the cache file, or from SQLite and then why the
    // cache was not used (empty when there was none to reject), for the benchmarks.
    bool lastFromCache() const;
    QString lastCacheRejected() const;

    // Something changed that the write path of this connection did not see (an import on a
    // worker connection, a sync bundle): build again soon.
    void invalidate();
    void recordWritten(const TableSpec& table, const QUuid& id) override;

    // Runs `work` on the analysis thread with the newest snapshot (building one first when
    // none exists yet), then `done` with its result on `receiver`'s thread.
    template<typename T>
    void run(QObject* receiver, std::function<T(const engine::Snapshot&)> work,
        std::function<void(T)> done)
    {
        ++m_pending;
        QPointer<QObject> guard(receiver); // made here, on the GUI thread
        enqueue([this, guard, work = std::move(work), done = std::move(done)] {
            const SnapshotPtr snapshot = latestOrBuild();
            std::shared_ptr<T> result;
            if (snapshot)
                result = std::make_shared<T>(work(*snapshot));
            // Delivered through the service, which outlives its thread; a receiver destroyed
            // meanwhile drops its answer but not the bookkeeping.
            QMetaObject::invokeMethod(
                this,
                [this, guard, result, done] {
                    --m_pending;
                    if (guard && result)
                        done(std::move(*result));
                },
                Qt::QueuedConnection);
        });
    }

    // The pool the analysis thread splits a large scan over (decision 0091): one thread per
    // core, the analysis thread included. For work given to run(), on the analysis thread only.
    engine::Workers* workers() { return &m_workers; }

    // Blocks until the analysis thread is idle (tests, screenshots, shutdown).
    void waitForIdle();

signals:
    void snapshotChanged();
    void buildFailed(const QString& message);

private:
    void enqueue(std::function<void()> task);
    void scheduleBuild();
    SnapshotPtr latestOrBuild();
    SnapshotPtr buildNow();
    void published(double buildMs);
    // Writes a freshly built snapshot to the cache beside the database on a thread of its own
    // (decision 0090): the analysis thread goes on answering meanwhile.
    void saveCache(SnapshotPtr snapshot, QByteArray identity);

    const QString m_databasePath;
    RecordWriter& m_writer;
    QThreadPool m_pool;
    engine::Workers m_workers;
    QThreadPool m_cacheWriter;
    std::atomic_bool m_stopCacheWrite { false };
    QTimer m_debounce;
    mutable QMutex m_mutex;
    SnapshotPtr m_latest; // guarded by m_mutex
    std::atomic<int> m_pending { 0 };
    bool m_buildQueued = false;
    quint64 m_generation = 0;
    double m_lastBuildMs = 0;
    bool m_lastFromCache = false; // under m_mutex
    QString m_lastCacheRejected; // under m_mutex
};

} // namespace tansiq::ui
