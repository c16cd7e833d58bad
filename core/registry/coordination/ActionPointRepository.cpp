#include "core/registry/coordination/ActionPointRepository.h"

#include "core/registry/WriteFlow.h"
#include "core/registry/coordination/CoordinationTables.h"
#include "core/registry/coordination/CoordinationValidators.h"
#include "core/registry/validation/FieldChecks.h"
#include "core/storage/Database.h"

namespace tansiq {

namespace {

constexpr const char* kSelect
    = "SELECT p.id, p.text, p.org_id, p.due_on, p.status, p.meeting_id, p.visit_id, p.sector_id, "
      "p.admin_pcode, p.origin_office, p.created_at, p.updated_at, p.deleted FROM action_point p ";

ActionPoint fromRow(const Statement& row)
{
    ActionPoint a;
    a.meta.id = row.uuid(0);
    a.text = row.text(1);
    a.orgId = row.uuid(2);
    a.dueOn = row.text(3);
    a.status = row.text(4);
    a.meetingId = row.isNull(5) ? QUuid() : row.uuid(5);
    a.visitId = row.isNull(6) ? QUuid() : row.uuid(6);
    a.sectorId = row.isNull(7) ? QUuid() : row.uuid(7);
    a.adminPcode = row.isNull(8) ? QString() : row.text(8);
    a.meta.originOffice = row.uuid(9);
    a.meta.createdAt = row.int64(10);
    a.meta.updatedAt = row.int64(11);
    a.meta.deleted = row.int64(12) != 0;
    return a;
}

} // namespace

QVariantList ActionPointRepository::toValues(const ActionPoint& a)
{
    return { a.text.trimmed(), a.orgId, a.dueOn, a.status, a.meetingId, a.visitId, a.sectorId,
        a.adminPcode.trimmed().isEmpty() ? QVariant() : QVariant(a.adminPcode.trimmed()) };
}

Status ActionPointRepository::recordChange(
    const QUuid& id, const QString& from, const QString& to, const QString& note)
{
    return m_writer.insert(
        tables::actionPointStatus, QUuid::createUuid(), { id, from, to, note.trimmed() });
}

Result<QUuid> ActionPointRepository::create(ActionPoint point)
{
    if (point.meta.id.isNull())
        point.meta.id = QUuid::createUuid();
    const Status status = writeValidated(m_writer.database(), m_validators.check(point), [&] {
        const Status written = m_writer.insert(tables::actionPoint, point.meta.id, toValues(point));
        return written.ok() ? recordChange(point.meta.id, QString(), point.status, QString())
                            : written;
    });
    return withId(status, point.meta.id);
}

Status ActionPointRepository::update(const ActionPoint& point, const QString& note)
{
    Issues issues = m_validators.check(point);
    FieldChecks(issues).text(CoordinationValidators::tr("note"), note, false, 2000);
    const std::optional<ActionPoint> before = get(point.meta.id);
    if (!before || before->meta.deleted)
        FieldChecks(issues).error(QStringLiteral("unknown-record"),
            CoordinationValidators::tr("action point"),
            point.meta.id.toString(QUuid::WithoutBraces),
            CoordinationValidators::tr("%1 “%2” does not exist.")
                .arg(CoordinationValidators::tr("action point"),
                    point.meta.id.toString(QUuid::WithoutBraces)));
    return writeValidated(m_writer.database(), issues, [&]() -> Status {
        const Result<bool> changed
            = m_writer.update(tables::actionPoint, point.meta.id, toValues(point));
        if (!changed.ok())
            return changed;
        if (before->status == point.status)
            return success();
        return recordChange(point.meta.id, before->status, point.status, note);
    });
}

Status ActionPointRepository::setStatus(const QUuid& id, const QString& status, const QString& note)
{
    std::optional<ActionPoint> point = get(id);
    if (!point || point->meta.deleted) {
        const QString field = CoordinationValidators::tr("action point");
        const QString value = id.toString(QUuid::WithoutBraces);
        return Issue::error(QStringLiteral("unknown-record"), field, value,
            CoordinationValidators::tr("%1 “%2” does not exist.").arg(field, value));
    }
    point->status = status;
    return update(*point, note);
}

Status ActionPointRepository::remove(const QUuid& id)
{
    return writeValidated(
        m_writer.database(), {}, [&] { return m_writer.markDeleted(tables::actionPoint, id); });
}

std::optional<ActionPoint> ActionPointRepository::get(const QUuid& id) const
{
    Statement query(m_writer.database().handle(), QByteArray(kSelect) + "WHERE p.id = ?");
    query.bind(1, id);
    if (query.step() != Statement::Step::Row)
        return std::nullopt;
    return fromRow(query);
}

QList<ActionPoint> ActionPointRepository::list(const ActionPointFilter& filter) const
{
    Statement query(m_writer.database().handle(),
        QByteArray(kSelect)
            + "LEFT JOIN meeting m ON m.id = p.meeting_id WHERE p.deleted = 0 "
              "AND (ifnull(?1, '') = '' OR (p.due_on < ?1 AND (p.status = 'open' OR "
              "p.status = 'in_progress'))) "
              "AND (?2 IS NULL OR p.org_id = ?2) AND (?3 IS NULL OR p.meeting_id = ?3) "
              "AND (?4 IS NULL OR p.visit_id = ?4) AND (?5 IS NULL OR m.group_id = ?5) "
              "AND (ifnull(?6, '') = '' OR substr(p.due_on, 1, 7) = ?6) "
              "ORDER BY p.due_on, p.text, p.id");
    query.bind(1, filter.overdueOn);
    query.bind(2, filter.orgId);
    query.bind(3, filter.meetingId);
    query.bind(4, filter.visitId);
    query.bind(5, filter.groupId);
    query.bind(6, filter.dueMonth);
    QList<ActionPoint> result;
    while (query.step() == Statement::Step::Row)
        result << fromRow(query);
    return result;
}

QList<ActionPointStatusChange> ActionPointRepository::history(const QUuid& id) const
{
    Statement query(m_writer.database().handle(),
        "SELECT id, from_status, to_status, note, origin_office, created_at "
        "FROM action_point_status WHERE action_point_id = ? AND deleted = 0 "
        "ORDER BY created_at, rowid"); // rowid: the order written here
    query.bind(1, id);
    QList<ActionPointStatusChange> result;
    while (query.step() == Statement::Step::Row)
        result << ActionPointStatusChange { query.uuid(0), query.text(1), query.text(2),
            query.text(3), query.uuid(4), query.int64(5) };
    return result;
}

} // namespace tansiq
