#include "core/interop/ReferenceCatalog.h"

#include "core/registry/Registry.h"
#include "core/registry/Vocabulary.h"

namespace tansiq::interop {

namespace {
QString idText(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

QUuid idOf(const QString& text)
{
    return QUuid::fromString(text);
}
// "Syrian Arab Red Crescent (SARC)"; an organisation with only an Arabic name shows it.
QString organisationDisplay(const Organisation& org)
{
    const QString name = org.name(false);
    return org.acronym.isEmpty() || org.acronym == name
        ? name
        : QStringLiteral("%1 (%2)").arg(name, org.acronym);
}
} // namespace

ReferenceCatalog ReferenceCatalog::load(Registry& registry)
{
    ReferenceCatalog c;
    for (const Organisation& org : registry.organisations().list()) {
        c.m_orgs.insert(org.meta.id, org);
        const QString key = idText(org.meta.id);
        const QString display = organisationDisplay(org);
        c.m_orgNames.add(key, org.acronym, display);
        c.m_orgNames.add(key, org.nameEn, display);
        c.m_orgNames.add(key, org.nameAr, display);
        c.m_orgNames.add(key, key, display);
    }
    for (const Sector& sector : registry.reference().sectors()) {
        c.m_sectors.insert(sector.id, sector);
        const QString key = idText(sector.id);
        const QString display = QStringLiteral("%1 (%2)").arg(sector.nameEn, sector.code);
        c.m_sectorNames.add(key, sector.code, display);
        c.m_sectorNames.add(key, sector.nameEn, display);
        c.m_sectorNames.add(key, sector.nameAr, display);
    }
    for (const ActivityType& type : registry.reference().activityTypes()) {
        c.m_types.insert(type.id, type);
        const QString key = idText(type.id);
        const QString display = QStringLiteral("%1 (%2)").arg(type.nameEn, type.code);
        c.m_typeNames.add(key, type.code, display);
        c.m_typeNames.add(key, type.nameEn, display);
        c.m_typeNames.add(key, type.nameAr, display);
    }
    for (const Project& project : registry.projects().list()) {
        c.m_projects.insert(project.meta.id, project);
        const QString key = idText(project.meta.id);
        c.m_projectNames.add(key, project.code, project.code);
        c.m_projectNames.add(key, project.titleEn, project.code);
        c.m_projectNames.add(key, project.titleAr, project.code);
    }
    for (const AdminUnit& unit : registry.reference().adminUnits()) {
        c.m_units.insert(unit.pcode, unit);
        const QString display
            = QStringLiteral("%1 / %2 (%3)").arg(unit.nameEn, unit.nameAr, unit.pcode);
        c.m_placeNames.add(unit.pcode, unit.nameEn, display);
        c.m_placeNames.add(unit.pcode, unit.nameAr, display);
        for (const QString& alt : unit.altNames.split(u'|', Qt::SkipEmptyParts))
            c.m_placeNames.add(unit.pcode, alt, display);
        c.m_placeNames.add(unit.pcode, unit.pcode, display);
    }
    const std::pair<Vocabulary, NameIndex*> vocabularies[]
        = { { Vocabulary::Status, &c.m_statusNames }, { Vocabulary::Modality, &c.m_modalityNames },
              { Vocabulary::PopulationGroup, &c.m_groupNames } };
    for (const auto& [vocabulary, names] : vocabularies) {
        for (const Term& t : terms(vocabulary)) {
            const QString display = QStringLiteral("%1 / %2").arg(t.nameEn, t.nameAr);
            names->add(t.code, t.code, display);
            names->add(t.code, t.nameEn, display);
            names->add(t.code, t.nameAr, display);
            for (const QString& synonym : t.hxlSynonyms.split(u'|', Qt::SkipEmptyParts))
                names->add(t.code, synonym, display);
        }
    }
    c.addSpellings(bundledVocabulary());
    return c;
}

const Organisation* ReferenceCatalog::organisation(const QUuid& id) const
{
    const auto it = m_orgs.constFind(id);
    return it == m_orgs.cend() ? nullptr : &it.value();
}

const Sector* ReferenceCatalog::sector(const QUuid& id) const
{
    const auto it = m_sectors.constFind(id);
    return it == m_sectors.cend() ? nullptr : &it.value();
}

const ActivityType* ReferenceCatalog::activityType(const QUuid& id) const
{
    const auto it = m_types.constFind(id);
    return it == m_types.cend() ? nullptr : &it.value();
}

const Project* ReferenceCatalog::project(const QUuid& id) const
{
    const auto it = m_projects.constFind(id);
    return it == m_projects.cend() ? nullptr : &it.value();
}

const AdminUnit* ReferenceCatalog::adminUnit(const QString& pcode) const
{
    const auto it = m_units.constFind(pcode);
    return it == m_units.cend() ? nullptr : &it.value();
}

QStringList ReferenceCatalog::findOrganisations(const QString& text) const
{
    return m_orgNames.find(text);
}

QStringList ReferenceCatalog::suggestOrganisations(const QString& text) const
{
    return m_orgNames.suggest(text);
}

QStringList ReferenceCatalog::findSectors(const QString& text) const
{
    return m_sectorNames.find(text);
}

QStringList ReferenceCatalog::suggestSectors(const QString& text) const
{
    return m_sectorNames.suggest(text);
}

QStringList ReferenceCatalog::findActivityTypes(const QString& text, const QUuid& sectorId) const
{
    return m_typeNames.find(text, [&](const QString& key) {
        return sectorId.isNull() || m_types.value(idOf(key)).sectorId == sectorId;
    });
}

QStringList ReferenceCatalog::suggestActivityTypes(const QString& text, const QUuid& sectorId) const
{
    return m_typeNames.suggest(text, 3, [&](const QString& key) {
        return sectorId.isNull() || m_types.value(idOf(key)).sectorId == sectorId;
    });
}

QStringList ReferenceCatalog::findProjects(const QString& text) const
{
    return m_projectNames.find(text);
}

QStringList ReferenceCatalog::findPlaces(
    const QString& text, int level, const QString& parent) const
{
    return m_placeNames.find(text, [&](const QString& pcode) {
        const auto it = m_units.constFind(pcode);
        return it != m_units.cend() && it->level == level && pcode.startsWith(parent);
    });
}

QStringList ReferenceCatalog::suggestPlaces(
    const QString& text, int level, const QString& parent) const
{
    return m_placeNames.suggest(text, 3, [&](const QString& pcode) {
        const auto it = m_units.constFind(pcode);
        return it != m_units.cend() && it->level == level && pcode.startsWith(parent);
    });
}

QString ReferenceCatalog::organisationName(const QUuid& id, bool arabic) const
{
    const Organisation* org = organisation(id);
    if (!org)
        return QString();
    return org->name(arabic);
}

} // namespace tansiq::interop

namespace tansiq::interop {

const NameIndex& ReferenceCatalog::index(ValueKind kind) const
{
    switch (kind) {
    case ValueKind::Organisation:
        return m_orgNames;
    case ValueKind::Sector:
        return m_sectorNames;
    case ValueKind::ActivityType:
        return m_typeNames;
    case ValueKind::Project:
        return m_projectNames;
    case ValueKind::Status:
        return m_statusNames;
    case ValueKind::Modality:
        return m_modalityNames;
    case ValueKind::PopulationGroup:
        return m_groupNames;
    case ValueKind::Place:
        return m_placeNames;
    }
    Q_UNREACHABLE();
}

QStringList ReferenceCatalog::find(ValueKind kind, const QString& text, const QUuid& sectorId) const
{
    std::function<bool(const QString&)> accept;
    if (kind == ValueKind::ActivityType && !sectorId.isNull())
        accept = [&](const QString& key) { return m_types.value(idOf(key)).sectorId == sectorId; };
    const bool spelling = kind != ValueKind::Organisation && kind != ValueKind::Place;
    return index(kind).findLoose(text, spelling, accept);
}

QList<std::pair<QString, QString>> ReferenceCatalog::suggest(
    ValueKind kind, const QString& text, const QUuid& sectorId) const
{
    std::function<bool(const QString&)> accept;
    if (kind == ValueKind::ActivityType && !sectorId.isNull())
        accept = [&](const QString& key) { return m_types.value(idOf(key)).sectorId == sectorId; };
    return index(kind).suggestKeys(text, 3, accept);
}

QList<std::pair<QString, QString>> ReferenceCatalog::candidates(ValueKind kind) const
{
    auto all = index(kind).displays();
    std::sort(
        all.begin(), all.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    return all;
}

QString ReferenceCatalog::spellings(ValueKind kind, const QString& key) const
{
    return index(kind).spellingsOf(key);
}

QString ReferenceCatalog::display(ValueKind kind, const QString& key) const
{
    for (const auto& [k, display] : index(kind).displays()) {
        if (k == key)
            return display;
    }
    return key;
}

QString ReferenceCatalog::resolve(ValueKind kind, const QString& target) const
{
    const QString t = target.trimmed();
    switch (kind) {
    case ValueKind::Organisation:
        if (m_orgs.contains(idOf(t)))
            return idText(idOf(t));
        break;
    case ValueKind::Sector:
        if (m_sectors.contains(idOf(t)))
            return idText(idOf(t));
        break;
    case ValueKind::ActivityType:
        if (m_types.contains(idOf(t)))
            return idText(idOf(t));
        break;
    case ValueKind::Project:
        if (m_projects.contains(idOf(t)))
            return idText(idOf(t));
        break;
    case ValueKind::Place:
        if (m_units.contains(t))
            return t;
        break;
    case ValueKind::Status:
    case ValueKind::Modality:
    case ValueKind::PopulationGroup:
        break;
    }
    const QStringList found = index(kind).find(t);
    return found.size() == 1 ? found.first() : QString();
}

void ReferenceCatalog::addSpellings(const ValueMap& vocabulary)
{
    for (const ValueMap::Entry& e : vocabulary.entries()) {
        if (e.choice.action != ValueChoice::Action::Map)
            continue;
        const QString key = resolve(e.kind, e.choice.target);
        if (key.isEmpty())
            continue;
        auto& names = const_cast<NameIndex&>(index(e.kind));
        names.add(key, e.value, display(e.kind, key));
    }
}

void ReferenceCatalog::addPending(const Organisation& org)
{
    m_orgs.insert(org.meta.id, org);
    const QString key = idText(org.meta.id);
    const QString display = organisationDisplay(org);
    m_orgNames.add(key, org.acronym, display);
    m_orgNames.add(key, org.nameEn, display);
    m_orgNames.add(key, org.nameAr, display);
    m_orgNames.add(key, key, display);
}

void ReferenceCatalog::addPending(const Project& project)
{
    m_projects.insert(project.meta.id, project);
    const QString key = idText(project.meta.id);
    m_projectNames.add(key, project.code, project.code);
    m_projectNames.add(key, project.titleEn, project.code);
    m_projectNames.add(key, project.titleAr, project.code);
}

} // namespace tansiq::interop
