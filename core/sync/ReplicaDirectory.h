#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QUuid>

namespace tansiq {
class Database;
}

namespace tansiq::sync {

// The replicas this database knows, each with a small local index (used in FieldVersions).
class ReplicaDirectory {
public:
    explicit ReplicaDirectory(Database& db);

    // The index of a replica, registering it (with its office) when new.
    Result<quint32> indexOf(const QByteArray& replicaId, const QUuid& office);
    // -1 when unknown.
    qint64 find(const QByteArray& replicaId);
    QByteArray replicaId(quint32 index);
    QUuid officeOf(quint32 index);
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

}  // namespace tansiq::sync
