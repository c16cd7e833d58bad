// tansiq-cli registrations list|add|set: partner registrations (issue 16, item 5).

#include "app/cli/CliCommand.h"
#include "app/cli/CliContext.h"
#include "app/cli/commands/RegistrationsCli.h"
#include "core/browse/RegistrationLabels.h"
#include "core/browse/RegistrationWatch.h"
#include "core/common/Dates.h"
#include "core/interop/RegistrationExporter.h"
#include "core/registry/Registry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace tansiq::cli {

namespace {

// "Today" for the lists: the system clock, or --today for a report as of another day.
class DayClock final : public Clock {
public:
    explicit DayClock(qint64 ms) : m_ms(ms) { }
    qint64 nowMs() const override { return m_ms; }

private:
    qint64 m_ms;
};

int list(CliContext& context, Workspace& workspace, const QCommandLineParser& parser,
    const RegistrationOptions& options)
{
    qint64 now = context.clock().nowMs();
    if (parser.isSet(options.today)) {
        const auto day = dates::parseIsoDate(parser.value(options.today));
        if (!day) {
            context.err() << Cli::tr("error: --today needs a date written YYYY-MM-DD") << '\n';
            return UsageError;
        }
        now = QDateTime(*day, QTime(12, 0)).toMSecsSinceEpoch();
    }
    int days = browse::RegistrationWatch::kDefaultExpiringDays;
    if (parser.isSet(options.expiring)) {
        bool ok = false;
        days = parser.value(options.expiring).toInt(&ok);
        if (!ok || days < 0) {
            context.err() << Cli::tr("error: --expiring needs a number of days") << '\n';
            return UsageError;
        }
    }
    const DayClock clock(now);
    const browse::RegistrationWatch watch(workspace.database(), clock);
    QList<browse::OrganisationStanding> rows;
    if (parser.isSet(options.expiring))
        rows = watch.expiring(days);
    else if (parser.isSet(options.missing))
        rows = watch.withoutCurrent();
    else
        rows = watch.standings(days);
    const Language language = languageOf(parser, options);
    if (parser.isSet(options.out)) {
        const QString path = parser.value(options.out);
        auto sink = path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive)
            ? interop::TableSink::xlsx(path)
            : interop::TableSink::csv(path);
        const Status written = interop::RegistrationExporter::write(*sink, rows, language);
        if (!written.ok())
            return context.fail(written.issues());
        context.out()
            << Cli::tr("Exported %n organisations to %1.", nullptr, int(rows.size())).arg(path)
            << '\n';
        return Success;
    }
    if (rows.isEmpty()) {
        context.out() << Cli::tr("No organisation to list.") << '\n';
        return Success;
    }
    for (const browse::OrganisationStanding& s : rows) {
        const QString id
            = s.registration ? s.registration->meta.id.toString(QUuid::WithoutBraces) : QString();
        context.out() << (s.flagged() ? QStringLiteral("! ") : QStringLiteral("  ")) << s.acronym
                      << '\t' << browse::standingLabel(s.standing, language) << '\t'
                      << (s.registration ? s.registration->number : QString()) << '\t'
                      << (s.registration ? s.registration->expiresOn : QString()) << '\t'
                      << browse::standingDetail(s, language) << '\t' << id << '\n';
    }
    return Success;
}

} // namespace

Language languageOf(const QCommandLineParser& parser, const RegistrationOptions& options)
{
    if (parser.isSet(options.lang))
        return parser.value(options.lang).toLower() == u"ar" ? Language::Arabic : Language::English;
    return QLocale().language() == QLocale::Arabic ? Language::Arabic : Language::English;
}

int runRegistrations(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    RegistrationOptions options;
    options.addTo(parser);
    parser.addPositionalArgument(
        QStringLiteral("action"), Cli::tr("list (the default), add, or set REGISTRATION-ID"));
    if (auto stop = context.parse(parser, args,
            Cli::tr(
                "Partner registrations with the Ministry of Social Affairs and Labour, its "
                "directorates or another authority. list shows every organisation's standing "
                "(! marks those to follow up); --expiring DAYS only registrations that expire "
                "within DAYS days or have expired; --missing only active organisations without a "
                "current registration.")))
        return *stop;
    if (parser.isSet(options.lang) && parser.value(options.lang).toLower() != u"ar"
        && parser.value(options.lang).toLower() != u"en") {
        context.err() << Cli::tr("error: --lang is ar or en") << '\n';
        return UsageError;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0, QStringLiteral("list"));
    Workspace* workspace = context.workspace({ .createIfMissing = false, .seedGazetteer = false });
    if (!workspace)
        return Failure;
    if (action == u"list")
        return list(context, *workspace, parser, options);
    if (action == u"add")
        return addRegistration(context, workspace->registry(), parser, options);
    if (action == u"set")
        return setRegistration(
            context, workspace->registry(), parser, options, positional.value(1));
    context.err() << Cli::tr("error: unknown action “%1”; use list, add or set").arg(action)
                  << '\n';
    return UsageError;
}

} // namespace tansiq::cli
