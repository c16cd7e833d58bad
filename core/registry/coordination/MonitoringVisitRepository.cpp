#include "core/registry/coordination/MonitoringVisitRepository.h"

#include "core/registry/WriteFlow.h"
#include "core/registry/coordination/CoordinationTables.h"
#include "core/registry/coordination/CoordinationValidators.h"
#include "core/storage/Database.h"

namespace tansiq {

namespace {

constexpr const char* kSelect
    = "SELECT id, visited_on, project_id, activity_id, admin_pcode, visiting_org_id, findings, "
      "rating, origin_office, created_at, updated_at, deleted FROM monitoring_visit ";

MonitoringVisit fromRow(const Statement& row)
{
    MonitoringVisit v;
    v.meta.id = row.uuid(0);
    v.visitedOn = row.text(1);
    v.projectId = row.isNull(2) ? QUuid() : row.uuid(2);
    v.activityId = row.isNull(3) ? QUuid() : row.uuid(3);
    v.adminPcode = row.text(4);
    v.visitingOrgId = row.uuid(5);
    v.findings = row.text(6);
    v.rating = row.text(7);
    v.meta.originOffice = row.uuid(8);
    v.meta.createdAt = row.int64(9);
    v.meta.updatedAt = row.int64(10);
    v.meta.deleted = row.int64(11) != 0;
    return v;
}

} // namespace

QVariantList MonitoringVisitRepository::toValues(const MonitoringVisit& v)
{
    return { v.visitedOn, v.projectId, v.activityId, v.adminPcode.trimmed(), v.visitingOrgId,
        v.findings.trimmed(), v.rating };
}

Result<QUuid> MonitoringVisitRepository::create(MonitoringVisit visit)
{
    if (visit.meta.id.isNull())
        visit.meta.id = QUuid::createUuid();
    const Status status = writeValidated(m_writer.database(), m_validators.check(visit),
        [&] { return m_writer.insert(tables::monitoringVisit, visit.meta.id, toValues(visit)); });
    return withId(status, visit.meta.id);
}

Status MonitoringVisitRepository::update(const MonitoringVisit& visit)
{
    return writeValidated(m_writer.database(), m_validators.check(visit), [&]() -> Status {
        const Result<bool> changed
            = m_writer.update(tables::monitoringVisit, visit.meta.id, toValues(visit));
        return changed.status();
    });
}

Status MonitoringVisitRepository::remove(const QUuid& id)
{
    return writeValidated(
        m_writer.database(), {}, [&] { return m_writer.markDeleted(tables::monitoringVisit, id); });
}

std::optional<MonitoringVisit> MonitoringVisitRepository::get(const QUuid& id) const
{
    Statement query(m_writer.database().handle(), QByteArray(kSelect) + "WHERE id = ?");
    query.bind(1, id);
    if (query.step() != Statement::Step::Row)
        return std::nullopt;
    return fromRow(query);
}

QList<MonitoringVisit> MonitoringVisitRepository::list(const QString& month) const
{
    Statement query(m_writer.database().handle(),
        QByteArray(kSelect)
            + "WHERE deleted = 0 AND (ifnull(?1, '') = '' OR "
              "substr(visited_on, 1, 7) = ?1) ORDER BY visited_on DESC, id");
    query.bind(1, month);
    QList<MonitoringVisit> result;
    while (query.step() == Statement::Step::Row)
        result << fromRow(query);
    return result;
}

} // namespace tansiq
