#include "core/demo/DemoGenerator.h"

#include "core/demo/DemoState.h"
#include "core/registry/Registry.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "core/storage/Transaction.h"
#include "core/sync/Compactor.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace tansiq {

namespace {

constexpr qint64 kBulkFrom = 200'000; // activities; smaller demos keep the usual settings

// Page cache and journal for a bulk fill, restored when it goes out of scope.
class BulkSettings {
public:
    BulkSettings(Database& db, bool on) : m_db(db), m_on(on)
    {
        if (!m_on)
            return;
        (void)m_db.execScript("PRAGMA cache_size = -1048576"); // 1 GiB
        // Leaving WAL needs this to be the only connection; if it is not, WAL stays.
        m_leftWal = m_db.execScript("PRAGMA journal_mode = DELETE").ok();
        // The validators look every reference up before a write; SQLite's own foreign-key
        // lookups repeated them (eight per activity). One foreign_key_check before the commit
        // (checkReferences) keeps the guarantee.
        m_keysOff = m_db.execScript("PRAGMA foreign_keys = OFF").ok();
    }
    ~BulkSettings()
    {
        if (!m_on)
            return;
        if (m_keysOff)
            (void)m_db.execScript("PRAGMA foreign_keys = ON");
        if (m_leftWal)
            (void)m_db.execScript("PRAGMA journal_mode = WAL");
        (void)m_db.execScript("PRAGMA cache_size = -65536");
    }
    BulkSettings(const BulkSettings&) = delete;
    BulkSettings& operator=(const BulkSettings&) = delete;

private:
    Database& m_db;
    bool m_on;
    bool m_leftWal = false;
    bool m_keysOff = false;
};

// Drops the activity table's own indexes (not the primary key's) inside the caller's
// transaction and returns the statements that make them again.
Status dropSecondaryIndexes(Database& db, QList<QByteArray>& recreate)
{
    QList<QByteArray> names;
    {
        Statement list(db.handle(),
            "SELECT name, sql FROM sqlite_schema WHERE type = 'index' "
            "AND tbl_name = 'activity' AND sql IS NOT NULL ORDER BY name");
        while (list.step() == Statement::Step::Row) {
            names << list.text(0).toUtf8();
            recreate << list.text(1).toUtf8();
        }
    }
    for (const QByteArray& name : names) {
        const Status dropped = db.execScript("DROP INDEX \"" + name + "\"");
        if (!dropped.ok())
            return dropped;
    }
    return success();
}

// Refuses the fill, as SQLite would have refused the row, if a row points at a record that
// does not exist: what the foreign keys checked row by row while BulkSettings had them off.
Status checkReferences(Database& db)
{
    Statement check(db.handle(), "PRAGMA foreign_key_check");
    if (check.step() != Statement::Step::Row)
        return success();
    return Issue::error(QStringLiteral("database"), check.text(0), check.text(1),
        QCoreApplication::translate("tansiq::Statement", "The database refused the change: %1")
            .arg(QStringLiteral("FOREIGN KEY constraint failed")));
}

} // namespace

DemoGenerator::DemoGenerator(Registry& registry, DemoOptions options)
    : m_registry(registry), m_options(std::move(options))
{
}

Result<DemoSummary> DemoGenerator::run(const Progress& progress, const std::atomic_bool* cancel)
{
    if (m_registry.activities().count() > 0 || !m_registry.organisations().list().isEmpty()) {
        const QString tr_db = QCoreApplication::translate("tansiq::DemoGenerator", "database");
        return Issue::error(QStringLiteral("not-empty"), tr_db, m_registry.database().path(),
            QCoreApplication::translate("tansiq::DemoGenerator",
                "The database already holds organisations or activities; demo "
                "data goes only into an empty registry."));
    }
    demo::State state(m_options);
    Status step = demo::loadReference(m_registry, state);
    if (!step.ok())
        return step;

    // Bulk settings for a large fill (decision 0092): a page cache large enough for the
    // random-key indexes, the rollback journal instead of the write-ahead log (an empty file's
    // new pages need no journal; the log would hold a second copy of the whole file until its
    // checkpoint), the activity table's secondary indexes built once at the end instead of
    // row by row, and the foreign keys checked once at the end (decision 0118). All restored
    // afterwards, success or not.
    Database& db = m_registry.database();
    const bool large = m_options.activities >= kBulkFrom;
    BulkSettings bulk(db, large);

    // One transaction: a cancelled or failed demo leaves the database as it was.
    const Status filled = inTransaction(db, [&]() -> Status {
        // The demo only inserts, in this one transaction: the validators need not ask the
        // database again for an organisation, project, sector, type or place they found.
        const References::Remembering remembered(m_registry.references());
        Status step = success();
        QList<QByteArray> deferredIndexes;
        if (step.ok() && large)
            step = dropSecondaryIndexes(db, deferredIndexes);
        if (step.ok())
            step = demo::createOrganisations(m_registry, state);
        if (step.ok())
            step = demo::createProjects(m_registry, state);
        if (step.ok())
            step = demo::createNeeds(m_registry, state);
        if (step.ok())
            step = demo::createActivities(m_registry, state, progress, cancel);
        if (step.ok() && m_options.coordination)
            step = demo::createCoordination(m_registry, state);
        if (step.ok()) {
            step = m_registry.writer().recordBatch(QStringLiteral("demo"),
                QJsonObject { { QStringLiteral("seed"), QString::number(m_options.seed) },
                    { QStringLiteral("organisations"), state.summary.organisations },
                    { QStringLiteral("projects"), state.summary.projects },
                    { QStringLiteral("needs"), state.summary.needs },
                    { QStringLiteral("activities"), state.summary.activities } });
        }
        for (const QByteArray& sql : deferredIndexes) {
            if (step.ok())
                step = db.execScript(sql);
        }
        if (step.ok() && large)
            step = checkReferences(db);
        if (step.ok()) {
            // As after any import: the op log keeps only what sync needs (docs/decisions/0093).
            const Result<sync::CompactionSummary> compacted = sync::compact(m_registry.database());
            if (!compacted.ok())
                step = compacted.status();
        }
        return step;
    });
    if (!filled.ok())
        return filled;
    return state.summary;
}

} // namespace tansiq
