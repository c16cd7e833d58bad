#include "core/interop/ImportPlanner.h"

#include "core/interop/ActivityQuery.h"
#include "core/interop/CellParsing.h"
#include "core/interop/ColumnMappingStore.h"
#include "core/interop/MonthText.h"
#include "core/interop/ReferenceCatalog.h"
#include "core/interop/RowMapper.h"
#include "core/interop/SheetReader.h"
#include "core/interop/ValueMappingStore.h"
#include "core/interop/ValueResolver.h"
#include "core/io/TextDecoding.h"
#include "core/registry/ActivityRepository.h"
#include "core/registry/RecordWriter.h"
#include "core/registry/References.h"
#include "core/registry/Registry.h"
#include "core/registry/validation/Validators.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <utility>

namespace tansiq::interop {

namespace {

Issue cancelled()
{
    return Issue::error(QStringLiteral("cancelled"), QString(), QString(),
        ImportPlanner::tr("The import was cancelled; nothing was written."));
}

// One read transaction for the whole plan: a consistent snapshot (WAL) and no lock taken
// and released around each of the planner's many queries. Nothing is written.
class ReadSnapshot {
public:
    explicit ReadSnapshot(Database& db) : m_db(db), m_own(!db.inTransaction())
    {
        if (m_own)
            m_own = m_db.execScript("BEGIN DEFERRED").ok();
    }
    ~ReadSnapshot()
    {
        if (m_own)
            (void)m_db.execScript("ROLLBACK");
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    Database& m_db;
    bool m_own;
};

// Ids of every activity, tombstones included (one query instead of one per row).
QHash<QUuid, bool> activityIds(Database& db)
{
    QHash<QUuid, bool> ids; // id → deleted
    Statement query(db.handle(), "SELECT id, deleted FROM activity");
    while (query.step() == Statement::Step::Row)
        ids.insert(query.uuid(0), query.int64(1) != 0);
    return ids;
}

bool sameStored(const Activity& a, const Activity& b)
{
    const QVariantList left = ActivityRepository::toValues(a);
    const QVariantList right = ActivityRepository::toValues(b);
    for (qsizetype i = 0; i < left.size(); ++i) {
        const QVariant x = RecordWriter::storageValue(left.at(i));
        const QVariant y = RecordWriter::storageValue(right.at(i));
        if (x.isNull() != y.isNull() || (!x.isNull() && x != y))
            return false;
    }
    return true;
}

// The office's own vocabulary file, next to its database (docs/formats/4w-csv-xlsx.md).
Result<ValueMap> officeVocabulary(const Database& db)
{
    if (db.path().isEmpty())
        return ValueMap();
    QFile file(QFileInfo(db.path()).dir().filePath(QStringLiteral("import-vocabulary.txt")));
    if (!file.exists())
        return ValueMap();
    if (!file.open(QIODevice::ReadOnly)) {
        return Issue::error(QStringLiteral("vocabulary-unreadable"), file.fileName(), QString(),
            QCoreApplication::translate(
                "tansiq::interop::ImportPlanner", "The office vocabulary “%1” cannot be read: %2.")
                .arg(file.fileName(), file.errorString()));
    }
    const auto text = decodeText(file.readAll(), file.fileName(), true);
    if (!text.ok())
        return text;
    return parseVocabulary(text->text, file.fileName());
}

void mergeUnmatched(QList<Unmatched>& all, const QList<Unmatched>& found)
{
    for (const Unmatched& u : found) {
        bool merged = false;
        for (Unmatched& known : all) {
            if (known.kind == u.kind && known.value == u.value) {
                ++known.rows;
                merged = true;
                break;
            }
        }
        if (!merged)
            all << u;
    }
}

} // namespace

Result<ImportPlan> ImportPlanner::planFile(const QString& path, const ImportOptions& options,
    const Progress& progress, const std::atomic_bool* cancel)
{
    auto sheet = SheetReader::readFile(path);
    if (!sheet.ok())
        return sheet;
    return plan(std::move(sheet.value()), QFileInfo(path).fileName(), options, progress, cancel);
}

Result<ImportPlan> ImportPlanner::plan(Sheet sheet, const QString& what,
    const ImportOptions& options, const Progress& progress, const std::atomic_bool* cancel)
{
    const ReadSnapshot snapshot(m_registry.database());
    ReferenceCatalog catalog = ReferenceCatalog::load(m_registry);
    const auto office = officeVocabulary(m_registry.database());
    if (!office.ok())
        return office;
    catalog.addSpellings(*office);
    catalog.addSpellings(options.vocabulary);
    ImportPlan plan;
    plan.file = what;
    plan.description = sheet.description();

    if (!options.partner.isEmpty()) {
        const QStringList found = catalog.findOrganisations(options.partner);
        if (found.size() != 1) {
            const QStringList close = catalog.suggestOrganisations(options.partner);
            return Issue::error(QStringLiteral("unknown-partner"), tr("partner"), options.partner,
                tr("The partner “%1” is not a known organisation.%2")
                    .arg(options.partner,
                        close.isEmpty() ? QString()
                                        : QLatin1Char(' ')
                                + tr("Closest: %1.").arg(close.join(QStringLiteral("; ")))));
        }
        plan.partnerId = QUuid::fromString(found.first());
    }
    // The partner's remembered mapping, overridden by the one given now.
    ColumnMapping mapping = ColumnMappingStore(m_registry.database()).load(plan.partnerId);
    for (auto it = options.mapping.cbegin(); it != options.mapping.cend(); ++it)
        mapping.insert(it.key(), it.value());
    auto layout = detectLayout(sheet, mapping, !plan.partnerId.isNull(), what);
    if (!layout.ok())
        return layout;
    plan.layout = *layout;
    if (plan.layout.usedMapping)
        plan.mapping = options.mapping;
    for (const QString& ignored : std::as_const(plan.layout.ignored)) {
        plan.fileIssues << Issue::warning(QStringLiteral("ignored-column"), ignored, ignored,
            tr("The column “%1” is not a 4W field and is ignored.").arg(ignored));
    }

    // The month of rows without one: given, else read from the rows above the header.
    if (!options.month.isEmpty()) {
        const auto month = cells::month(options.month);
        if (!month) {
            return Issue::error(QStringLiteral("bad-month"), tr("reporting month"), options.month,
                tr("The reporting month “%1” is not a month; write it as YYYY-MM, for "
                   "example 2026-09.")
                    .arg(options.month));
        }
        plan.month = *month;
        plan.monthSource = MonthSource::Given;
    } else if (!plan.layout.has(Field::ReportingMonth)) {
        const int headerTop = plan.layout.tagRow >= 0 ? plan.layout.tagRow : plan.layout.headerRow;
        if (const auto title = findTitleMonth(sheet.rows, headerTop)) {
            plan.month = title->month;
            plan.monthSource = MonthSource::Title;
            plan.monthRow = title->row;
            plan.monthText = title->text;
            plan.fileIssues << Issue::warning(QStringLiteral("month-from-title"),
                tr("reporting month"), plan.month,
                tr("The reporting month %1 was read from row %2: “%3”.")
                    .arg(plan.month)
                    .arg(plan.monthRow)
                    .arg(plan.monthText));
        } else {
            plan.monthSource = MonthSource::Missing;
            plan.fileIssues << Issue::error(QStringLiteral("missing-month"), what, QString(),
                tr("“%1” has no reporting month column and its title rows name no "
                   "month. Give the month of the whole file (--month YYYY-MM, or "
                   "the month field of the import wizard).")
                    .arg(what));
        }
    }

    const std::pair<Field, const char*> defaulted[]
        = { { Field::Status, QT_TRANSLATE_NOOP("tansiq::interop::ImportPlanner", "ongoing") },
              { Field::Modality, QT_TRANSLATE_NOOP("tansiq::interop::ImportPlanner", "in-kind") },
              { Field::PopulationGroup,
                  QT_TRANSLATE_NOOP("tansiq::interop::ImportPlanner", "host community") } };
    for (const auto& [field, value] : defaulted) {
        if (!plan.layout.has(field)) {
            plan.fileIssues << Issue::warning(QStringLiteral("missing-column"), fieldLabel(field),
                QString(),
                tr("The file has no “%1” column: new activities are recorded "
                   "as “%2”.")
                    .arg(fieldLabel(field), tr(value)));
        }
    }

    References references(m_registry.database());
    Validators validators(references);
    const QHash<QUuid, bool> existingIds = activityIds(m_registry.database());
    ValueResolver resolver(catalog,
        { options.values, ValueMappingStore(m_registry.database()).load(plan.partnerId),
            options.createOrganisations });
    const RowMapper mapper(catalog, resolver, plan.layout, plan.partnerId, plan.month);
    const ActivityQuery activities(m_registry.database());
    QHash<QUuid, int> seen; // id → first row holding it
    bool subSectorGiven = false;
    const qint64 total = sheet.rows.size() - plan.layout.firstDataRow;
    plan.rows.reserve(total);
    for (int r = plan.layout.firstDataRow; r < sheet.rows.size(); ++r) {
        if (cancel && cancel->load())
            return cancelled();
        const QStringList cells = std::exchange(sheet.rows[r], QStringList());
        if (!subSectorGiven && !mapper.cell(cells, Field::SubSector).isEmpty()) {
            subSectorGiven = true;
            plan.fileIssues << Issue::warning(QStringLiteral("ignored-column"),
                fieldLabel(Field::SubSector), QString(),
                tr("Sub-sectors are not recorded in Tansiq; the column is ignored."));
        }
        PlannedRow planned;
        planned.row = r + 1;
        if (mapper.isBlank(cells)) {
            planned.action = RowAction::Blank;
            plan.rows << planned;
            continue;
        }
        QUuid id;
        const QString idText = mapper.cell(cells, Field::RecordId);
        if (!idText.isEmpty()) {
            id = QUuid::fromString(idText);
            if (id.isNull()) {
                Issue issue
                    = Issue::error(QStringLiteral("bad-id"), fieldLabel(Field::RecordId), idText,
                        tr("%1 “%2” is not a record id (a UUID).")
                            .arg(fieldLabel(Field::RecordId), idText));
                issue.row = planned.row;
                planned.issues << issue;
            }
        }
        std::optional<Activity> stored;
        const auto loadStored = [&](const QUuid& key) {
            stored.reset();
            const auto it = existingIds.constFind(key);
            if (it != existingIds.cend() && !it.value())
                stored = activities.load(key);
            return it != existingIds.cend() && it.value(); // a tombstone
        };
        bool tombstone = !id.isNull() && loadStored(id);
        RowMapper::Mapped mapped
            = mapper.map(cells, planned.row, stored.value_or(Activity {}), stored.has_value());
        if (idText.isEmpty() && !hasErrors(mapped.issues)) {
            id = RowMapper::naturalId(mapped.activity);
            tombstone = loadStored(id);
            if (stored)
                mapped = mapper.map(cells, planned.row, *stored, true);
        }
        if (mapped.skipped) {
            planned.action = RowAction::Skipped;
            Issue issue = Issue::warning(QStringLiteral("left-out"), QString(),
                mapped.skippedBecause, tr("Left out as chosen: %1.").arg(mapped.skippedBecause));
            issue.row = planned.row;
            planned.issues << issue;
            plan.rows << std::move(planned);
            continue;
        }
        planned.issues << mapped.issues;
        mergeUnmatched(plan.unmatched, mapped.unmatched);
        if (tombstone) {
            Issue issue = Issue::error(QStringLiteral("deleted-record"),
                fieldLabel(Field::RecordId), id.toString(QUuid::WithoutBraces),
                tr("The activity %1 was deleted in Tansiq; clear its record id to "
                   "add it again.")
                    .arg(id.toString(QUuid::WithoutBraces)));
            issue.row = planned.row;
            planned.issues << issue;
        }
        if (!id.isNull() && seen.contains(id)) {
            Issue issue = Issue::error(QStringLiteral("duplicate-row"), fieldLabel(Field::RecordId),
                id.toString(QUuid::WithoutBraces),
                tr("This row describes the same activity as row %1.").arg(seen.value(id)));
            issue.row = planned.row;
            planned.issues << issue;
        } else if (!id.isNull()) {
            seen.insert(id, planned.row);
        }
        Activity& activity = mapped.activity;
        activity.meta.id = id;
        Validators::complete(activity);
        if (!hasErrors(planned.issues)) {
            for (Issue issue : validators.check(activity)) {
                // What the import creates with the rows is not in the registry yet.
                const bool pending
                    = (issue.code == u"unknown-organisation" || issue.code == u"unknown-project")
                    && (catalog.organisation(QUuid::fromString(issue.value))
                        || catalog.project(QUuid::fromString(issue.value)));
                if (pending)
                    continue;
                if (issue.code == u"bad-month" && issue.value.isEmpty()
                    && plan.monthSource == MonthSource::Missing)
                    continue; // said once for the file
                if (issue.code == u"breakdown-disagrees"
                    && std::any_of(planned.issues.cbegin(), planned.issues.cend(),
                        [](const Issue& said) { return said.code == u"breakdown-disagrees"; }))
                    continue; // the row already says it, naming the file's columns
                issue.row = planned.row;
                planned.issues << issue;
            }
        }
        if (hasErrors(planned.issues))
            planned.action = RowAction::Error;
        else if (!stored)
            planned.action = RowAction::Create;
        else
            planned.action
                = sameStored(activity, *stored) ? RowAction::Unchanged : RowAction::Update;
        planned.activity = std::move(activity);
        plan.rows << std::move(planned);
        if (progress && plan.rows.size() % 5000 == 0)
            progress(plan.rows.size(), total);
    }
    plan.fileIssues << resolver.issues();
    resolver.fill(plan);
    if (progress)
        progress(plan.rows.size(), total);
    return plan;
}

} // namespace tansiq::interop
