#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>

#include <functional>

namespace tansiq {
class Clock;
}

namespace tansiq::interop {

// Times importing a generated partner CSV of `rows` activities (no record ids, names and
// P-codes as partners write them) against a baseline measured in the same process: creating
// the same activities directly through ActivityRepository (the validated write path, one
// transaction) — the least any import must spend. Each run uses fresh databases in `dir`.
struct ImportBenchmarkRun {
    double baselineMs = 0;
    double readMs = 0; // file → sheet (decode, parse)
    double planMs = 0; // layout, matching, validation, upsert decisions
    double applyMs = 0; // writing, one transaction
    // Processor time of this process (wall-clock time also counts waiting for the CPU when
    // other programs share the machine).
    double baselineCpuMs = 0;
    double importCpuMs = 0;
    double importMs() const { return readMs + planMs + applyMs; }
};

struct ImportBenchmarkReport {
    int rows = 0;
    qint64 fileBytes = 0;
    QList<ImportBenchmarkRun> runs;
    ImportBenchmarkRun median() const; // per column
};

Result<ImportBenchmarkReport> runImportBenchmark(const QString& dir, int rows, int repeat,
    const Clock& clock, const std::function<void(const QString&)>& log = {});

} // namespace tansiq::interop
