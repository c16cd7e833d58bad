#include "CoordinationNames.h"

#include "CoordinationRegistry.h"
#include "registry/Registry.h"

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
