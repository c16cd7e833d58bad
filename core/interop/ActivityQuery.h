#pragma once

#include "core/interop/ExportFilter.h"
#include "core/registry/Activity.h"

#include <QList>
#include <QUuid>

#include <functional>
#include <optional>

namespace tansiq {
class Database;
}

namespace tansiq::interop {

// The SQL of the interop feature over activities: live activities matching an export filter,
// in a stable order (reporting month, organisation, place, start, id).
class ActivityQuery {
public:
    explicit ActivityQuery(Database& db) : m_db(db) { }

    // Calls `visit` for each match (filtered by ActivityWhere); stops early (returning false)
    // when `visit` does.
    bool forEach(
        const ExportFilter& filter, const std::function<bool(const Activity&)>& visit) const;

    // The stored activity with this id (live or deleted), with a statement prepared once.
    std::optional<Activity> load(const QUuid& id) const;

private:
    Database& m_db;
};

} // namespace tansiq::interop
