#pragma once

#include "core/common/Result.h"
#include "core/registry/AdminUnit.h"
#include "core/registry/Sector.h"

#include <QList>

namespace tansiq {

class Database;

// Read access to the reference data: sectors, activity types and the administrative units.
// Admin units are written only by the gazetteer importer (core/gazetteer).
class ReferenceRepository {
public:
    explicit ReferenceRepository(Database& db) : m_db(db) { }

    QList<Sector> sectors() const;
    QList<ActivityType> activityTypes() const;
    std::optional<AdminUnit> adminUnit(const QString& pcode) const;
    QList<AdminUnit> adminUnits(int level = -1) const; // -1: every level
    QList<AdminUnit> children(const QString& parentPcode) const;

    enum class Upsert { Added, Updated, Unchanged };
    // Adds the unit or updates its names, parent, centroid and population. Callers hold the
    // transaction (the gazetteer importer writes a whole file at once).
    Result<Upsert> upsertAdminUnit(const AdminUnit& unit);

private:
    QList<AdminUnit> queryUnits(const QByteArray& where, const QString& value) const;

    Database& m_db;
};

} // namespace tansiq
