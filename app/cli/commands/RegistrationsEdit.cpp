// tansiq-cli registrations add|set: through the repository (validated, named errors).

#include "app/cli/CliCommand.h"
#include "app/cli/commands/RegistrationsCli.h"
#include "core/registry/Registry.h"

namespace tansiq::cli {

namespace {

// Options given on the command line replace the registration's fields; the rest stay.
void apply(PartnerRegistration& r, const QCommandLineParser& parser, const RegistrationOptions& o)
{
    if (parser.isSet(o.authority))
        r.authority = parser.value(o.authority);
    if (parser.isSet(o.authorityName))
        r.authorityName = parser.value(o.authorityName);
    if (parser.isSet(o.number))
        r.number = parser.value(o.number);
    if (parser.isSet(o.date))
        r.registeredOn = parser.value(o.date);
    if (parser.isSet(o.expires))
        r.expiresOn = parser.value(o.expires);
    if (parser.isSet(o.status))
        r.status = parser.value(o.status);
}

} // namespace

int addRegistration(CliContext& context, Registry& registry, const QCommandLineParser& parser,
    const RegistrationOptions& options)
{
    const QString acronym = parser.value(options.org);
    PartnerRegistration r;
    for (const Organisation& org : registry.organisations().list()) {
        if (org.acronym.compare(acronym, Qt::CaseInsensitive) == 0)
            r.orgId = org.meta.id;
    }
    if (r.orgId.isNull()) {
        context.report(
            { Issue::error(QStringLiteral("unknown-organisation"), Cli::tr("organisation"), acronym,
                Cli::tr("No organisation has the acronym “%1”.").arg(acronym)) });
        return UsageError;
    }
    apply(r, parser, options);
    const Result<QUuid> created = registry.registrations().create(r);
    if (!created.ok())
        return context.fail(created.issues());
    context.report(created.issues());
    context.out()
        << Cli::tr("Added registration %1.").arg(created.value().toString(QUuid::WithoutBraces))
        << '\n';
    return Success;
}

int setRegistration(CliContext& context, Registry& registry, const QCommandLineParser& parser,
    const RegistrationOptions& options, const QString& id)
{
    const QUuid uuid = QUuid::fromString(id);
    std::optional<PartnerRegistration> r;
    if (!uuid.isNull())
        r = registry.registrations().get(uuid);
    if (!r || r->meta.deleted) {
        context.report(
            { Issue::error(QStringLiteral("unknown-registration"), Cli::tr("registration"), id,
                Cli::tr("No registration has the id “%1” (list them with "
                        "“tansiq-cli registrations list”).")
                    .arg(id)) });
        return UsageError;
    }
    apply(*r, parser, options);
    const Status updated = registry.registrations().update(*r);
    if (!updated.ok())
        return context.fail(updated.issues());
    context.report(updated.issues());
    context.out() << Cli::tr("Updated registration %1.").arg(id) << '\n';
    return Success;
}

} // namespace tansiq::cli
