#include "ui/interop/ImportSteps.h"

#include "core/interop/HxlTag.h"
#include "core/interop/ReferenceCatalog.h"
#include "core/interop/SheetReader.h"
#include "core/registry/Registry.h"
#include "core/workspace/Workspace.h"
#include "ui/common/BackgroundJob.h"

#include <QFileInfo>
#include <QSet>

namespace tansiq::ui {

namespace {

constexpr int kPreviewRows = 40; // the 25 rows the layout is searched in, and examples below

interop::ImportPlanner::Progress reporter(JobControl& control)
{
    return [&control](qint64 done, qint64 total) { control.progress(done, total); };
}

QString pick(bool arabic, const QString& english, const QString& arabicName)
{
    if (arabic)
        return arabicName.isEmpty() ? english : arabicName;
    return english.isEmpty() ? arabicName : english;
}

ReviewNames lookUpNames(Workspace& workspace, const interop::ImportPlan& plan, bool arabic)
{
    ReviewNames names;
    Registry& registry = workspace.registry();
    for (const Organisation& org : registry.organisations().list())
        names.organisations.insert(org.meta.id,
            org.acronym.isEmpty() ? pick(arabic, org.nameEn, org.nameAr) : org.acronym);
    for (const Sector& sector : registry.reference().sectors())
        names.sectors.insert(sector.id, pick(arabic, sector.nameEn, sector.nameAr));
    for (const interop::PlannedRow& row : plan.rows) {
        const QString& pcode = row.activity.adminPcode;
        if (pcode.isEmpty() || names.places.contains(pcode))
            continue;
        const auto unit = registry.reference().adminUnit(pcode);
        names.places.insert(pcode, unit ? pick(arabic, unit->nameEn, unit->nameAr) : QString());
    }
    QSet<int> kinds;
    for (const interop::Unmatched& u : plan.unmatched)
        kinds.insert(int(u.valueKind()));
    for (const interop::AppliedChoice& c : plan.choices)
        kinds.insert(int(c.kind));
    if (!kinds.isEmpty()) {
        const interop::ReferenceCatalog catalog = interop::ReferenceCatalog::load(registry);
        for (const int k : std::as_const(kinds)) {
            const auto kind = interop::ValueKind(k);
            QList<ValueCandidate>& list = names.candidates[interop::valueKindKey(kind)];
            for (const auto& [key, display] : catalog.candidates(kind))
                list << ValueCandidate { key, display, catalog.spellings(kind, key) };
        }
    }
    return names;
}

} // namespace

bool Detection::needsMapping() const
{
    if (tagRow)
        return false;
    if (plan)
        return true; // mapped by its headers: let the user check and complete the mapping
    for (const Issue& issue : planIssues) {
        if (issue.code == u"no-tag-row" || issue.code == u"missing-columns")
            return true;
    }
    return false;
}

int Detection::likelyHeaderRow() const
{
    if (plan && plan->layout.headerRow >= 0)
        return plan->layout.headerRow;
    int best = 0;
    qsizetype bestFilled = -1;
    for (int r = 0; r < std::min<int>(25, int(firstRows.size())); ++r) {
        const auto filled = std::count_if(firstRows.at(r).cbegin(), firstRows.at(r).cend(),
            [](const QString& cell) { return !cell.trimmed().isEmpty(); });
        if (filled > bestFilled) {
            bestFilled = filled;
            best = r;
        }
    }
    return best;
}

Result<Detection> detectFile(Workspace& workspace, const QString& path,
    const interop::ImportOptions& options, bool arabic, JobControl& control)
{
    auto sheet = interop::SheetReader::readFile(path);
    if (!sheet.ok())
        return sheet;
    if (control.cancelled())
        return Result<Detection>::failure({});
    Detection detection;
    detection.file = QFileInfo(path).fileName();
    detection.description = sheet->description();
    detection.rowCount = sheet->rows.size();
    detection.firstRows = sheet->rows.mid(0, kPreviewRows);
    detection.tagRow = interop::findHashtagRow(sheet->rows);
    interop::ImportPlanner planner(workspace.registry());
    auto plan = planner.plan(
        std::move(sheet.value()), detection.file, options, reporter(control), control.cancelFlag());
    if (control.cancelled())
        return Result<Detection>::failure({}); // cancelled: the wizard stays where it was
    if (plan.ok()) {
        detection.names = lookUpNames(workspace, *plan, arabic);
        detection.plan = std::move(plan.value());
    } else
        detection.planIssues = plan.issues();
    return detection;
}

Result<Reviewed> planFile(Workspace& workspace, const QString& path,
    const interop::ImportOptions& options, bool arabic, JobControl& control)
{
    interop::ImportPlanner planner(workspace.registry());
    auto plan = planner.planFile(path, options, reporter(control), control.cancelFlag());
    if (!plan.ok())
        return plan;
    ReviewNames names = lookUpNames(workspace, *plan, arabic);
    return Reviewed { std::move(plan.value()), std::move(names) };
}

Result<interop::ImportSummary> applyPlan(
    Workspace& workspace, const interop::ImportPlan& plan, JobControl& control)
{
    control.progress(
        0, plan.count(interop::RowAction::Create) + plan.count(interop::RowAction::Update));
    interop::ImportApplier applier(workspace.registry(), workspace.clock());
    return applier.apply(plan, reporter(control), control.cancelFlag());
}

} // namespace tansiq::ui
