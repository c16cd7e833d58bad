#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QString>

namespace tansiq {
class Database;
}

namespace tansiq::publish {

// How far a publication has read each replica's operations: replica id (32 hex digits) ->
// the highest sequence number whose effect is in the target. Stored in the target.
using Frontier = QMap<QString, quint64>;

QString frontierToText(const Frontier& frontier);
Frontier frontierFromText(const QString& text);

// What changed in the registry since a frontier, read from the operation log (local ops in
// sync_op, received ones in the stored batches). The op log may have been compacted (acknowledged
// operations deleted): when the operations between the frontier and the current heads are not
// all there any more, `complete` is false and the caller compares the whole registry instead
// (docs/decisions/0088).
struct Changes {
    bool complete = false;
    QString incompleteReason; // for the report, when !complete
    QHash<QByteArray, QSet<QByteArray>> rows; // table name -> record ids (16 bytes)
    qsizetype count() const;
};

class ChangeFeed {
public:
    explicit ChangeFeed(Database& db) : m_db(db) { }

    // The highest applied sequence of every replica this registry knows.
    Result<Frontier> heads();
    // The records written by the operations after `since` up to `heads`.
    Result<Changes> since(const Frontier& since, const Frontier& heads);

private:
    Database& m_db;
};

} // namespace tansiq::publish
