#pragma once

#include "core/filter/ActivityFilter.h"

#include <QByteArray>
#include <QVariantList>

namespace tansiq {

class Database;
class Statement;

// The SQL form of an ActivityFilter: a WHERE clause over `activity a` with bound values, used
// by the dashboard, the map and the 4W export. ActivityMatcher is the same filter over the
// engine's snapshot (the activities table); ActivityFilterContractTest holds them together.
class ActivityWhere {
public:
    ActivityWhere(Database& db, const ActivityFilter& filter);

    const QByteArray& sql() const { return m_sql; } // starts with " WHERE a.deleted = 0"
    // "activity a", or "activity a NOT INDEXED" when no index narrows the rows (no place or
    // organisation filter): reading the table in order then sorting beats walking an index
    // with a random table lookup per row (measured 1.1 s against 5.9 s on a million rows).
    // `indexedOrder`: the caller wants the month or place order an index gives for free.
    QByteArray table(bool indexedOrder = false) const;
    // Binds the filter's values from `first`; returns the next free index.
    int bind(Statement& statement, int first = 1) const;

private:
    void add(const QByteArray& condition, const QVariantList& values = {});

    bool m_narrowed = false; // by an index: place range or organisation
    bool m_plain = true; // nothing but the tombstone and a place or month range
    QByteArray m_sql;
    QVariantList m_values;
};

} // namespace tansiq
