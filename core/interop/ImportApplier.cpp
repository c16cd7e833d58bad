#include "core/interop/ImportApplier.h"

#include "core/common/Clock.h"
#include "core/interop/ColumnMappingStore.h"
#include "core/interop/ValueMappingStore.h"
#include "core/registry/Registry.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"
#include "core/sync/Compactor.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace tansiq::interop {

namespace {
Issues atRow(Issues issues, int row)
{
    for (Issue& issue : issues)
        issue.row = row;
    return issues;
}
} // namespace

Result<ImportSummary> ImportApplier::apply(
    const ImportPlan& plan, const Progress& progress, const std::atomic_bool* cancel)
{
    if (!plan.canApply()) {
        return Issue::error(QStringLiteral("plan-has-errors"), plan.file,
            QString::number(plan.count(RowAction::Error)),
            tr("“%1” was not imported: %2 rows have errors. Correct them and "
               "import the file again; nothing was written.")
                .arg(plan.file)
                .arg(plan.count(RowAction::Error)));
    }
    ImportSummary summary;
    summary.unchanged = plan.count(RowAction::Unchanged);
    summary.blank = plan.count(RowAction::Blank);
    const bool rememberMapping = !plan.partnerId.isNull() && !plan.mapping.isEmpty();
    summary.skipped = plan.count(RowAction::Skipped);
    if (!plan.changesSomething() && !rememberMapping && plan.remember.isEmpty()
        && plan.newOrganisations.isEmpty() && plan.newProjects.isEmpty())
        return summary;

    // A copy of the database before the spreadsheet changes it.
    const Status kept = m_registry.database().beforeRiskyChange(RiskyChange::FourWImport);
    if (!kept.ok())
        return kept;
    const qint64 total = plan.count(RowAction::Create) + plan.count(RowAction::Update);
    qint64 done = 0;
    const Result<ImportSummary> applied = inTransaction(
        m_registry.database(), [&]() -> Result<ImportSummary> {
            // What the user chose to create, first: the rows refer to it (decision 0055).
            for (const Organisation& org : plan.newOrganisations) {
                const auto created = m_registry.organisations().create(org);
                if (!created.ok())
                    return created;
                ++summary.organisationsCreated;
            }
            for (const Project& project : plan.newProjects) {
                const auto created = m_registry.projects().create(project);
                if (!created.ok())
                    return created;
                ++summary.projectsCreated;
            }
            for (const PlannedRow& row : plan.rows) {
                if (row.action != RowAction::Create && row.action != RowAction::Update)
                    continue;
                if (cancel && cancel->load()) {
                    return Issue::error(QStringLiteral("cancelled"), plan.file, QString(),
                        tr("The import was cancelled; nothing was written."));
                }
                if (row.action == RowAction::Create) {
                    const auto created
                        = m_registry.activities().create(row.activity, RecordWriter::Audit::Batch);
                    if (!created.ok())
                        return Result<ImportSummary>::failure(atRow(created.issues(), row.row));
                    ++summary.created;
                } else {
                    const Status updated = m_registry.activities().update(row.activity);
                    if (!updated.ok())
                        return Result<ImportSummary>::failure(atRow(updated.issues(), row.row));
                    ++summary.updated;
                }
                ++done;
                if (progress && done % 5000 == 0)
                    progress(done, total);
            }
            if (summary.created > 0) {
                const Status audited = m_registry.writer().recordBatch(QStringLiteral("activity"),
                    QJsonObject { { QStringLiteral("import"), plan.file },
                        { QStringLiteral("created"), summary.created },
                        { QStringLiteral("updated"), summary.updated } });
                if (!audited.ok())
                    return audited;
            }
            if (rememberMapping) {
                const Status remembered
                    = ColumnMappingStore(m_registry.database())
                          .remember(plan.partnerId, plan.mapping, m_clock.nowMs());
                if (!remembered.ok())
                    return remembered;
            }
            if (!plan.remember.isEmpty()) {
                const Status remembered
                    = ValueMappingStore(m_registry.database())
                          .remember(plan.partnerId, plan.remember, m_clock.nowMs());
                if (!remembered.ok())
                    return remembered;
            }
            // The new records hold their creates' values: the op log keeps only what sync needs
            // (docs/decisions/0093), in the same transaction.
            const Result<sync::CompactionSummary> compacted = sync::compact(m_registry.database());
            if (!compacted.ok())
                return compacted;
            return summary;
        });
    if (applied.ok() && progress)
        progress(done, total);
    return applied;
}

} // namespace tansiq::interop
