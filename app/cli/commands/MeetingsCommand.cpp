#include "app/cli/CliCommand.h"
#include "app/cli/commands/CoordinationCli.h"
#include "core/bulletin/CoordinationCollector.h"
#include "core/bulletin/MinutesDocument.h"
#include "core/io/TextDecoding.h"
#include "core/office/LocalOffice.h"
#include "core/registry/coordination/CoordinationNames.h"
#include "core/registry/coordination/CoordinationRegistry.h"
#include "core/registry/coordination/CoordinationTerms.h"

#include <QFile>

namespace tansiq::cli {

namespace {

void printMeeting(
    CliContext& context, const Meeting& m, const CoordinationNames& names, Registry& registry)
{
    QTextStream& out = context.out();
    out << Cli::tr("Meeting %1").arg(m.meta.id.toString(QUuid::WithoutBraces)) << '\n'
        << Cli::tr("  date: %1").arg(m.heldOn) << '\n'
        << Cli::tr("  title: %1").arg(m.title) << '\n'
        << Cli::tr("  working group: %1")
               .arg(m.groupId.isNull() ? Cli::tr("(general coordination meeting)")
                                       : names.group(m.groupId))
        << '\n';
    if (!m.adminPcode.isEmpty())
        out << Cli::tr("  place: %1 (%2)").arg(names.place(m.adminPcode), m.adminPcode) << '\n';
    if (!m.venue.isEmpty())
        out << Cli::tr("  venue: %1").arg(m.venue) << '\n';
    if (!m.chair.isEmpty())
        out << Cli::tr("  chair: %1").arg(m.chair) << '\n';
    QStringList attended;
    for (const QUuid& org : m.attendance)
        attended << names.organisation(org);
    out << Cli::tr("  attended: %1")
               .arg(attended.isEmpty() ? Cli::tr("(none recorded)")
                                       : attended.join(QStringLiteral(", ")))
        << '\n';
    if (!m.agenda.isEmpty())
        out << Cli::tr("  agenda:") << '\n'
            << QStringLiteral("    ")
            << QString(m.agenda).replace(QLatin1Char('\n'), QStringLiteral("\n    ")) << '\n';
    out << Cli::tr("  decisions:") << '\n';
    for (qsizetype i = 0; i < m.decisions.size(); ++i) {
        const MeetingDecision& d = m.decisions.at(i);
        QStringList about;
        if (!d.sectorId.isNull())
            about << names.sector(d.sectorId);
        if (!d.adminPcode.isEmpty())
            about << names.place(d.adminPcode);
        if (!d.needId.isNull())
            about << Cli::tr("need: %1").arg(names.need(d.needId));
        out << QStringLiteral("    %1. %2").arg(i + 1).arg(d.text)
            << (about.isEmpty() ? QString()
                                : QStringLiteral(" [%1]").arg(about.join(QStringLiteral(", "))))
            << '\n';
    }
    ActionPointFilter filter;
    filter.meetingId = m.meta.id;
    out << Cli::tr("  action points:") << '\n';
    const QString today = coordcli::today(context);
    for (const ActionPoint& a : CoordinationRegistry(registry).actions().list(filter)) {
        out << QStringLiteral("    %1  %2  %3  %4  %5%6")
                   .arg(coordcli::shortId(a.meta.id), a.dueOn,
                       coordinationLabel(
                           CoordinationTerm::ActionStatus, a.status, Language::English),
                       names.organisation(a.orgId), a.text,
                       a.isOverdue(today) ? Cli::tr("  [overdue]") : QString())
            << '\n';
    }
}

int list(CliContext& context, Registry& registry, const QCommandLineParser& parser,
    const QCommandLineOption& month, const QCommandLineOption& group)
{
    QUuid groupId;
    if (parser.isSet(group)) {
        groupId = coordcli::findGroup(context, registry, parser.value(group));
        if (groupId.isNull())
            return UsageError;
    }
    const CoordinationNames names(registry, Language::English);
    const QList<Meeting> meetings
        = CoordinationRegistry(registry).meetings().list(parser.value(month), groupId);
    if (meetings.isEmpty())
        context.out() << Cli::tr("No meetings.") << '\n';
    for (const Meeting& m : meetings) {
        context.out() << QStringLiteral("%1  %2  %3  %4")
                             .arg(coordcli::shortId(m.meta.id), m.heldOn, m.title,
                                 m.groupId.isNull() ? Cli::tr("(general)") : names.group(m.groupId))
                      << "  "
                      << Cli::tr("decisions: %1, organisations attended: %2")
                             .arg(m.decisions.size())
                             .arg(m.attendance.size())
                      << '\n';
    }
    return Success;
}

struct LinkOptions {
    const QCommandLineOption& sector;
    const QCommandLineOption& place;
    const QCommandLineOption& need;
};

// `meetings decision ID N --sector CODE --place PCODE --need ID`: sets what decision N (from 1,
// in the meeting's order) is about; "-" clears a link, an option left out keeps it.
int linkDecision(CliContext& context, Registry& registry, const QStringList& positional,
    const QCommandLineParser& parser, const LinkOptions& o)
{
    const QUuid id = coordcli::findMeeting(context, registry, positional.value(1));
    if (id.isNull())
        return UsageError;
    CoordinationRegistry coordination(registry);
    std::optional<Meeting> meeting = coordination.meetings().get(id);
    bool isNumber = false;
    const int n = positional.value(2).toInt(&isNumber);
    if (!isNumber || n < 1 || n > meeting->decisions.size()) {
        context.err() << Cli::tr("error: the meeting has %1 decisions; “%2” is not one of them")
                             .arg(meeting->decisions.size())
                             .arg(positional.value(2))
                      << '\n';
        return UsageError;
    }
    if (!parser.isSet(o.sector) && !parser.isSet(o.place) && !parser.isSet(o.need)) {
        context.err() << Cli::tr("error: give --sector, --place or --need (- clears a link)")
                      << '\n';
        return UsageError;
    }
    MeetingDecision& d = meeting->decisions[n - 1];
    const auto cleared
        = [&](const QCommandLineOption& option) { return parser.value(option).trimmed() == u"-"; };
    if (parser.isSet(o.sector)) {
        d.sectorId = cleared(o.sector)
            ? QUuid()
            : coordcli::findSector(context, registry, parser.value(o.sector));
        if (d.sectorId.isNull() && !cleared(o.sector))
            return UsageError;
    }
    if (parser.isSet(o.place))
        d.adminPcode = cleared(o.place) ? QString() : parser.value(o.place).trimmed();
    if (parser.isSet(o.need)) {
        d.needId = cleared(o.need) ? QUuid()
                                   : coordcli::findNeed(context, registry, parser.value(o.need));
        if (d.needId.isNull() && !cleared(o.need))
            return UsageError;
    }
    const Status updated = coordination.meetings().update(*meeting);
    if (!updated.ok())
        return context.fail(updated.issues());
    const CoordinationNames names(registry, Language::English);
    QStringList about;
    if (!d.sectorId.isNull())
        about << Cli::tr("sector %1").arg(names.sector(d.sectorId));
    if (!d.adminPcode.isEmpty())
        about << Cli::tr("place %1 (%2)").arg(names.place(d.adminPcode), d.adminPcode);
    if (!d.needId.isNull())
        about << Cli::tr("need %1").arg(names.need(d.needId));
    context.out() << Cli::tr("Decision %1 of meeting %2 is about: %3.")
                         .arg(n)
                         .arg(coordcli::shortId(id),
                             about.isEmpty() ? Cli::tr("nothing in particular")
                                             : about.join(QStringLiteral("; ")))
                  << '\n';
    return Success;
}

} // namespace

int runMeetings(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption month(QStringLiteral("month"),
        Cli::tr("list: only meetings held in this month"), QStringLiteral("YYYY-MM"));
    const QCommandLineOption group(QStringLiteral("group"),
        Cli::tr("the working group (name or id); none: a general coordination meeting"),
        QStringLiteral("GROUP"));
    const QCommandLineOption date(
        QStringLiteral("date"), Cli::tr("add: the meeting date"), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption title(
        QStringLiteral("title"), Cli::tr("add: the meeting title"), QStringLiteral("TEXT"));
    const QCommandLineOption place(QStringLiteral("place"),
        Cli::tr("add: the place P-code; decision: the place the decision is about (- for none)"),
        QStringLiteral("PCODE"));
    const QCommandLineOption sector(QStringLiteral("sector"),
        Cli::tr("decision: the sector the decision is about, by code (- for none)"),
        QStringLiteral("CODE"));
    const QCommandLineOption need(QStringLiteral("need"),
        Cli::tr("decision: the need (gap) the decision is about, by id (- for none)"),
        QStringLiteral("ID"));
    const QCommandLineOption venue(
        QStringLiteral("venue"), Cli::tr("add: where it was held"), QStringLiteral("TEXT"));
    const QCommandLineOption chair(
        QStringLiteral("chair"), Cli::tr("add: who chaired it"), QStringLiteral("TEXT"));
    const QCommandLineOption agenda(
        QStringLiteral("agenda"), Cli::tr("add: the agenda"), QStringLiteral("TEXT"));
    const QCommandLineOption minutesFile(QStringLiteral("minutes-file"),
        Cli::tr("add: the minutes, as HTML or plain text from a file"), QStringLiteral("FILE"));
    const QCommandLineOption attended(QStringLiteral("attended"),
        Cli::tr("add: an organisation that attended (repeatable)"), QStringLiteral("ORG"));
    const QCommandLineOption decision(QStringLiteral("decision"),
        Cli::tr("add: a decision (repeatable, in order)"), QStringLiteral("TEXT"));
    const QCommandLineOption pdf(QStringLiteral("pdf"), Cli::tr("minutes: the PDF file to write"),
        QStringLiteral("FILE.pdf"));
    const QCommandLineOption lang(QStringLiteral("lang"),
        Cli::tr("minutes: language of the PDF, ar or en"), QStringLiteral("LANG"),
        QStringLiteral("ar"));
    parser.addOptions({ month, group, date, title, place, sector, need, venue, chair, agenda,
        minutesFile, attended, decision, pdf, lang });
    parser.addPositionalArgument(QStringLiteral("action"),
        Cli::tr(
            "list, show ID, add, decision ID N (links decision N to a sector, place or need), or "
            "minutes ID"));
    if (auto stop = context.parse(parser, args,
            Cli::tr("Lists, shows and records coordination meetings with their attendance and "
                    "decisions, and prints their minutes as PDF.")))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0, QStringLiteral("list"));
    Workspace* workspace = context.workspace({ .createIfMissing = false, .seedGazetteer = false });
    if (!workspace)
        return Failure;
    Registry& registry = workspace->registry();
    if (action == u"list")
        return list(context, registry, parser, month, group);
    if (action == u"show" || action == u"minutes") {
        const QUuid id = coordcli::findMeeting(context, registry, positional.value(1));
        if (id.isNull())
            return UsageError;
        if (action == u"show") {
            printMeeting(context, *CoordinationRegistry(registry).meetings().get(id),
                CoordinationNames(registry, Language::English), registry);
            return Success;
        }
        const QString langName = parser.value(lang).toLower();
        if (!parser.isSet(pdf) || (langName != u"ar" && langName != u"en")) {
            context.err() << Cli::tr("error: give --pdf FILE and --lang ar|en") << '\n';
            return UsageError;
        }
        const Language language = langName == u"ar" ? Language::Arabic : Language::English;
        auto data = report::collectMinutes(
            registry, id, language, LocalOffice::name(workspace->database(), language));
        if (!data.ok())
            return context.fail(data.issues());
        const Status written = report::MinutesDocument::writePdf(data.value(), parser.value(pdf));
        if (!written.ok())
            return context.fail(written.issues());
        context.out() << Cli::tr("Minutes written to %1.").arg(parser.value(pdf)) << '\n';
        return Success;
    }
    if (action == u"decision")
        return linkDecision(context, registry, positional, parser, { sector, place, need });
    if (action != u"add") {
        context.err() << Cli::tr(
            "error: unknown action “%1” (list, show, add, decision or minutes)")
                             .arg(action)
                      << '\n';
        return UsageError;
    }
    Meeting m;
    m.heldOn = parser.value(date);
    m.title = parser.value(title);
    m.adminPcode = parser.value(place);
    m.venue = parser.value(venue);
    m.chair = parser.value(chair);
    m.agenda = parser.value(agenda);
    if (parser.isSet(group)) {
        m.groupId = coordcli::findGroup(context, registry, parser.value(group));
        if (m.groupId.isNull())
            return UsageError;
    }
    if (parser.isSet(minutesFile)) {
        // Minutes saved from a word processor as text or HTML: UTF-8, UTF-16 or Arabic Windows,
        // never a binary file, and no larger than the minutes field can hold.
        const QString path = parser.value(minutesFile);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            context.err() << Cli::tr("error: cannot read “%1”").arg(path) << '\n';
            return Failure;
        }
        constexpr qint64 kMaxMinutesBytes = 2 * 1024 * 1024;
        if (file.size() > kMaxMinutesBytes) {
            context.err() << Cli::tr("error: “%1” is too large for minutes (%2 MB; at most 2 MB)")
                                 .arg(path)
                                 .arg(double(file.size()) / (1024 * 1024), 0, 'f', 1)
                          << '\n';
            return Failure;
        }
        const Result<DecodedText> decoded = decodeText(file.readAll(), path, true);
        if (!decoded.ok())
            return context.fail(decoded.issues());
        m.minutes = decoded.value().text;
    }
    for (const QString& org : parser.values(attended)) {
        const QUuid id = coordcli::findOrganisation(context, registry, org);
        if (id.isNull())
            return UsageError;
        m.attendance << id;
    }
    for (const QString& text : parser.values(decision))
        m.decisions << MeetingDecision { QUuid(), text, QUuid(), QString(), QUuid() };
    const auto created = CoordinationRegistry(registry).meetings().create(m);
    if (!created.ok())
        return context.fail(created.issues());
    context.report(created.issues());
    context.out()
        << Cli::tr("Meeting %1 recorded.").arg(created.value().toString(QUuid::WithoutBraces))
        << '\n';
    return Success;
}

} // namespace tansiq::cli
