#pragma once

#include "ActivityFilter.h"

#include <QByteArray>
#include <QVariantList>

namespace tansiq {

class Database;
class Statement;

// Turns an ActivityFilter into a WHERE clause over `activity a` with bound values, shared by
// the 4W table, the dashboard and the map so that they always agree on what a filter means.
class ActivityWhere {
public:
    ActivityWhere(Database& db, const ActivityFilter& filter);

    const QByteArray& sql() const { return m_sql; }  // starts with " WHERE a.deleted = 0"
    // Binds the filter's values from `first`; returns the next free index.
    int bind(Statement& statement, int first = 1) const;

private:
    void add(const QByteArray& condition, const QVariantList& values = {});

    QByteArray m_sql;
    QVariantList m_values;
};

}  // namespace tansiq
