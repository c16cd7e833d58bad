#pragma once

#include "core/common/Result.h"
#include "core/interop/ImportPlan.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace tansiq {
class Clock;
class Registry;
} // namespace tansiq

namespace tansiq::interop {

struct ImportSummary {
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int blank = 0;
    int skipped = 0; // rows left out by choice
    int organisationsCreated = 0; // created from the file, in the same transaction
    int projectsCreated = 0;
};

// Step 2 of an import: writes a reviewed plan through the registry's repositories (validated
// again, audited), all in one transaction — every row or none. Refuses a plan with errors.
// Cancelling (or any failure) rolls everything back. A plan that changes nothing writes
// nothing, not even an audit entry, so importing the same file twice leaves the database
// exactly as it was. Creates the organisations and projects the user chose to create and
// remembers the plan's column mapping and value choices for its partner, all in the same
// transaction as the rows.
class ImportApplier {
    Q_DECLARE_TR_FUNCTIONS(tansiq::interop::ImportApplier)

public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    ImportApplier(Registry& registry, const Clock& clock) : m_registry(registry), m_clock(clock) { }

    Result<ImportSummary> apply(const ImportPlan& plan, const Progress& progress = {},
        const std::atomic_bool* cancel = nullptr);

private:
    Registry& m_registry;
    const Clock& m_clock;
};

} // namespace tansiq::interop
