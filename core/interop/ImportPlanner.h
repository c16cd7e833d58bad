#pragma once

#include "core/common/Result.h"
#include "core/interop/ImportPlan.h"
#include "core/interop/Sheet.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

namespace tansiq {
class Registry;
}

namespace tansiq::interop {

struct ImportOptions {
    QString partner; // acronym, name or id of the partner whose file it is (optional)
    ColumnMapping mapping; // headers → tags for files without a hashtag row (optional)
    // The month (YYYY-MM) of rows without one (--month, the wizard's month field). When
    // empty and the file has no month column, it is read from the rows above the header.
    QString month {};
    // Choices about partner values made now (--value-map, the wizard's review step); they
    // win over the partner's remembered ones and are remembered after the import.
    ValueMap values {};
    // Unknown implementing organisations are created (--create-organisations).
    bool createOrganisations = false;
    // Extra vocabulary (--vocabulary FILE); the office's own file (import-vocabulary.txt
    // next to the database) and the bundled one are always read.
    ValueMap vocabulary {};
};

// Step 1 of an import (the dry run): reads nothing but the file and the registry, writes
// nothing. Finds the layout (hashtag row, or the partner's remembered or given mapping),
// maps every row, matches names, validates as the registry would, and says per row whether
// it creates, updates or leaves alone a record (upsert by #meta+id, or by the row's natural
// key when the file has no ids). Refuses only what makes the file unreadable; row problems
// are in the plan.
class ImportPlanner {
    Q_DECLARE_TR_FUNCTIONS(tansiq::interop::ImportPlanner)

public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit ImportPlanner(Registry& registry) : m_registry(registry) { }

    Result<ImportPlan> planFile(const QString& path, const ImportOptions& options,
        const Progress& progress = {}, const std::atomic_bool* cancel = nullptr);
    // Takes the sheet by value and releases its rows as they are planned (100,000-row files).
    Result<ImportPlan> plan(Sheet sheet, const QString& what, const ImportOptions& options,
        const Progress& progress = {}, const std::atomic_bool* cancel = nullptr);

private:
    Registry& m_registry;
};

} // namespace tansiq::interop
