#include "core/sync/SyncContext.h"

#include "core/office/LocalOffice.h"
#include "core/registry/Registry.h"

namespace tansiq::sync {

SyncContext::SyncContext(Database& db, RecordWriter& writer, const Clock& clock)
    : m_db(db), m_writer(writer), m_clock(clock), m_replicas(db), m_store(db), m_roster(db)
{
}

SyncContext::SyncContext(Registry& registry, const Clock& clock)
    : SyncContext(registry.database(), registry.writer(), clock)
{
}

QUuid SyncContext::officeId()
{
    return QUuid(LocalOffice::setting(m_db, QStringLiteral("office_id")));
}

QByteArray SyncContext::replicaId()
{
    return QUuid(LocalOffice::setting(m_db, QStringLiteral("replica_id"))).toRfc4122();
}

Result<quint32> SyncContext::localReplica()
{
    return m_replicas.indexOf(replicaId(), officeId());
}

QString SyncContext::officeName(const QUuid& office)
{
    const std::optional<OfficeEntry> entry = m_roster.office(office);
    return entry ? entry->name : office.toString(QUuid::WithoutBraces);
}

} // namespace tansiq::sync
