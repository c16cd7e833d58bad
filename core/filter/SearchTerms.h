#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace tansiq {

class Database;

// Resolves a free-text search against the small reference tables (organisations, places with
// their gazetteer alternative names, sectors) with the search rule of SearchText.h. The large
// activity table is then filtered by the ids found, and by its site names through the SQL
// function tansiq_search (the same folding), which keeps a search over a million activities
// to indexed lookups plus one memoised fold per distinct site name.
struct SearchTerms {
    QString needle; // the folded search text (empty: no search)
    QList<QUuid> organisationIds;
    QStringList pcodes; // outermost matching places; their children match by prefix
    QList<QUuid> sectorIds;

    static SearchTerms resolve(Database& db, const QString& search);
};

} // namespace tansiq
