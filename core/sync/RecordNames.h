#pragma once

#include <QString>
#include <QUuid>

namespace tansiq {
class Database;
}

namespace tansiq::sync {

// A replicated record named for a person, in both languages ("UNCRF — Deir ez-Zor" for an
// activity, a meeting's date and title, ...), as the Sync page's conflict list shows it.
// Both empty when the table has no natural name or the record is gone.
struct RecordNames {
    QString english;
    QString arabic;
};

RecordNames recordNames(Database& db, const QString& table, const QUuid& row);

} // namespace tansiq::sync
