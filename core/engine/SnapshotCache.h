#pragma once

#include "core/common/Result.h"
#include "core/engine/Snapshot.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <memory>

namespace tansiq {
class Database;
}

namespace tansiq::engine {

// The engine's columns kept in a file beside the database, so a cold start reads them in one
// pass instead of decoding every activity from SQLite (docs/formats/engine-cache.md, decision
// 0090). The file is used only when the database's content identity (schema version, replica,
// the op log's high-water marks, the audit sequence, the activity table's extent) and the
// reference tables equal those it was written for, and every checksum holds; anything else —
// stale, damaged, truncated, edited, another database's, an older format — is ignored and the
// snapshot is built from SQLite as before. The cache holds the registry's data: it is written
// with the database's permissions (owner only), atomically, and never backed up.
class SnapshotCache {
public:
    explicit SnapshotCache(QString path) : m_path(std::move(path)) { }

    // "registry.tansiq" → "registry.tansiq.engine".
    static QString pathFor(const QString& databasePath);
    const QString& path() const { return m_path; }

    // What the database holds right now, as far as the snapshot is concerned: cheap (a few
    // index seeks), persistent across connections and processes. Read inside one transaction
    // with the reference tables when they must agree.
    static Result<QByteArray> identityOf(Database& db);

    struct Loaded {
        std::shared_ptr<Snapshot> snapshot; // null: not usable, see `rejected`
        QString rejected; // why (for logs and tests), empty when loaded
    };
    // Reads the reference tables from `db` and the columns from the file, if the file fits the
    // database exactly. Never fails: an unusable file only means a build from SQLite.
    Loaded load(Database& db) const;

    // Writes `snapshot` (a fresh build, not one refreshed in place) for `identity`. A temporary
    // file in the same folder renamed over the old cache; `cancel` stops early and leaves the
    // old file as it was.
    Status save(const Snapshot& snapshot, const QByteArray& identity,
        const std::atomic_bool* cancel = nullptr) const;

    // Removes the cache (after a restore or when the database file is replaced).
    static void discard(const QString& databasePath);

    // A digest of how the reference tables number their entries (the codes in the columns).
    static quint64 referenceDigest(const Snapshot& snapshot);

private:
    QString m_path;
};

// A snapshot for a cold start: from the cache when it fits, else built from SQLite. When
// built, `identity` is set if nothing was written during the build (then it may be saved).
struct ColdSnapshot {
    std::shared_ptr<Snapshot> snapshot;
    bool fromCache = false;
    QString cacheRejected;
    QByteArray identity; // empty: do not save this build
};
Result<ColdSnapshot> loadOrBuild(Database& db, const QString& cachePath);

} // namespace tansiq::engine
