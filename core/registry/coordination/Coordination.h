#pragma once

#include "core/registry/RecordMeta.h"

#include <QList>
#include <QString>

namespace tansiq {

// Coordination beyond the 4W (issue 16, docs/decisions/0067): working groups, meetings with
// attendance and decisions, action points with their status history, monitoring visits.

struct WorkingGroupMember {
    QUuid orgId;
    QString role = QStringLiteral("member"); // CoordinationTerm::MemberRole
};

struct WorkingGroup {
    RecordMeta meta;
    QString nameEn;
    QString nameAr;
    QUuid sectorId; // null: cross-sector
    QString adminPcode; // governorate or district
    QString cadence = QStringLiteral("monthly"); // CoordinationTerm::Cadence
    QList<WorkingGroupMember> members;
};

struct MeetingDecision {
    QUuid id; // null for a new decision
    QString text;
    QUuid sectorId; // optional
    QString adminPcode; // optional
    QUuid needId; // optional: the gap or need it is about
};

struct Meeting {
    RecordMeta meta;
    QString heldOn; // YYYY-MM-DD
    QUuid groupId; // null: a general coordination meeting
    QString title;
    QString adminPcode; // optional
    QString venue;
    QString chair;
    QString agenda;
    QString minutes; // rich text (Qt's HTML subset)
    QList<QUuid> attendance; // organisations that attended
    QList<MeetingDecision> decisions; // in their order
};

struct ActionPoint {
    RecordMeta meta;
    QString text;
    QUuid orgId; // responsible organisation
    QString dueOn; // YYYY-MM-DD
    QString status = QStringLiteral("open"); // CoordinationTerm::ActionStatus
    QUuid meetingId; // the meeting that set it (optional)
    QUuid visitId; // or the monitoring visit (optional)
    QUuid sectorId; // optional
    QString adminPcode; // optional

    // Open or in progress past its due date (`today` as YYYY-MM-DD).
    bool isOverdue(const QString& today) const
    {
        return (status == QLatin1String("open") || status == QLatin1String("in_progress"))
            && !dueOn.isEmpty() && dueOn < today;
    }
};

struct ActionPointStatusChange {
    QUuid id;
    QString fromStatus;
    QString toStatus;
    QString note;
    QUuid office; // where it was changed
    qint64 at = 0; // Unix ms
};

struct MonitoringVisit {
    RecordMeta meta;
    QString visitedOn; // YYYY-MM-DD
    QUuid projectId; // a project or an activity (at least one)
    QUuid activityId;
    QString adminPcode;
    QUuid visitingOrgId;
    QString findings;
    QString rating = QStringLiteral("on_track"); // CoordinationTerm::VisitRating
};

} // namespace tansiq
