#pragma once

#include "core/interop/NameIndex.h"
#include "core/interop/ValueMap.h"
#include "core/registry/AdminUnit.h"
#include "core/registry/Organisation.h"
#include "core/registry/Project.h"
#include "core/registry/Sector.h"

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
    QStringList findSectors(const QString& text) const; // code, English or Arabic name
    QStringList suggestSectors(const QString& text) const;
    // Activity types by code or name, within a sector when one is given.
    QStringList findActivityTypes(const QString& text, const QUuid& sectorId) const;
    QStringList suggestActivityTypes(const QString& text, const QUuid& sectorId) const;
    QStringList findProjects(const QString& text) const; // code or title
    // P-codes at `level` named `text` (English, Arabic or alternative name) under `parent`
    // (a P-code prefix; empty for anywhere).
    QStringList findPlaces(const QString& text, int level, const QString& parent) const;
    QStringList suggestPlaces(const QString& text, int level, const QString& parent) const;

    QString organisationName(const QUuid& id, bool arabic) const;

    // The same for every kind of value an import matches (decision 0056): keys are record ids
    // (as text), vocabulary codes or P-codes. find() takes exact spellings (names, codes,
    // vocabulary synonyms), then a single candidate once Arabic articles are ignored, then —
    // except for organisations and places — a single candidate within a light spelling
    // variation. Activity types are looked for within `sectorId` when given; places at any
    // level.
    QStringList find(ValueKind kind, const QString& text, const QUuid& sectorId = {}) const;
    QList<std::pair<QString, QString>> suggest(
        ValueKind kind, const QString& text, const QUuid& sectorId = {}) const;
    // Every existing value of a kind: (key, display), for the wizard's picker.
    QList<std::pair<QString, QString>> candidates(ValueKind kind) const;
    // Every folded spelling of a value, joined (what the picker's filter searches).
    QString spellings(ValueKind kind, const QString& key) const;
    QString display(ValueKind kind, const QString& key) const;
    // The key a choice's target names: a key itself, or a code or name that find() matches
    // exactly once. Empty when it names nothing or several.
    QString resolve(ValueKind kind, const QString& target) const;
    // Adds spellings from a vocabulary: "spelling = code or name" (targets resolved).
    void addSpellings(const ValueMap& vocabulary);
    // Values an import is about to create, so the rows after the first match them.
    void addPending(const Organisation& organisation);
    void addPending(const Project& project);

private:
    QHash<QUuid, Organisation> m_orgs;
    QHash<QUuid, Sector> m_sectors;
    QHash<QUuid, ActivityType> m_types;
    QHash<QUuid, Project> m_projects;
    QHash<QString, AdminUnit> m_units;
    NameIndex m_orgNames, m_sectorNames, m_typeNames, m_projectNames, m_placeNames;
    NameIndex m_statusNames, m_modalityNames, m_groupNames;
    const NameIndex& index(ValueKind kind) const;
};

} // namespace tansiq::interop
