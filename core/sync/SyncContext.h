#pragma once

#include "core/common/Result.h"
#include "core/sync/ReplicaDirectory.h"
#include "core/sync/Roster.h"
#include "core/sync/SyncStore.h"

#include <QUuid>

namespace tansiq {
class Clock;
class Database;
class RecordWriter;
class Registry;
} // namespace tansiq

namespace tansiq::sync {

// What export and import share: the database, the write path, the clock, and this
// installation's identity (office and replica, with the replica's local index).
class SyncContext {
public:
    SyncContext(Database& db, RecordWriter& writer, const Clock& clock);
    explicit SyncContext(Registry& registry, const Clock& clock);

    Database& db() { return m_db; }
    RecordWriter& writer() { return m_writer; }
    const Clock& clock() const { return m_clock; }
    ReplicaDirectory& replicas() { return m_replicas; }
    SyncStore& store() { return m_store; }
    Roster& roster() { return m_roster; }

    QUuid officeId();
    QByteArray replicaId();
    Result<quint32> localReplica();
    QString officeName(const QUuid& office);

private:
    Database& m_db;
    RecordWriter& m_writer;
    const Clock& m_clock;
    ReplicaDirectory m_replicas;
    SyncStore m_store;
    Roster m_roster;
};

} // namespace tansiq::sync
