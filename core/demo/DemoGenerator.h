#pragma once

#include "core/common/Result.h"

#include <QDate>

#include <atomic>
#include <functional>
#include <random>

namespace tansiq {

class Registry;

struct DemoOptions {
    quint64 seed = 1;
    qint64 activities = 20000;
    int projects = 300;
    QDate lastMonth = QDate(2026, 10, 1); // the 24 months end here
    double duplicateShare = 0.03; // activities deliberately duplicated by another org
    double gapShare = 0.12; // severe needs deliberately left without partners
    // Working groups, meetings with decisions and action points, monitoring visits and partner
    // registrations (a few hundred records at most): the sample registry and `tansiq-cli demo`
    // ask for them; tests that count their own coordination records leave them out.
    bool coordination = false;
};

struct DemoSummary {
    int organisations = 0;
    int projects = 0;
    qint64 activities = 0;
    int needs = 0;
    qint64 plantedDuplicates = 0;
    int plantedGaps = 0;
    int workingGroups = 0;
    int meetings = 0;
    int actionPoints = 0;
    int visits = 0;
    int registrations = 0;
};

// Generates a realistic, deterministic registry for demonstrations, tests and benchmarks:
// the same seed and options give the same records (ids included). Writes through the
// registry's validated write path, in batches. Needs the gazetteer and an empty registry.
class DemoGenerator {
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    DemoGenerator(Registry& registry, DemoOptions options);

    Result<DemoSummary> run(
        const Progress& progress = {}, const std::atomic_bool* cancel = nullptr);

private:
    Registry& m_registry;
    DemoOptions m_options;
};

} // namespace tansiq
