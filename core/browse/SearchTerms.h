#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace tansiq {

class Database;

// Resolves a free-text search against the small reference tables (organisations, places,
// sectors) with text::foldForSearch, so Arabic matches ignore diacritics and the أ/إ/آ/ا,
// ة/ه, ى/ي variants. The large activity table is then filtered by the ids found, which
// keeps a search over a million activities to indexed lookups instead of text scans.
struct SearchTerms {
    QList<QUuid> organisationIds;
    QStringList pcodes;  // outermost matching places; their children match by prefix
    QList<QUuid> sectorIds;
    QString siteLike;  // a LIKE pattern for site names (raw text, not folded)

    static SearchTerms resolve(Database& db, const QString& search);
};

}  // namespace tansiq
