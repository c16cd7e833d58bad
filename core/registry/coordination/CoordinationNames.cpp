#include "core/registry/coordination/CoordinationNames.h"

#include "core/registry/Registry.h"
#include "core/registry/coordination/CoordinationRegistry.h"

namespace tansiq {

CoordinationNames::CoordinationNames(Registry& registry, Language language)
    : m_registry(registry), m_language(language)
{
    const bool arabic = language == Language::Arabic;
    for (const Organisation& org : registry.organisations().list()) {
        m_orgAcronyms.insert(org.meta.id, org.acronym);
        m_orgNames.insert(org.meta.id, arabic ? org.nameAr : org.nameEn);
    }
    for (const Sector& sector : registry.reference().sectors())
        m_sectors.insert(sector.id, arabic ? sector.nameAr : sector.nameEn);
    for (const WorkingGroup& group : CoordinationRegistry(registry).groups().list()) {
        m_groups.insert(group.meta.id, arabic ? group.nameAr : group.nameEn);
        m_groupNames.insert(group.meta.id, { group.nameEn, group.nameAr });
    }
}

QString CoordinationNames::organisation(const QUuid& id) const
{
    if (id.isNull())
        return QString();
    return m_orgAcronyms.value(id, id.toString(QUuid::WithoutBraces));
}

QString CoordinationNames::organisationName(const QUuid& id) const
{
    return m_orgNames.value(id, organisation(id));
}

QString CoordinationNames::sector(const QUuid& id) const
{
    return id.isNull() ? QString() : m_sectors.value(id, id.toString(QUuid::WithoutBraces));
}

QString CoordinationNames::place(const QString& pcode) const
{
    if (pcode.isEmpty())
        return QString();
    const auto known = m_places.constFind(pcode);
    if (known != m_places.constEnd())
        return *known;
    const auto unit = m_registry.reference().adminUnit(pcode);
    const QString name
        = unit ? (m_language == Language::Arabic ? unit->nameAr : unit->nameEn) : pcode;
    m_places.insert(pcode, name);
    return name;
}

QString CoordinationNames::group(const QUuid& id) const
{
    return id.isNull() ? QString() : m_groups.value(id, id.toString(QUuid::WithoutBraces));
}

QString CoordinationNames::meeting(const QUuid& id) const
{
    if (id.isNull())
        return QString();
    const auto known = m_meetings.constFind(id);
    if (known != m_meetings.constEnd())
        return *known;
    const auto meeting = CoordinationRegistry(m_registry).meetings().get(id);
    const QString text = meeting ? meeting->heldOn + QLatin1Char(' ') + meeting->title
                                 : id.toString(QUuid::WithoutBraces);
    m_meetings.insert(id, text);
    return text;
}

QString CoordinationNames::projectCode(const QUuid& id) const
{
    if (id.isNull())
        return QString();
    if (m_projects.isEmpty()) {
        for (const Project& p : m_registry.projects().list())
            m_projects.insert(p.meta.id,
                { p.code,
                    m_language == Language::Arabic && !p.titleAr.isEmpty() ? p.titleAr
                                                                           : p.titleEn });
    }
    return m_projects.value(id, { id.toString(QUuid::WithoutBraces), QString() }).first;
}

QString CoordinationNames::project(const QUuid& id) const
{
    const QString code = projectCode(id);
    const QString title = m_projects.value(id).second;
    return title.isEmpty() ? code : code + QLatin1Char(' ') + title;
}

QString CoordinationNames::visit(const QUuid& id) const
{
    if (id.isNull())
        return QString();
    const auto visit = CoordinationRegistry(m_registry).visits().get(id);
    return visit ? visit->visitedOn + QLatin1Char(' ') + place(visit->adminPcode)
                 : id.toString(QUuid::WithoutBraces);
}

QString CoordinationNames::need(const QUuid& id) const
{
    if (id.isNull())
        return QString();
    const auto need = m_registry.needs().get(id);
    if (!need)
        return id.toString(QUuid::WithoutBraces);
    const bool arabic = m_language == Language::Arabic;
    const QString severity = arabic
        ? QString::fromUtf8("شدة الاحتياج %1").arg(QChar(0x0660 + need->severity))
        : QStringLiteral("severity %1").arg(need->severity);
    return QStringLiteral("%1%2%3 (%4)")
        .arg(sector(need->sectorId), arabic ? QStringLiteral("، ") : QStringLiteral(", "),
            place(need->adminPcode), severity);
}

QUuid CoordinationNames::findOrganisation(const QString& text) const
{
    const QUuid asId(text);
    if (!asId.isNull() && m_orgAcronyms.contains(asId))
        return asId;
    for (auto it = m_orgAcronyms.cbegin(); it != m_orgAcronyms.cend(); ++it) {
        if (it.value().compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            return it.key();
    }
    return QUuid();
}

QUuid CoordinationNames::findGroup(const QString& text) const
{
    const QUuid asId(text);
    if (!asId.isNull() && m_groups.contains(asId))
        return asId;
    for (auto it = m_groupNames.cbegin(); it != m_groupNames.cend(); ++it) {
        for (const QString& name : it.value()) {
            if (name.compare(text.trimmed(), Qt::CaseInsensitive) == 0)
                return it.key();
        }
    }
    return QUuid();
}

} // namespace tansiq
