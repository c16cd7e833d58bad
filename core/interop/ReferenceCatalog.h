#pragma once

#include "NameIndex.h"
#include "registry/AdminUnit.h"
#include "registry/Organisation.h"
#include "registry/Project.h"
#include "registry/Sector.h"

#include <QHash>
#include <QUuid>

namespace tansiq {
class Registry;
}

namespace tansiq::interop {

// The organisations, sectors, activity types, projects and places an import matches names
// against and an export writes names from, read once from the registry.
class ReferenceCatalog {
public:
    static ReferenceCatalog load(Registry& registry);

    const Organisation* organisation(const QUuid& id) const;
    const Sector* sector(const QUuid& id) const;
    const ActivityType* activityType(const QUuid& id) const;
    const Project* project(const QUuid& id) const;
    const AdminUnit* adminUnit(const QString& pcode) const;

    // Ids (as text) of organisations whose acronym, English or Arabic name (or id) is `text`.
    QStringList findOrganisations(const QString& text) const;
    QStringList suggestOrganisations(const QString& text) const;
    QStringList findSectors(const QString& text) const;  // code, English or Arabic name
    QStringList suggestSectors(const QString& text) const;
    // Activity types by code or name, within a sector when one is given.
    QStringList findActivityTypes(const QString& text, const QUuid& sectorId) const;
    QStringList suggestActivityTypes(const QString& text, const QUuid& sectorId) const;
    QStringList findProjects(const QString& text) const;  // code or title
    // P-codes at `level` named `text` (English, Arabic or alternative name) under `parent`
    // (a P-code prefix; empty for anywhere).
    QStringList findPlaces(const QString& text, int level, const QString& parent) const;
    QStringList suggestPlaces(const QString& text, int level, const QString& parent) const;

    QString organisationName(const QUuid& id, bool arabic) const;

private:
    QHash<QUuid, Organisation> m_orgs;
    QHash<QUuid, Sector> m_sectors;
    QHash<QUuid, ActivityType> m_types;
    QHash<QUuid, Project> m_projects;
    QHash<QString, AdminUnit> m_units;
    NameIndex m_orgNames, m_sectorNames, m_typeNames, m_projectNames, m_placeNames;
};

}  // namespace tansiq::interop
