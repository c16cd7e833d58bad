#include "DemoGenerator.h"

#include "sync/Compactor.h"
#include "DemoState.h"
#include "registry/Registry.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace tansiq {

DemoGenerator::DemoGenerator(Registry& registry, DemoOptions options)
    : m_registry(registry), m_options(std::move(options))
{
}

Result<DemoSummary> DemoGenerator::run(const Progress& progress, const std::atomic_bool* cancel)
{
    if (m_registry.activities().count() > 0 || !m_registry.organisations().list().isEmpty()) {
        const QString tr_db = QCoreApplication::translate("tansiq::DemoGenerator", "database");
        return Issue::error(QStringLiteral("not-empty"), tr_db, m_registry.database().path(),
                            QCoreApplication::translate(
                                "tansiq::DemoGenerator",
                                "The database already holds organisations or activities; demo "
                                "data goes only into an empty registry."));
    }
    demo::State state(m_options);
    Status step = demo::loadReference(m_registry, state);
    if (!step.ok())
        return Result<DemoSummary>::failure(step.issues());

    // One transaction: a cancelled or failed demo leaves the database as it was.
    Transaction tx(m_registry.database());
    step = tx.begun();
    if (step.ok())
        step = demo::createOrganisations(m_registry, state);
    if (step.ok())
        step = demo::createProjects(m_registry, state);
    if (step.ok())
        step = demo::createNeeds(m_registry, state);
    if (step.ok())
        step = demo::createActivities(m_registry, state, progress, cancel);
    if (step.ok()) {
        step = m_registry.writer().recordBatch(
            QStringLiteral("demo"),
            QJsonObject{{QStringLiteral("seed"), QString::number(m_options.seed)},
                        {QStringLiteral("organisations"), state.summary.organisations},
                        {QStringLiteral("projects"), state.summary.projects},
                        {QStringLiteral("needs"), state.summary.needs},
                        {QStringLiteral("activities"), state.summary.activities}});
    }
    if (step.ok()) {
        // As after any import: the op log keeps only what sync needs (docs/decisions/0093).
        const Result<sync::CompactionSummary> compacted = sync::compact(m_registry.database());
        if (!compacted.ok())
            step = Status::failure(compacted.issues());
    }
    if (step.ok())
        step = tx.commit();
    if (!step.ok())
        return Result<DemoSummary>::failure(step.issues());
    return state.summary;
}

}  // namespace tansiq
