#pragma once

#include <QString>
#include <QStringList>

struct sqlite3;

namespace tansiq::search {

// The one rule of the activity search (decision 0102): the typed text and every searched name
// are folded with text::foldForSearch (case, Latin accents, Arabic diacritics and tatweel,
// أ/إ/آ/ٱ → ا, ة → ه, ى → ي), and a name matches when its folded form contains the folded
// text. SQL (ActivityWhere) and the snapshot (ActivityMatcher) both call these.

// The folded search text; empty when nothing is searched.
QString needle(const QString& typed);
// The folded non-empty forms of `names`. A gazetteer's alternative names (one text, names
// separated by ';' or '|') fold into their words, so each name matches on its own as well.
QStringList keys(std::initializer_list<QString> names);
bool matches(const QStringList& keys, const QString& needle);
bool matches(const QString& name, const QString& needle);

// Installs the SQL function tansiq_search(text, needle) on a connection (once; later calls do
// nothing): 1 when `text` folded contains `needle` (already folded), else 0; NULL text is 0.
// Each statement remembers the answer per distinct text, so a site name repeated over many
// rows is folded once.
void installSqlFunction(sqlite3* db);

} // namespace tansiq::search
