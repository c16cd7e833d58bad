#include "app/cli/CliCommand.h"
#include "app/cli/commands/CoordinationCli.h"
#include "core/registry/coordination/CoordinationNames.h"
#include "core/registry/coordination/CoordinationRegistry.h"
#include "core/registry/coordination/CoordinationTerms.h"

namespace tansiq::cli {

int runGroups(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption nameEn(
        QStringLiteral("name-en"), Cli::tr("add: the English name"), QStringLiteral("TEXT"));
    const QCommandLineOption nameAr(
        QStringLiteral("name-ar"), Cli::tr("add: the Arabic name"), QStringLiteral("TEXT"));
    const QCommandLineOption sector(QStringLiteral("sector"),
        Cli::tr("add: the sector code; none: cross-sector"), QStringLiteral("CODE"));
    const QCommandLineOption area(QStringLiteral("area"),
        Cli::tr("add: the governorate or district P-code"), QStringLiteral("PCODE"));
    const QCommandLineOption cadence(QStringLiteral("cadence"),
        Cli::tr("add: weekly, fortnightly, monthly, quarterly or as_needed"),
        QStringLiteral("CADENCE"), QStringLiteral("monthly"));
    const QCommandLineOption member(QStringLiteral("member"),
        Cli::tr("add: a member organisation, ORG or ORG:lead or ORG:co_lead (repeatable)"),
        QStringLiteral("ORG[:ROLE]"));
    parser.addOptions({ nameEn, nameAr, sector, area, cadence, member });
    parser.addPositionalArgument(QStringLiteral("action"), Cli::tr("list or add"));
    if (auto stop = context.parse(parser, args,
            Cli::tr("Lists and records working groups: sector, area, cadence, lead, co-lead and "
                    "member organisations.")))
        return *stop;
    const QString action = parser.positionalArguments().value(0, QStringLiteral("list"));
    Workspace* workspace = context.workspace({ .createIfMissing = false, .seedGazetteer = false });
    if (!workspace)
        return Failure;
    Registry& registry = workspace->registry();
    if (action == u"list") {
        const CoordinationNames names(registry, Language::English);
        const QList<WorkingGroup> groups = CoordinationRegistry(registry).groups().list();
        if (groups.isEmpty())
            context.out() << Cli::tr("No working groups.") << '\n';
        for (const WorkingGroup& g : groups) {
            QStringList members;
            for (const WorkingGroupMember& m : g.members)
                members << (m.role == u"member"
                        ? names.organisation(m.orgId)
                        : QStringLiteral("%1 (%2)").arg(names.organisation(m.orgId),
                            coordinationLabel(
                                CoordinationTerm::MemberRole, m.role, Language::English)));
            context.out() << QStringLiteral("%1  %2  %3  %4  %5")
                                 .arg(coordcli::shortId(g.meta.id), g.nameEn,
                                     g.sectorId.isNull() ? Cli::tr("cross-sector")
                                                         : names.sector(g.sectorId),
                                     names.place(g.adminPcode),
                                     coordinationLabel(
                                         CoordinationTerm::Cadence, g.cadence, Language::English))
                          << '\n'
                          << QStringLiteral("    ") << members.join(QStringLiteral(", ")) << '\n';
        }
        return Success;
    }
    if (action != u"add") {
        context.err() << Cli::tr("error: unknown action “%1” (list or add)").arg(action) << '\n';
        return UsageError;
    }
    WorkingGroup g;
    g.nameEn = parser.value(nameEn);
    g.nameAr = parser.value(nameAr);
    g.adminPcode = parser.value(area);
    g.cadence = matchCoordinationTerm(CoordinationTerm::Cadence, parser.value(cadence))
                    .value_or(parser.value(cadence));
    if (parser.isSet(sector)) {
        g.sectorId = coordcli::findSector(context, registry, parser.value(sector));
        if (g.sectorId.isNull())
            return UsageError;
    }
    for (const QString& spec : parser.values(member)) {
        const QStringList parts = spec.split(QLatin1Char(':'));
        const QUuid org = coordcli::findOrganisation(context, registry, parts.value(0));
        if (org.isNull())
            return UsageError;
        g.members << WorkingGroupMember { org, parts.value(1, QStringLiteral("member")) };
    }
    const auto created = CoordinationRegistry(registry).groups().create(g);
    if (!created.ok())
        return context.fail(created.issues());
    context.out()
        << Cli::tr("Working group %1 recorded.").arg(created.value().toString(QUuid::WithoutBraces))
        << '\n';
    return Success;
}

} // namespace tansiq::cli
