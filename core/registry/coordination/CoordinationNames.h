#pragma once

#include "core/registry/Vocabulary.h"

#include <QHash>
#include <QString>
#include <QUuid>

namespace tansiq {

class Registry;

// Names of what coordination records point at (organisations, sectors, places, working
// groups, meetings), in one language, read once through the repositories: for listings,
// exports, the bulletin and the minutes.
class CoordinationNames {
public:
    CoordinationNames(Registry& registry, Language language);

    QString organisation(const QUuid& id) const; // acronym
    QString organisationName(const QUuid& id) const; // full name in the language
    QString sector(const QUuid& id) const; // empty for none
    QString place(const QString& pcode) const; // empty for none
    QString group(const QUuid& id) const; // empty for none
    QString meeting(const QUuid& id) const; // "YYYY-MM-DD title", empty for none
    QString project(const QUuid& id) const; // "CODE title", empty for none
    QString projectCode(const QUuid& id) const; // empty for none
    QString visit(const QUuid& id) const; // "YYYY-MM-DD place", empty for none
    QString need(const QUuid& id) const; // "sector, place (severity N)", empty for none
    // An organisation by acronym (case-insensitive) or id text; null when unknown.
    QUuid findOrganisation(const QString& text) const;
    QUuid findGroup(const QString& text) const; // by English or Arabic name or id text
    Language language() const { return m_language; }

private:
    Registry& m_registry;
    Language m_language;
    QHash<QUuid, QString> m_orgAcronyms;
    QHash<QUuid, QString> m_orgNames;
    QHash<QUuid, QString> m_sectors;
    QHash<QUuid, QString> m_groups;
    QHash<QUuid, QStringList> m_groupNames;
    mutable QHash<QString, QString> m_places;
    mutable QHash<QUuid, QString> m_meetings;
    mutable QHash<QUuid, QPair<QString, QString>> m_projects; // read on first use
};

} // namespace tansiq
