#include "app/cli/CliCommand.h"
#include "app/cli/commands/CoordinationCli.h"
#include "core/interop/ActionPointExporter.h"
#include "core/registry/coordination/CoordinationNames.h"
#include "core/registry/coordination/CoordinationRegistry.h"
#include "core/registry/coordination/CoordinationTerms.h"

#include <QDateTime>
#include <QTimeZone>

namespace tansiq::cli {

namespace {

int list(CliContext& context, Registry& registry, const ActionPointFilter& filter)
{
    const CoordinationNames names(registry, Language::English);
    const QString today = coordcli::today(context);
    const QList<ActionPoint> points = CoordinationRegistry(registry).actions().list(filter);
    if (points.isEmpty())
        context.out() << (filter.overdueOn.isEmpty() ? Cli::tr("No action points.")
                                                     : Cli::tr("No overdue action points."))
                      << '\n';
    for (const ActionPoint& a : points) {
        context.out() << QStringLiteral("%1  %2  %3  %4  %5")
                             .arg(coordcli::shortId(a.meta.id), a.dueOn,
                                 coordinationLabel(
                                     CoordinationTerm::ActionStatus, a.status, Language::English)
                                     .leftJustified(11),
                                 names.organisation(a.orgId).leftJustified(8), a.text)
                      << (a.isOverdue(today) ? Cli::tr("  [overdue]") : QString());
        if (!a.meetingId.isNull())
            context.out() << Cli::tr("  (meeting %1)").arg(names.meeting(a.meetingId));
        if (!a.visitId.isNull())
            context.out() << Cli::tr("  (visit %1)").arg(names.visit(a.visitId));
        context.out() << '\n';
    }
    return Success;
}

} // namespace

int runActions(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption overdue(QStringLiteral("overdue"),
        Cli::tr("list, export: only action points open or in progress past their due date"));
    const QCommandLineOption org(QStringLiteral("org"),
        Cli::tr("the responsible organisation (acronym)"), QStringLiteral("ORG"));
    const QCommandLineOption meeting(
        QStringLiteral("meeting"), Cli::tr("the meeting that set it (id)"), QStringLiteral("ID"));
    const QCommandLineOption visit(QStringLiteral("visit"),
        Cli::tr("the monitoring visit it follows up (id)"), QStringLiteral("ID"));
    const QCommandLineOption text(
        QStringLiteral("text"), Cli::tr("add: what is to be done"), QStringLiteral("TEXT"));
    const QCommandLineOption due(
        QStringLiteral("due"), Cli::tr("add: the due date"), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption sector(
        QStringLiteral("sector"), Cli::tr("add: a sector code"), QStringLiteral("CODE"));
    const QCommandLineOption place(
        QStringLiteral("place"), Cli::tr("add: a place P-code"), QStringLiteral("PCODE"));
    const QCommandLineOption note(QStringLiteral("note"),
        Cli::tr("set-status: a note kept in the history"), QStringLiteral("TEXT"));
    const QCommandLineOption out(
        QStringLiteral("out"), Cli::tr("export: the file to write"), QStringLiteral("FILE"));
    const QCommandLineOption format(QStringLiteral("format"), Cli::tr("export: csv or xlsx"),
        QStringLiteral("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption lang(QStringLiteral("lang"),
        Cli::tr("export: language of the header row and names, ar or en"), QStringLiteral("LANG"),
        QStringLiteral("ar"));
    parser.addOptions(
        { overdue, org, meeting, visit, text, due, sector, place, note, out, format, lang });
    parser.addPositionalArgument(QStringLiteral("action"),
        Cli::tr("list, add, set-status ID STATUS, history ID, or export"));
    if (auto stop = context.parse(parser, args,
            Cli::tr("Lists, records and follows action points: open, in progress, done or dropped, "
                    "with their history; overdue ones are marked.")))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0, QStringLiteral("list"));
    Workspace* workspace = context.workspace({ .createIfMissing = false, .seedGazetteer = false });
    if (!workspace)
        return Failure;
    Registry& registry = workspace->registry();
    CoordinationRegistry coordination(registry);
    ActionPointRepository& actions = coordination.actions();

    ActionPointFilter filter;
    if (parser.isSet(overdue))
        filter.overdueOn = coordcli::today(context);
    if (parser.isSet(org)) {
        filter.orgId = coordcli::findOrganisation(context, registry, parser.value(org));
        if (filter.orgId.isNull())
            return UsageError;
    }
    if (parser.isSet(meeting)) {
        filter.meetingId = coordcli::findMeeting(context, registry, parser.value(meeting));
        if (filter.meetingId.isNull())
            return UsageError;
    }
    if (parser.isSet(visit)) {
        filter.visitId = coordcli::findVisit(context, registry, parser.value(visit));
        if (filter.visitId.isNull())
            return UsageError;
    }
    if (action == u"list")
        return list(context, registry, filter);
    if (action == u"export") {
        const QString formatName = parser.value(format).toLower();
        const QString langName = parser.value(lang).toLower();
        if (!parser.isSet(out) || (formatName != u"csv" && formatName != u"xlsx")
            || (langName != u"ar" && langName != u"en")) {
            context.err() << Cli::tr("error: give --out FILE, --format csv|xlsx and --lang ar|en")
                          << '\n';
            return UsageError;
        }
        auto sink = formatName == u"csv" ? interop::TableSink::csv(parser.value(out))
                                         : interop::TableSink::xlsx(parser.value(out));
        const auto rows = interop::ActionPointExporter(registry).write(*sink, filter,
            langName == u"ar" ? Language::Arabic : Language::English, coordcli::today(context));
        if (!rows.ok())
            return context.fail(rows.issues());
        context.out()
            << Cli::tr("Exported %1 action points to %2.").arg(rows.value()).arg(parser.value(out))
            << '\n';
        return Success;
    }
    if (action == u"add") {
        ActionPoint a;
        a.text = parser.value(text);
        a.orgId = filter.orgId;
        a.dueOn = parser.value(due);
        a.meetingId = filter.meetingId;
        a.visitId = filter.visitId;
        a.adminPcode = parser.value(place);
        if (parser.isSet(sector)) {
            a.sectorId = coordcli::findSector(context, registry, parser.value(sector));
            if (a.sectorId.isNull())
                return UsageError;
        }
        const auto created = actions.create(a);
        if (!created.ok())
            return context.fail(created.issues());
        context.out() << Cli::tr("Action point %1 recorded.")
                             .arg(created.value().toString(QUuid::WithoutBraces))
                      << '\n';
        return Success;
    }
    if (action == u"set-status" || action == u"history") {
        const QUuid id = coordcli::findActionPoint(context, registry, positional.value(1));
        if (id.isNull())
            return UsageError;
        if (action == u"history") {
            for (const ActionPointStatusChange& change : actions.history(id)) {
                const QString when = QDateTime::fromMSecsSinceEpoch(change.at, Qt::UTC)
                                         .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
                context.out() << QStringLiteral("%1  %2 → %3  %4")
                                     .arg(when,
                                         change.fromStatus.isEmpty() ? QStringLiteral("·")
                                                                     : change.fromStatus,
                                         change.toStatus, change.note)
                              << '\n';
            }
            return Success;
        }
        const QString wanted = positional.value(2);
        const QString status
            = matchCoordinationTerm(CoordinationTerm::ActionStatus, wanted).value_or(wanted);
        const Status changed = actions.setStatus(id, status, parser.value(note));
        if (!changed.ok())
            return context.fail(changed.issues());
        context.out() << Cli::tr("Action point %1 is now %2.")
                             .arg(coordcli::shortId(id),
                                 coordinationLabel(
                                     CoordinationTerm::ActionStatus, status, Language::English))
                      << '\n';
        return Success;
    }
    context.err() << Cli::tr(
        "error: unknown action “%1” (list, add, set-status, history or export)")
                         .arg(action)
                  << '\n';
    return UsageError;
}

} // namespace tansiq::cli
