#include "app/cli/CliCommand.h"
#include "app/cli/CliContext.h"
#include "core/interop/ImportApplier.h"
#include "core/interop/ImportPlanner.h"
#include "core/io/TextDecoding.h"
#include "core/registry/Vocabulary.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace tansiq::cli {

namespace {

QString actionName(interop::RowAction action)
{
    switch (action) {
    case interop::RowAction::Create:
        return Cli::tr("create");
    case interop::RowAction::Update:
        return Cli::tr("update");
    case interop::RowAction::Unchanged:
        return Cli::tr("unchanged");
    case interop::RowAction::Blank:
        return Cli::tr("blank");
    case interop::RowAction::Error:
        return Cli::tr("error");
    case interop::RowAction::Skipped:
        return Cli::tr("left out");
    }
    return QString();
}

// `perRow`: 0 none, 1 rows that change something or have errors, 2 every row.
void printPlan(CliContext& context, const interop::ImportPlan& plan, int perRow)
{
    using interop::RowAction;
    QTextStream& out = context.out();
    out << Cli::tr("File: %1 (%2)").arg(plan.file, plan.description) << '\n';
    if (plan.layout.tagRow >= 0)
        out << Cli::tr("HXL hashtag row: %1; data from row %2")
                   .arg(plan.layout.tagRow + 1)
                   .arg(plan.layout.firstDataRow + 1)
            << '\n';
    else
        out << Cli::tr("No HXL hashtag row: columns mapped from the headers in row %1%2")
                   .arg(plan.layout.headerRow + 1)
                   .arg(plan.layout.usedMapping ? Cli::tr(" (column mapping)") : QString())
            << '\n';
    switch (plan.monthSource) {
    case interop::MonthSource::Given:
        out << Cli::tr("Reporting month: %1 (given with --month)").arg(plan.month) << '\n';
        break;
    case interop::MonthSource::Title:
        out << Cli::tr("Reporting month: %1, read from row %2: “%3”")
                   .arg(plan.month)
                   .arg(plan.monthRow)
                   .arg(plan.monthText)
            << '\n';
        break;
    case interop::MonthSource::Column:
    case interop::MonthSource::Missing:
        break;
    }
    Issues fileIssues;
    for (const Issue& issue : plan.fileIssues) {
        if (issue.code != u"month-from-title") // said above
            fileIssues << issue;
    }
    context.report(fileIssues);
    for (const interop::PlannedRow& row : plan.rows) {
        const bool changes = row.action == RowAction::Create || row.action == RowAction::Update
            || row.action == RowAction::Error;
        if ((perRow == 2 && row.action != RowAction::Blank) || (perRow == 1 && changes))
            out << Cli::tr("row %1: %2").arg(row.row).arg(actionName(row.action)) << '\n';
        if (!row.issues.isEmpty())
            context.report(row.issues);
    }
    for (const Organisation& org : plan.newOrganisations)
        out << Cli::tr("will create organisation: %1 (%2), %3")
                   .arg(org.nameAr, org.acronym,
                       termLabel(Vocabulary::OrgType, org.type, Language::English))
            << '\n';
    for (const Project& project : plan.newProjects)
        out << Cli::tr("will create project: %1 (%2)").arg(project.titleEn, project.code) << '\n';
    for (const interop::AppliedChoice& c : plan.choices) {
        const QString source = c.source == interop::AppliedChoice::Source::Remembered
            ? Cli::tr("remembered")
            : c.source == interop::AppliedChoice::Source::Given ? Cli::tr("value map")
                                                                : Cli::tr("--create-organisations");
        QString what;
        switch (c.choice.action) {
        case interop::ValueChoice::Action::Map:
            what = Cli::tr("→ %1").arg(c.targetDisplay);
            break;
        case interop::ValueChoice::Action::Create:
            what = Cli::tr("→ created: %1").arg(c.targetDisplay);
            break;
        case interop::ValueChoice::Action::Skip:
            what = Cli::tr("→ rows left out");
            break;
        }
        out << Cli::tr("%1 “%2” %3 (%4 rows; %5)")
                   .arg(interop::valueKindLabel(c.kind), c.value, what)
                   .arg(c.rows)
                   .arg(source)
            << '\n';
    }
    for (const interop::Unmatched& u : plan.unmatched) {
        out << Cli::tr("not matched: %1 “%2” (%3 rows)")
                   .arg(interop::valueKindLabel(u.valueKind()), u.value)
                   .arg(u.rows);
        if (!u.suggestions.isEmpty())
            out << Cli::tr(" — closest: %1").arg(u.suggestions.join(QStringLiteral("; ")));
        out << '\n';
    }
    out << Cli::tr("Rows: %1 to create, %2 to update, %3 unchanged, %4 with errors, %5 blank.")
               .arg(plan.count(RowAction::Create))
               .arg(plan.count(RowAction::Update))
               .arg(plan.count(RowAction::Unchanged))
               .arg(plan.count(RowAction::Error))
               .arg(plan.count(RowAction::Blank))
        << '\n';
    if (plan.count(RowAction::Skipped) > 0)
        out << Cli::tr("Rows left out as chosen: %1.").arg(plan.count(RowAction::Skipped)) << '\n';
    out.flush();
}

} // namespace

int runImportFourW(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"), Cli::tr("show what would change; write nothing"));
    const QCommandLineOption partner(QStringLiteral("partner"),
        Cli::tr("the organisation whose file this is"), QStringLiteral("ORG"));
    const QCommandLineOption mappingFile(QStringLiteral("mapping"),
        Cli::tr("column mapping file: one “Header = #hxl+tag” per line"), QStringLiteral("FILE"));
    const QCommandLineOption map(QStringLiteral("map"),
        Cli::tr("one column mapping “Header=#hxl+tag” (repeatable)"), QStringLiteral("MAPPING"));
    const QCommandLineOption rows(QStringLiteral("rows"),
        Cli::tr("print the action of every row (the dry run prints "
                "the rows that change)"));
    const QCommandLineOption month(QStringLiteral("month"),
        Cli::tr("the reporting month of the whole file, when it has no month column"),
        QStringLiteral("YYYY-MM"));
    const QCommandLineOption valueMap(QStringLiteral("value-map"),
        Cli::tr("value map file: one “kind: partner value = code or name” per line"),
        QStringLiteral("FILE"));
    const QCommandLineOption createOrgs(QStringLiteral("create-organisations"),
        Cli::tr("create the implementing organisations the registry does not know "
                "(national NGOs unless the file gives a type)"));
    const QCommandLineOption vocabulary(QStringLiteral("vocabulary"),
        Cli::tr("extra vocabulary file (synonyms of sectors, statuses …)"), QStringLiteral("FILE"));
    parser.addOptions(
        { dryRun, partner, mappingFile, map, rows, month, valueMap, createOrgs, vocabulary });
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("CSV or XLSX file"));
    if (auto stop
        = context.parse(parser, args, Cli::tr("Imports a 4W spreadsheet (HXL-tagged or mapped).")))
        return *stop;
    if (parser.positionalArguments().size() != 1) {
        context.err() << Cli::tr("error: give exactly one file to import") << '\n';
        return UsageError;
    }
    interop::ImportOptions options;
    options.partner = parser.value(partner);
    if (parser.isSet(mappingFile)) {
        QFile file(parser.value(mappingFile));
        if (!file.open(QIODevice::ReadOnly)) {
            context.err()
                << Cli::tr("error: cannot open %1: %2").arg(file.fileName(), file.errorString())
                << '\n';
            return Failure;
        }
        auto text = decodeText(file.readAll(), QFileInfo(file).fileName(), true);
        if (!text.ok())
            return context.fail(text.issues());
        auto parsed = interop::parseColumnMapping(text->text, QFileInfo(file).fileName());
        if (!parsed.ok())
            return context.fail(parsed.issues());
        options.mapping = *parsed;
    }
    options.month = parser.value(month);
    options.createOrganisations = parser.isSet(createOrgs);
    const auto readText = [&context](const QString& path) -> std::optional<QString> {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            context.err()
                << Cli::tr("error: cannot open %1: %2").arg(file.fileName(), file.errorString())
                << '\n';
            return std::nullopt;
        }
        auto text = decodeText(file.readAll(), QFileInfo(file).fileName(), true);
        if (!text.ok()) {
            context.report(text.issues());
            return std::nullopt;
        }
        return text->text;
    };
    if (parser.isSet(valueMap)) {
        const auto text = readText(parser.value(valueMap));
        if (!text)
            return Failure;
        auto parsed = interop::parseValueMap(*text, QFileInfo(parser.value(valueMap)).fileName());
        if (!parsed.ok())
            return context.fail(parsed.issues());
        options.values = *parsed;
    }
    if (parser.isSet(vocabulary)) {
        const auto text = readText(parser.value(vocabulary));
        if (!text)
            return Failure;
        auto parsed
            = interop::parseVocabulary(*text, QFileInfo(parser.value(vocabulary)).fileName());
        if (!parsed.ok())
            return context.fail(parsed.issues());
        options.vocabulary = *parsed;
    }
    for (const QString& expression : parser.values(map)) {
        const Status added = interop::addMappingExpression(options.mapping, expression);
        if (!added.ok()) {
            context.report(added.issues());
            return UsageError;
        }
    }
    Workspace* workspace = context.workspace({ .createIfMissing = false, .seedGazetteer = false });
    if (!workspace)
        return Failure;
    interop::ImportPlanner planner(workspace->registry());
    const auto progress
        = [&](const char* what) {
              return [&context, what](qint64 done, qint64 total) {
                  if (total >= 20000 && (done % 20000 == 0 || done == total))
                      context.err()
                          << QCoreApplication::translate("tansiq::cli", what).arg(done).arg(total)
                          << '\n'
                          << Qt::flush;
              };
          };
    const auto plan = planner.planFile(parser.positionalArguments().first(), options,
        progress(QT_TRANSLATE_NOOP("tansiq::cli", "planned %1 of %2 rows")));
    if (!plan.ok())
        return context.fail(plan.issues());
    printPlan(context, *plan, parser.isSet(rows) ? 2 : parser.isSet(dryRun) ? 1 : 0);
    if (parser.isSet(dryRun))
        return plan->canApply() ? Success : Failure;
    interop::ImportApplier applier(workspace->registry(), context.clock());
    const auto summary
        = applier.apply(*plan, progress(QT_TRANSLATE_NOOP("tansiq::cli", "wrote %1 of %2 rows")));
    if (!summary.ok())
        return context.fail(summary.issues());
    context.out() << Cli::tr("Imported: %1 created, %2 updated, %3 unchanged.")
                         .arg(summary->created)
                         .arg(summary->updated)
                         .arg(summary->unchanged)
                  << '\n';
    if (summary->skipped + summary->organisationsCreated + summary->projectsCreated > 0)
        context.out() << Cli::tr(
            "Left out: %1 rows; organisations created: %2; projects created: %3.")
                             .arg(summary->skipped)
                             .arg(summary->organisationsCreated)
                             .arg(summary->projectsCreated)
                      << '\n';
    return Success;
}

} // namespace tansiq::cli
