#include "core/registry/coordination/MeetingRepository.h"

#include "core/registry/WriteFlow.h"
#include "core/registry/coordination/CoordinationTables.h"
#include "core/registry/coordination/CoordinationValidators.h"
#include "core/storage/Database.h"

#include <QHash>
#include <QSet>

namespace tansiq {

namespace {

constexpr const char* kSelect
    = "SELECT id, held_on, group_id, title, admin_pcode, venue, chair, agenda, minutes, "
      "origin_office, created_at, updated_at, deleted FROM meeting ";

Meeting fromRow(const Statement& row)
{
    Meeting m;
    m.meta.id = row.uuid(0);
    m.heldOn = row.text(1);
    m.groupId = row.isNull(2) ? QUuid() : row.uuid(2);
    m.title = row.text(3);
    m.adminPcode = row.isNull(4) ? QString() : row.text(4);
    m.venue = row.text(5);
    m.chair = row.text(6);
    m.agenda = row.text(7);
    m.minutes = row.text(8);
    m.meta.originOffice = row.uuid(9);
    m.meta.createdAt = row.int64(10);
    m.meta.updatedAt = row.int64(11);
    m.meta.deleted = row.int64(12) != 0;
    return m;
}

QVariant optionalText(const QString& text)
{
    return text.trimmed().isEmpty() ? QVariant() : QVariant(text.trimmed());
}

} // namespace

QVariantList MeetingRepository::toValues(const Meeting& m)
{
    return { m.heldOn, m.groupId, m.title.trimmed(), optionalText(m.adminPcode), m.venue.trimmed(),
        m.chair.trimmed(), m.agenda, m.minutes };
}

Status MeetingRepository::writeAttendance(const Meeting& meeting)
{
    QMultiHash<QUuid, QUuid> current; // org → rows
    Statement rows(m_writer.database().handle(),
        "SELECT id, org_id FROM meeting_attendance WHERE meeting_id = ? AND deleted = 0");
    rows.bind(1, meeting.meta.id);
    while (rows.step() == Statement::Step::Row)
        current.insert(rows.uuid(1), rows.uuid(0));
    for (const QUuid& org : meeting.attendance) {
        if (current.remove(org) > 0)
            continue;
        const Status added = m_writer.insert(
            tables::meetingAttendance, QUuid::createUuid(), { meeting.meta.id, org });
        if (!added.ok())
            return added;
    }
    for (const QUuid& stale : current) {
        const Status removed = m_writer.markDeleted(tables::meetingAttendance, stale);
        if (!removed.ok())
            return removed;
    }
    return success();
}

Status MeetingRepository::writeDecisions(const Meeting& meeting)
{
    QSet<QUuid> current;
    Statement rows(m_writer.database().handle(),
        "SELECT id FROM meeting_decision WHERE meeting_id = ? AND deleted = 0");
    rows.bind(1, meeting.meta.id);
    while (rows.step() == Statement::Step::Row)
        current.insert(rows.uuid(0));
    for (qsizetype i = 0; i < meeting.decisions.size(); ++i) {
        const MeetingDecision& d = meeting.decisions.at(i);
        const QVariantList values = { meeting.meta.id, qint64(i), d.text.trimmed(), d.sectorId,
            optionalText(d.adminPcode), d.needId };
        if (!d.id.isNull() && current.remove(d.id)) {
            const Result<bool> changed = m_writer.update(tables::meetingDecision, d.id, values);
            if (!changed.ok())
                return changed;
            continue;
        }
        if (!d.id.isNull() && m_writer.exists(tables::meetingDecision, d.id, true)) {
            // A decision removed earlier and brought back (an undo): the same record again.
            Status restored = m_writer.restore(tables::meetingDecision, d.id);
            if (restored.ok()) {
                const Result<bool> changed = m_writer.update(tables::meetingDecision, d.id, values);
                restored = changed.status();
            }
            if (!restored.ok())
                return restored;
            continue;
        }
        const Status added = m_writer.insert(
            tables::meetingDecision, d.id.isNull() ? QUuid::createUuid() : d.id, values);
        if (!added.ok())
            return added;
    }
    for (const QUuid& stale : current) {
        const Status removed = m_writer.markDeleted(tables::meetingDecision, stale);
        if (!removed.ok())
            return removed;
    }
    return success();
}

Result<QUuid> MeetingRepository::create(Meeting meeting)
{
    if (meeting.meta.id.isNull())
        meeting.meta.id = QUuid::createUuid();
    const Status status = writeValidated(m_writer.database(), m_validators.check(meeting), [&] {
        Status written = m_writer.insert(tables::meeting, meeting.meta.id, toValues(meeting));
        if (written.ok())
            written = writeAttendance(meeting);
        return written.ok() ? writeDecisions(meeting) : written;
    });
    return withId(status, meeting.meta.id);
}

Status MeetingRepository::update(const Meeting& meeting)
{
    return writeValidated(m_writer.database(), m_validators.check(meeting), [&]() -> Status {
        const Result<bool> changed
            = m_writer.update(tables::meeting, meeting.meta.id, toValues(meeting));
        if (!changed.ok())
            return changed;
        const Status attendance = writeAttendance(meeting);
        return attendance.ok() ? writeDecisions(meeting) : attendance;
    });
}

Status MeetingRepository::remove(const QUuid& id)
{
    return writeValidated(
        m_writer.database(), {}, [&] { return m_writer.markDeleted(tables::meeting, id); });
}

void MeetingRepository::readChildren(Meeting& meeting) const
{
    Database& db = m_writer.database();
    Statement attendance(db.handle(),
        "SELECT DISTINCT a.org_id, o.acronym FROM meeting_attendance a "
        "JOIN organisation o ON o.id = a.org_id "
        "WHERE a.meeting_id = ? AND a.deleted = 0 "
        "ORDER BY o.acronym, a.org_id");
    attendance.bind(1, meeting.meta.id);
    while (attendance.step() == Statement::Step::Row)
        meeting.attendance << attendance.uuid(0);
    Statement decisions(db.handle(),
        "SELECT id, text, sector_id, admin_pcode, need_id "
        "FROM meeting_decision WHERE meeting_id = ? AND deleted = 0 "
        "ORDER BY position, created_at, id");
    decisions.bind(1, meeting.meta.id);
    while (decisions.step() == Statement::Step::Row) {
        MeetingDecision d;
        d.id = decisions.uuid(0);
        d.text = decisions.text(1);
        d.sectorId = decisions.isNull(2) ? QUuid() : decisions.uuid(2);
        d.adminPcode = decisions.isNull(3) ? QString() : decisions.text(3);
        d.needId = decisions.isNull(4) ? QUuid() : decisions.uuid(4);
        meeting.decisions << d;
    }
}

std::optional<Meeting> MeetingRepository::get(const QUuid& id) const
{
    Statement query(m_writer.database().handle(), QByteArray(kSelect) + "WHERE id = ?");
    query.bind(1, id);
    if (query.step() != Statement::Step::Row)
        return std::nullopt;
    Meeting meeting = fromRow(query);
    readChildren(meeting);
    return meeting;
}

QList<Meeting> MeetingRepository::list(const QString& month, const QUuid& groupId) const
{
    Statement query(m_writer.database().handle(),
        QByteArray(kSelect)
            + "WHERE deleted = 0 AND (ifnull(?1, '') = '' OR substr(held_on, 1, 7) = ?1) "
              "AND (?2 IS NULL OR group_id = ?2) ORDER BY held_on DESC, title, id");
    query.bind(1, month);
    query.bind(2, groupId);
    QList<Meeting> result;
    while (query.step() == Statement::Step::Row)
        result << fromRow(query);
    for (Meeting& meeting : result)
        readChildren(meeting);
    return result;
}

} // namespace tansiq
