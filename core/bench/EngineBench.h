#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace tansiq {
class Database;
}

namespace tansiq::engine {

struct BenchCase {
    QString name;
    QString description;
    double engineMedianMs = 0;
    double sqlMedianMs = 0;
    double engineCpuMedianMs = 0; // processor time of this thread: what the engine costs
    double engineFirstMs = 0; // the first (cold) engine run
    double sqlCpuMedianMs = 0;
    qint64 engineRows = 0; // cells, rows or groups produced
    qint64 sqlRows = 0;
    double ratio() const { return engineMedianMs > 0 ? sqlMedianMs / engineMedianMs : 0; }
};

// What `bench` measures. By default every pivot, from a snapshot built from SQLite, then the
// cache written and read back. `fromCache` starts as the application does (the cache file when
// it fits the database, else a build that writes it) and skips the cache's timings: a 10M
// registry is then measured in seconds instead of a minute. `only` names the pivots to time
// (empty: all five).
struct BenchOptions {
    int engineRuns = 9;
    int sqlRuns = 3;
    bool fromCache = false;
    QStringList only;
};

struct BenchReport {
    QString database;
    bool snapshotFromCache = false; // BenchOptions::fromCache and the cache fitted
    qint64 activities = 0;
    double snapshotBuildMs = 0;
    double snapshotBuildCpuMs = 0; // processor time of the build (both reader threads)
    qint64 duplicateGroups = 0;
    double rssBeforeMb = 0; // VmRSS before the snapshot was built
    double peakAfterEngineMb = 0; // VmHWM after the snapshot and every engine run
    double snapshotColumnsMb = 0;
    // The cache file beside the database (decision 0090): written from the build, then a cold
    // start read from it (measured after the engine runs, so the peak above excludes it).
    // -1: not measured (a database without a file). The load: median of `cacheLoads` loads
    // after a first one (wall and this thread's processor time).
    double cacheSaveMs = -1;
    double cacheLoadMs = -1;
    double cacheLoadCpuMs = -1;
    double cacheLoadFirstMs = -1;
    int cacheLoads = 0;
    double cacheMb = 0;
    int engineRuns = 0;
    int sqlRuns = 0;
    QList<BenchCase> cases;

    double engineExtraMb() const { return peakAfterEngineMb - rssBeforeMb; }
    QJsonObject toJson() const;
};

// Times the five named pivots of docs/benchmarks.md with the engine and, in the same process,
// with the equivalent SQL through SQLite. Reports medians; asserts nothing.
class EngineBench {
    Q_DECLARE_TR_FUNCTIONS(tansiq::Engine)

public:
    explicit EngineBench(Database& db) : m_db(db) { }

    Result<BenchReport> run(const BenchOptions& options = {});

    // Resident memory of this process, in MB, from /proc/self/status (0 where unavailable).
    static double residentMb(const char* field); // "VmRSS" or "VmHWM"

private:
    Database& m_db;
};

} // namespace tansiq::engine
