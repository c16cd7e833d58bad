#include "core/registry/coordination/WorkingGroupRepository.h"

#include "core/registry/WriteFlow.h"
#include "core/registry/coordination/CoordinationTables.h"
#include "core/registry/coordination/CoordinationValidators.h"
#include "core/storage/Database.h"

#include <QHash>

namespace tansiq {

namespace {

constexpr const char* kSelect
    = "SELECT id, name_en, name_ar, sector_id, admin_pcode, cadence, "
      "origin_office, created_at, updated_at, deleted FROM working_group ";

WorkingGroup fromRow(const Statement& row)
{
    WorkingGroup g;
    g.meta.id = row.uuid(0);
    g.nameEn = row.text(1);
    g.nameAr = row.text(2);
    g.sectorId = row.isNull(3) ? QUuid() : row.uuid(3);
    g.adminPcode = row.text(4);
    g.cadence = row.text(5);
    g.meta.originOffice = row.uuid(6);
    g.meta.createdAt = row.int64(7);
    g.meta.updatedAt = row.int64(8);
    g.meta.deleted = row.int64(9) != 0;
    return g;
}

int roleRank(const QString& role)
{
    if (role == QLatin1String("lead"))
        return 2;
    if (role == QLatin1String("co_lead"))
        return 1;
    return 0;
}

} // namespace

QVariantList WorkingGroupRepository::toValues(const WorkingGroup& g)
{
    return { g.nameEn.trimmed(), g.nameAr.trimmed(), g.sectorId, g.adminPcode.trimmed(),
        g.cadence };
}

Status WorkingGroupRepository::writeMembers(const WorkingGroup& group)
{
    struct Row {
        QUuid id;
        QString role;
    };
    QMultiHash<QUuid, Row> current;
    Statement rows(m_writer.database().handle(),
        "SELECT id, org_id, role FROM working_group_member "
        "WHERE group_id = ? AND deleted = 0 ORDER BY id");
    rows.bind(1, group.meta.id);
    while (rows.step() == Statement::Step::Row)
        current.insert(rows.uuid(1), Row { rows.uuid(0), rows.text(2) });
    for (const WorkingGroupMember& member : group.members) {
        const QList<Row> held = current.values(member.orgId);
        current.remove(member.orgId);
        if (held.isEmpty()) {
            const Status added = m_writer.insert(tables::workingGroupMember, QUuid::createUuid(),
                { group.meta.id, member.orgId, member.role });
            if (!added.ok())
                return added;
            continue;
        }
        // Every row held for the organisation takes the role (rows from two offices fold).
        for (const Row& row : held) {
            if (row.role == member.role)
                continue;
            const Result<bool> changed = m_writer.update(
                tables::workingGroupMember, row.id, { group.meta.id, member.orgId, member.role });
            if (!changed.ok())
                return changed;
        }
    }
    for (const Row& stale : current) {
        const Status removed = m_writer.markDeleted(tables::workingGroupMember, stale.id);
        if (!removed.ok())
            return removed;
    }
    return success();
}

Result<QUuid> WorkingGroupRepository::create(WorkingGroup group)
{
    if (group.meta.id.isNull())
        group.meta.id = QUuid::createUuid();
    const Status status = writeValidated(m_writer.database(), m_validators.check(group), [&] {
        const Status written
            = m_writer.insert(tables::workingGroup, group.meta.id, toValues(group));
        return written.ok() ? writeMembers(group) : written;
    });
    return withId(status, group.meta.id);
}

Status WorkingGroupRepository::update(const WorkingGroup& group)
{
    return writeValidated(m_writer.database(), m_validators.check(group), [&]() -> Status {
        const Result<bool> changed
            = m_writer.update(tables::workingGroup, group.meta.id, toValues(group));
        if (!changed.ok())
            return changed;
        return writeMembers(group);
    });
}

Status WorkingGroupRepository::remove(const QUuid& id)
{
    return writeValidated(
        m_writer.database(), {}, [&] { return m_writer.markDeleted(tables::workingGroup, id); });
}

QList<WorkingGroupMember> WorkingGroupRepository::members(const QUuid& groupId) const
{
    Statement rows(m_writer.database().handle(),
        "SELECT m.org_id, m.role FROM working_group_member m "
        "JOIN organisation o ON o.id = m.org_id "
        "WHERE m.group_id = ? AND m.deleted = 0 ORDER BY o.acronym, m.id");
    rows.bind(1, groupId);
    QList<WorkingGroupMember> result;
    QHash<QUuid, qsizetype> at;
    while (rows.step() == Statement::Step::Row) {
        const WorkingGroupMember member { rows.uuid(0), rows.text(1) };
        const auto seen = at.constFind(member.orgId);
        if (seen == at.constEnd()) {
            at.insert(member.orgId, result.size());
            result << member;
        } else if (roleRank(member.role) > roleRank(result.at(*seen).role)) {
            result[*seen].role = member.role;
        }
    }
    return result;
}

std::optional<WorkingGroup> WorkingGroupRepository::get(const QUuid& id) const
{
    Statement query(m_writer.database().handle(), QByteArray(kSelect) + "WHERE id = ?");
    query.bind(1, id);
    if (query.step() != Statement::Step::Row)
        return std::nullopt;
    WorkingGroup group = fromRow(query);
    group.members = members(id);
    return group;
}

QList<WorkingGroup> WorkingGroupRepository::list() const
{
    Statement query(m_writer.database().handle(),
        QByteArray(kSelect) + "WHERE deleted = 0 ORDER BY name_en, id");
    QList<WorkingGroup> result;
    while (query.step() == Statement::Step::Row)
        result << fromRow(query);
    for (WorkingGroup& group : result)
        group.members = members(group.meta.id);
    return result;
}

QList<QUuid> WorkingGroupRepository::groupsOf(const QUuid& orgId) const
{
    Statement query(m_writer.database().handle(),
        "SELECT DISTINCT g.id FROM working_group g JOIN working_group_member m "
        "ON m.group_id = g.id WHERE m.org_id = ? AND m.deleted = 0 AND g.deleted = 0");
    query.bind(1, orgId);
    QList<QUuid> result;
    while (query.step() == Statement::Step::Row)
        result << query.uuid(0);
    return result;
}

} // namespace tansiq
