#include "app/cli/commands/CoordinationCli.h"

#include "core/browse/NeedBrowser.h"
#include "core/registry/coordination/CoordinationRegistry.h"

#include <QDateTime>
#include <QTimeZone>

namespace tansiq::cli::coordcli {

namespace {

QUuid byPrefix(
    CliContext& context, const QList<QUuid>& ids, const QString& text, const QString& what)
{
    const QString wanted
        = text.trimmed().toLower().remove(QLatin1Char('{')).remove(QLatin1Char('}'));
    QList<QUuid> found;
    if (wanted.size() >= 8) {
        for (const QUuid& id : ids) {
            if (id.toString(QUuid::WithoutBraces).startsWith(wanted))
                found << id;
        }
    }
    if (found.size() == 1)
        return found.first();
    if (found.isEmpty())
        context.err() << Cli::tr(
            "error: no %1 has the id “%2” (give at least its first 8 characters)")
                             .arg(what, text)
                      << '\n';
    else
        context.err()
            << Cli::tr("error: several records start with “%1”; give more of the id").arg(text)
            << '\n';
    return QUuid();
}

} // namespace

QUuid findMeeting(CliContext& context, Registry& registry, const QString& text)
{
    QList<QUuid> ids;
    for (const Meeting& m : CoordinationRegistry(registry).meetings().list())
        ids << m.meta.id;
    return byPrefix(context, ids, text, Cli::tr("meeting"));
}

QUuid findActionPoint(CliContext& context, Registry& registry, const QString& text)
{
    QList<QUuid> ids;
    for (const ActionPoint& a : CoordinationRegistry(registry).actions().list())
        ids << a.meta.id;
    return byPrefix(context, ids, text, Cli::tr("action point"));
}

QUuid findGroup(CliContext& context, Registry& registry, const QString& text)
{
    QList<QUuid> ids;
    for (const WorkingGroup& g : CoordinationRegistry(registry).groups().list()) {
        if (g.nameEn.compare(text, Qt::CaseInsensitive) == 0 || g.nameAr == text)
            return g.meta.id;
        ids << g.meta.id;
    }
    return byPrefix(context, ids, text, Cli::tr("working group"));
}

QUuid findOrganisation(CliContext& context, Registry& registry, const QString& text)
{
    for (const Organisation& org : registry.organisations().list()) {
        if (org.acronym.compare(text.trimmed(), Qt::CaseInsensitive) == 0
            || org.meta.id == QUuid(text))
            return org.meta.id;
    }
    context.err() << Cli::tr("error: no organisation is called “%1”").arg(text) << '\n';
    return QUuid();
}

QUuid findSector(CliContext& context, Registry& registry, const QString& code)
{
    for (const Sector& sector : registry.reference().sectors()) {
        if (sector.code.compare(code.trimmed(), Qt::CaseInsensitive) == 0)
            return sector.id;
    }
    context.err() << Cli::tr("error: no sector has the code “%1”").arg(code) << '\n';
    return QUuid();
}

QUuid findProject(CliContext& context, Registry& registry, const QString& text)
{
    for (const Project& project : registry.projects().list()) {
        if (project.code.compare(text.trimmed(), Qt::CaseInsensitive) == 0
            || project.meta.id == QUuid(text.trimmed()))
            return project.meta.id;
    }
    context.err() << Cli::tr("error: no project has the code “%1”").arg(text) << '\n';
    return QUuid();
}

QUuid findVisit(CliContext& context, Registry& registry, const QString& text)
{
    QList<QUuid> ids;
    for (const MonitoringVisit& v : CoordinationRegistry(registry).visits().list())
        ids << v.meta.id;
    return byPrefix(context, ids, text, Cli::tr("monitoring visit"));
}

QUuid findNeed(CliContext& context, Registry& registry, const QString& text)
{
    QList<QUuid> ids;
    for (const NeedRow& need : NeedBrowser::list(registry.database()))
        ids << need.id;
    return byPrefix(context, ids, text, Cli::tr("need"));
}

QString today(const CliContext& context)
{
    return QDateTime::fromMSecsSinceEpoch(context.clock().nowMs(), Qt::UTC)
        .date()
        .toString(Qt::ISODate);
}

QString shortId(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces).left(8);
}

} // namespace tansiq::cli::coordcli
