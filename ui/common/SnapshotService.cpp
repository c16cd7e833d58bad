#include "ui/common/SnapshotService.h"

#include "core/engine/Snapshot.h"
#include "core/engine/SnapshotCache.h"
#include "core/storage/Database.h"

#include <QElapsedTimer>
#include <QMutexLocker>

namespace tansiq::ui {

namespace {
constexpr int kRebuildPauseMs = 300; // edits in quick succession cost one rebuild
}

SnapshotService::SnapshotService(QString databasePath, RecordWriter& writer, QObject* parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_writer(writer)
    , m_workers(engine::Workers::available())
{
    m_pool.setMaxThreadCount(1); // one analysis thread: queries run in order, never at once
    m_pool.setExpiryTimeout(-1);
    m_cacheWriter.setMaxThreadCount(1);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kRebuildPauseMs);
    connect(&m_debounce, &QTimer::timeout, this, &SnapshotService::scheduleBuild);
    m_writer.addListener(this);
    scheduleBuild();
}

SnapshotService::~SnapshotService()
{
    m_writer.removeListener(this);
    m_pool.clear();
    m_pool.waitForDone();
    m_stopCacheWrite = true; // closing: a half-written cache is dropped, the old one kept
    m_cacheWriter.clear();
    m_cacheWriter.waitForDone();
}

SnapshotService::SnapshotPtr SnapshotService::current() const
{
    QMutexLocker lock(&m_mutex);
    return m_latest;
}

void SnapshotService::invalidate()
{
    m_debounce.start();
}

void SnapshotService::recordWritten(const TableSpec& table, const QUuid&)
{
    if (&table == &tables::duplicationReview)
        return; // read by the duplication scan itself, not part of the snapshot
    invalidate();
}

void SnapshotService::waitForIdle()
{
    m_pool.waitForDone();
    m_cacheWriter.waitForDone();
}

void SnapshotService::enqueue(std::function<void()> task)
{
    m_pool.start(std::move(task));
}

void SnapshotService::scheduleBuild()
{
    if (m_buildQueued)
        return; // the queued build will read the latest committed data anyway
    m_buildQueued = true;
    ++m_pending;
    enqueue([this] {
        QElapsedTimer timer;
        timer.start();
        const bool ok = buildNow() != nullptr;
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        QMetaObject::invokeMethod(
            this,
            [this, ok, ms] {
                m_buildQueued = false;
                --m_pending;
                if (ok)
                    published(ms);
            },
            Qt::QueuedConnection);
    });
}

SnapshotService::SnapshotPtr SnapshotService::latestOrBuild()
{
    if (SnapshotPtr snapshot = current())
        return snapshot;
    return buildNow();
}

SnapshotService::SnapshotPtr SnapshotService::buildNow()
{
    auto db = Database::open(m_databasePath);
    if (!db.ok()) {
        const QString message = db.issues().isEmpty() ? QString() : db.issues().first().message;
        QMetaObject::invokeMethod(
            this, [this, message] { emit buildFailed(message); }, Qt::QueuedConnection);
        return nullptr;
    }
    // A cold start reads the cache beside the database when it fits; later builds (after an
    // edit) find it stale and read SQLite, then write it again.
    auto built = engine::loadOrBuild(*db.value(), engine::SnapshotCache::pathFor(m_databasePath));
    if (!built.ok()) {
        const QString message
            = built.issues().isEmpty() ? QString() : built.issues().first().message;
        QMetaObject::invokeMethod(
            this, [this, message] { emit buildFailed(message); }, Qt::QueuedConnection);
        return nullptr;
    }
    SnapshotPtr snapshot = std::move(built.value().snapshot);
    if (!built.value().identity.isEmpty())
        saveCache(snapshot, built.value().identity);
    QMutexLocker lock(&m_mutex);
    m_latest = snapshot;
    m_lastFromCache = built.value().fromCache;
    m_lastCacheRejected = built.value().cacheRejected;
    return snapshot;
}

bool SnapshotService::lastFromCache() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastFromCache;
}

QString SnapshotService::lastCacheRejected() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastCacheRejected;
}

void SnapshotService::saveCache(SnapshotPtr snapshot, QByteArray identity)
{
    m_cacheWriter.clear(); // an older snapshot still waiting is not worth writing
    m_cacheWriter.start([this, snapshot = std::move(snapshot), identity = std::move(identity)] {
        // A failure only means the next start builds from SQLite; nothing to tell the user.
        (void)engine::SnapshotCache(engine::SnapshotCache::pathFor(m_databasePath))
            .save(*snapshot, identity, &m_stopCacheWrite);
    });
}

void SnapshotService::published(double buildMs)
{
    m_lastBuildMs = buildMs;
    ++m_generation;
    emit snapshotChanged();
}

} // namespace tansiq::ui
