#pragma once

#include <QJsonObject>
#include <QtGlobal>

#include <array>

namespace tansiq {

class Database;

// Counts of live records per entity and of administrative units per level.
struct RegistryStats {
    qint64 organisations = 0;
    qint64 projects = 0;
    qint64 activities = 0;
    qint64 needs = 0;
    qint64 sectors = 0;
    qint64 activityTypes = 0;
    std::array<qint64, 5> adminUnits {}; // by level: country .. community
    int schemaVersion = 0;

    static RegistryStats collect(Database& db);
    QJsonObject toJson() const;
};

} // namespace tansiq
