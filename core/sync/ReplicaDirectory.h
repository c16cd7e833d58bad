#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QUuid>

namespace tansiq {
class Database;
}

namespace tansiq::sync {

// The replicas this database knows, each with a small local index (used in FieldVersions).
class ReplicaDirectory {
public:
    explicit ReplicaDirectory(Database& db);

    // The index of a replica of `office`, registering it when new. A replica belongs to the
    // office it was first seen with: the same id under another office is refused
    // ("replica-owned"), so no office can write into another's replica (docs/decisions/0049).
    Result<quint32> indexOf(const QByteArray& replicaId, const QUuid& office);
    // -1 when unknown.
    qint64 find(const QByteArray& replicaId);
    // The office a known replica belongs to; null when the replica is unknown.
    QUuid ownerOf(const QByteArray& replicaId);
    QByteArray replicaId(quint32 index);
    QUuid officeOf(quint32 index);
    // The local indexes of every replica of `office` this database knows.
    QList<quint32> replicasOf(const QUuid& office);
    void reload();

private:
    struct Entry {
        QByteArray replicaId;
        QUuid office;
    };
    Database& m_db;
    bool m_loaded = false;
    QHash<quint32, Entry> m_byIndex;
    QHash<QByteArray, quint32> m_byId;
};

} // namespace tansiq::sync
