#include "core/registry/coordination/CoordinationValidators.h"

#include "core/registry/References.h"
#include "core/registry/validation/FieldChecks.h"
#include "core/storage/Database.h"

#include <QSet>

namespace tansiq {

namespace {
QString uuidText(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}
} // namespace

bool CoordinationValidators::liveRecord(const char* table, const QUuid& id) const
{
    Statement query(
        m_db.handle(), QByteArray("SELECT 1 FROM ") + table + " WHERE id = ? AND deleted = 0");
    query.bind(1, id);
    return query.step() == Statement::Step::Row;
}

void CoordinationValidators::place(
    Issues& issues, const QString& field, const QString& pcode, bool required) const
{
    FieldChecks checks(issues);
    if (pcode.isEmpty()) {
        if (required)
            checks.error(
                QStringLiteral("required"), field, pcode, tr("%1 is required.").arg(field));
    } else if (!m_refs.adminLevel(pcode)) {
        checks.error(QStringLiteral("unknown-pcode"), field, pcode,
            tr("%1 “%2” is not in the gazetteer.").arg(field, pcode));
    }
}

void CoordinationValidators::organisation(
    Issues& issues, const QString& field, const QUuid& id) const
{
    FieldChecks checks(issues);
    if (id.isNull())
        checks.error(
            QStringLiteral("required"), field, QString(), tr("%1 is required.").arg(field));
    else if (!m_refs.organisationExists(id))
        checks.error(QStringLiteral("unknown-organisation"), field, uuidText(id),
            tr("%1 “%2” is not a known organisation.").arg(field, uuidText(id)));
}

void CoordinationValidators::sector(Issues& issues, const QUuid& id) const
{
    if (!id.isNull() && !m_refs.sectorExists(id)) {
        const QString field = tr("sector");
        FieldChecks(issues).error(QStringLiteral("unknown-sector"), field, uuidText(id),
            tr("%1 “%2” is not a known sector.").arg(field, uuidText(id)));
    }
}

void CoordinationValidators::record(
    Issues& issues, const QString& field, const char* table, const QUuid& id) const
{
    if (!id.isNull() && !liveRecord(table, id))
        FieldChecks(issues).error(QStringLiteral("unknown-record"), field, uuidText(id),
            tr("%1 “%2” does not exist.").arg(field, uuidText(id)));
}

void CoordinationValidators::term(
    Issues& issues, const QString& field, CoordinationTerm vocabulary, const QString& code) const
{
    FieldChecks(issues).term(field, coordinationTerms(vocabulary), code);
}

Issues CoordinationValidators::check(const WorkingGroup& group) const
{
    Issues issues;
    FieldChecks checks(issues);
    checks.text(tr("English name"), group.nameEn, true, 200);
    checks.text(tr("Arabic name"), group.nameAr, true, 200);
    sector(issues, group.sectorId);
    place(issues, tr("area P-code"), group.adminPcode, true);
    term(issues, tr("meeting cadence"), CoordinationTerm::Cadence, group.cadence);
    QSet<QUuid> seen;
    int leads = 0;
    for (const WorkingGroupMember& member : group.members) {
        organisation(issues, tr("member organisation"), member.orgId);
        term(issues, tr("member role"), CoordinationTerm::MemberRole, member.role);
        if (member.role == QLatin1String("lead"))
            ++leads;
        if (!member.orgId.isNull() && seen.contains(member.orgId))
            checks.error(QStringLiteral("duplicate-member"), tr("member organisation"),
                uuidText(member.orgId),
                tr("%1 “%2” is listed twice.")
                    .arg(tr("member organisation"), uuidText(member.orgId)));
        seen.insert(member.orgId);
    }
    if (leads > 1)
        checks.error(QStringLiteral("two-leads"), tr("member role"), QStringLiteral("lead"),
            tr("A working group has one lead organisation; make the others co-leads."));
    return issues;
}

Issues CoordinationValidators::check(const Meeting& meeting) const
{
    Issues issues;
    FieldChecks checks(issues);
    checks.date(tr("meeting date"), meeting.heldOn, true);
    record(issues, tr("working group"), "working_group", meeting.groupId);
    checks.text(tr("meeting title"), meeting.title, true, 300);
    place(issues, tr("place P-code"), meeting.adminPcode, false);
    checks.text(tr("venue"), meeting.venue, false, 300);
    checks.text(tr("chair"), meeting.chair, false, 200);
    checks.text(tr("agenda"), meeting.agenda, false, 20000);
    checks.text(tr("minutes"), meeting.minutes, false, 500000);
    QSet<QUuid> seen;
    for (const QUuid& org : meeting.attendance) {
        organisation(issues, tr("attending organisation"), org);
        if (seen.contains(org))
            checks.error(QStringLiteral("duplicate-attendance"), tr("attending organisation"),
                uuidText(org),
                tr("%1 “%2” is listed twice.").arg(tr("attending organisation"), uuidText(org)));
        seen.insert(org);
    }
    for (const MeetingDecision& decision : meeting.decisions) {
        checks.text(tr("decision"), decision.text, true, 4000);
        sector(issues, decision.sectorId);
        place(issues, tr("decision place P-code"), decision.adminPcode, false);
        record(issues, tr("need"), "need", decision.needId);
    }
    return issues;
}

Issues CoordinationValidators::check(const ActionPoint& point) const
{
    Issues issues;
    FieldChecks checks(issues);
    checks.text(tr("action point"), point.text, true, 4000);
    organisation(issues, tr("responsible organisation"), point.orgId);
    checks.date(tr("due date"), point.dueOn, true);
    term(issues, tr("status"), CoordinationTerm::ActionStatus, point.status);
    record(issues, tr("meeting"), "meeting", point.meetingId);
    record(issues, tr("monitoring visit"), "monitoring_visit", point.visitId);
    sector(issues, point.sectorId);
    place(issues, tr("place P-code"), point.adminPcode, false);
    return issues;
}

Issues CoordinationValidators::check(const MonitoringVisit& visit) const
{
    Issues issues;
    FieldChecks checks(issues);
    checks.date(tr("visit date"), visit.visitedOn, true);
    if (visit.projectId.isNull() && visit.activityId.isNull())
        checks.error(QStringLiteral("required"), tr("project or activity"), QString(),
            tr("%1 is required.").arg(tr("project or activity")));
    record(issues, tr("project"), "project", visit.projectId);
    record(issues, tr("activity"), "activity", visit.activityId);
    place(issues, tr("place P-code"), visit.adminPcode, true);
    organisation(issues, tr("visiting organisation"), visit.visitingOrgId);
    checks.text(tr("findings"), visit.findings, false, 20000);
    term(issues, tr("rating"), CoordinationTerm::VisitRating, visit.rating);
    return issues;
}

Issues CoordinationValidators::checkStatus(const QString& status) const
{
    Issues issues;
    term(issues, tr("status"), CoordinationTerm::ActionStatus, status);
    return issues;
}

} // namespace tansiq
