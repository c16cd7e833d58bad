#include "app/cli/CliCommand.h"
#include "app/cli/commands/CoordinationCli.h"
#include "core/registry/coordination/CoordinationNames.h"
#include "core/registry/coordination/CoordinationRegistry.h"
#include "core/registry/coordination/CoordinationTerms.h"

#include <algorithm>

namespace tansiq::cli {

namespace {

int list(CliContext& context, Registry& registry, const QString& month, const QUuid& org)
{
    const CoordinationNames names(registry, Language::English);
    const QString today = coordcli::today(context);
    CoordinationRegistry coordination(registry);
    int shown = 0;
    for (const MonitoringVisit& v : coordination.visits().list(month)) {
        if (!org.isNull() && v.visitingOrgId != org)
            continue;
        ++shown;
        ActionPointFilter filter;
        filter.visitId = v.meta.id;
        const QList<ActionPoint> points = coordination.actions().list(filter);
        const auto overdue = std::count_if(points.cbegin(), points.cend(),
            [&](const ActionPoint& a) { return a.isOverdue(today); });
        const QString visited = v.projectId.isNull()
            ? Cli::tr("activity %1").arg(coordcli::shortId(v.activityId))
            : names.projectCode(v.projectId);
        context.out() << QStringLiteral("%1  %2  %3  %4  %5  %6")
                             .arg(coordcli::shortId(v.meta.id), v.visitedOn, visited,
                                 names.place(v.adminPcode), names.organisation(v.visitingOrgId),
                                 coordinationLabel(
                                     CoordinationTerm::VisitRating, v.rating, Language::English))
                      << "  " << Cli::tr("follow-up action points: %1").arg(points.size())
                      << (overdue > 0 ? Cli::tr("  [%1 overdue]").arg(overdue) : QString()) << '\n';
        if (!v.findings.isEmpty())
            context.out() << QStringLiteral(
                "    ") << QString(v.findings).replace(QLatin1Char('\n'), QStringLiteral("\n    "))
                          << '\n';
    }
    if (shown == 0)
        context.out() << Cli::tr("No monitoring visits.") << '\n';
    return Success;
}

} // namespace

int runVisits(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption month(QStringLiteral("month"),
        Cli::tr("list: only visits in this month"), QStringLiteral("YYYY-MM"));
    const QCommandLineOption org(QStringLiteral("org"),
        Cli::tr("the visiting organisation (acronym); list: only its visits"),
        QStringLiteral("ORG"));
    const QCommandLineOption date(
        QStringLiteral("date"), Cli::tr("add: the visit date"), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption project(QStringLiteral("project"),
        Cli::tr("add: the project visited (code)"), QStringLiteral("CODE"));
    const QCommandLineOption activity(QStringLiteral("activity"),
        Cli::tr("add: the activity visited (id)"), QStringLiteral("ID"));
    const QCommandLineOption place(
        QStringLiteral("place"), Cli::tr("add: the place P-code"), QStringLiteral("PCODE"));
    const QCommandLineOption rating(QStringLiteral("rating"),
        Cli::tr("add: on_track, delays or serious_problems"), QStringLiteral("RATING"));
    const QCommandLineOption findings(
        QStringLiteral("findings"), Cli::tr("add: what the visit found"), QStringLiteral("TEXT"));
    parser.addOptions({ month, org, date, project, activity, place, rating, findings });
    parser.addPositionalArgument(QStringLiteral("action"), Cli::tr("list or add"));
    if (auto stop = context.parse(parser, args,
            Cli::tr(
                "Lists and records monitoring visits to projects and activities: the place, the "
                "visiting organisation, the rating of implementation and the findings. Their "
                "follow-up action points are recorded with actions add --visit ID.")))
        return *stop;
    const QString action = parser.positionalArguments().value(0, QStringLiteral("list"));
    if (action != u"list" && action != u"add") {
        context.err() << Cli::tr("error: unknown action “%1” (list or add)").arg(action) << '\n';
        return UsageError;
    }
    Workspace* workspace = context.workspace({ .createIfMissing = false, .seedGazetteer = false });
    if (!workspace)
        return Failure;
    Registry& registry = workspace->registry();
    QUuid orgId;
    if (parser.isSet(org)) {
        orgId = coordcli::findOrganisation(context, registry, parser.value(org));
        if (orgId.isNull())
            return UsageError;
    }
    if (action == u"list")
        return list(context, registry, parser.value(month), orgId);

    MonitoringVisit v;
    v.visitedOn = parser.value(date);
    v.visitingOrgId = orgId;
    v.adminPcode = parser.value(place);
    v.findings = parser.value(findings);
    if (parser.isSet(rating)) {
        const QString wanted = parser.value(rating);
        v.rating = matchCoordinationTerm(CoordinationTerm::VisitRating, wanted).value_or(wanted);
    }
    if (parser.isSet(project)) {
        v.projectId = coordcli::findProject(context, registry, parser.value(project));
        if (v.projectId.isNull())
            return UsageError;
    }
    if (parser.isSet(activity)) {
        const QString text = parser.value(activity).trimmed();
        v.activityId = QUuid(text);
        if (v.activityId.isNull()) {
            context.err() << Cli::tr("error: “%1” is not an activity id").arg(text) << '\n';
            return UsageError;
        }
    }
    const auto created = CoordinationRegistry(registry).visits().create(v);
    if (!created.ok())
        return context.fail(created.issues());
    context.out() << Cli::tr("Monitoring visit %1 recorded.")
                         .arg(created.value().toString(QUuid::WithoutBraces))
                  << '\n';
    return Success;
}

} // namespace tansiq::cli
