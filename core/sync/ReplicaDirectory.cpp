#include "core/sync/ReplicaDirectory.h"

#include "core/storage/Database.h"

#include <QCoreApplication>

#include <algorithm>

namespace tansiq::sync {

ReplicaDirectory::ReplicaDirectory(Database& db) : m_db(db)
{
}

void ReplicaDirectory::reload()
{
    m_byIndex.clear();
    m_byId.clear();
    Statement list(m_db.handle(), "SELECT idx, replica_id, office_id FROM sync_replica");
    while (list.step() == Statement::Step::Row) {
        const quint32 index = quint32(list.int64(0));
        m_byIndex.insert(index, { list.blob(1), list.uuid(2) });
        m_byId.insert(list.blob(1), index);
    }
    m_loaded = true;
}

qint64 ReplicaDirectory::find(const QByteArray& replicaId)
{
    if (!m_loaded)
        reload();
    const auto it = m_byId.constFind(replicaId);
    return it == m_byId.constEnd() ? -1 : qint64(it.value());
}

Result<quint32> ReplicaDirectory::indexOf(const QByteArray& replicaId, const QUuid& office)
{
    const qint64 known = find(replicaId);
    if (known >= 0) {
        const QUuid owner = m_byIndex.value(quint32(known)).office;
        if (owner != office)
            return Issue::error(QStringLiteral("replica-owned"), QString(),
                QString::fromLatin1(replicaId.toHex()),
                QCoreApplication::translate(
                    "tansiq::sync", "Replica %1 belongs to office %2, not to office %3.")
                    .arg(QString::fromLatin1(replicaId.toHex()),
                        owner.toString(QUuid::WithoutBraces),
                        office.toString(QUuid::WithoutBraces)));
        return quint32(known);
    }
    Statement insert(m_db.handle(),
        "INSERT INTO sync_replica (replica_id, office_id) VALUES (?, ?) RETURNING idx");
    insert.bindBlob(1, replicaId);
    insert.bind(2, office);
    if (insert.step() != Statement::Step::Row)
        return Issue::error(
            QStringLiteral("sync-replica"), QString(), QString(), insert.lastError());
    const quint32 index = quint32(insert.int64(0));
    insert.reset();
    m_byIndex.insert(index, { replicaId, office });
    m_byId.insert(replicaId, index);
    return index;
}

QUuid ReplicaDirectory::ownerOf(const QByteArray& replicaId)
{
    const qint64 known = find(replicaId);
    return known < 0 ? QUuid() : m_byIndex.value(quint32(known)).office;
}

QByteArray ReplicaDirectory::replicaId(quint32 index)
{
    if (!m_loaded || !m_byIndex.contains(index))
        reload();
    return m_byIndex.value(index).replicaId;
}

QUuid ReplicaDirectory::officeOf(quint32 index)
{
    if (!m_loaded || !m_byIndex.contains(index))
        reload();
    return m_byIndex.value(index).office;
}

QList<quint32> ReplicaDirectory::replicasOf(const QUuid& office)
{
    reload();
    QList<quint32> indexes;
    for (auto it = m_byIndex.cbegin(); it != m_byIndex.cend(); ++it) {
        if (it->office == office)
            indexes << it.key();
    }
    std::sort(indexes.begin(), indexes.end());
    return indexes;
}

} // namespace tansiq::sync
