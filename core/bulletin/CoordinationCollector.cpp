#include "core/bulletin/CoordinationCollector.h"

#include "core/bulletin/BulletinText.h"
#include "core/bulletin/ReportFormat.h"
#include "core/registry/Registry.h"
#include "core/registry/coordination/CoordinationNames.h"
#include "core/registry/coordination/CoordinationRegistry.h"
#include "core/registry/coordination/CoordinationTerms.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace tansiq::report {

namespace {

QString decisionLine(const MeetingDecision& d, const CoordinationNames& names)
{
    QStringList about;
    if (!d.sectorId.isNull())
        about << names.sector(d.sectorId);
    if (!d.adminPcode.isEmpty())
        about << names.place(d.adminPcode);
    if (!d.needId.isNull())
        about << BulletinText(names.language())
                     .translate("tansiq::Bulletin", "need: %1")
                     .arg(names.need(d.needId));
    return about.isEmpty()
        ? d.text
        : QStringLiteral("%1 (%2)").arg(d.text,
            about.join(names.language() == Language::Arabic ? QStringLiteral("، ")
                                                            : QStringLiteral(", ")));
}

QList<QStringList> actionRows(
    const QList<ActionPoint>& points, const CoordinationNames& names, const ReportFormat& f)
{
    QList<QStringList> rows;
    for (const ActionPoint& a : points) {
        rows << QStringList { a.text, names.organisation(a.orgId),
            f.date(QDate::fromString(a.dueOn, Qt::ISODate)),
            coordinationLabel(CoordinationTerm::ActionStatus, a.status, f.language()) };
    }
    return rows;
}

} // namespace

CoordinationData collectCoordination(Registry& registry, const QDate& month, Language language,
    bool arabicDigits, const QDate& producedOn)
{
    const BulletinText t(language);
    const ReportFormat f(language, arabicDigits);
    const CoordinationNames names(registry, language);
    CoordinationRegistry coordination(registry);
    CoordinationData data;
    data.collected = true;
    const QString monthText = month.toString(QStringLiteral("yyyy-MM"));

    QList<Meeting> meetings = coordination.meetings().list(monthText);
    std::reverse(meetings.begin(), meetings.end()); // oldest first in print
    for (const Meeting& m : meetings) {
        QStringList decisions;
        for (qsizetype i = 0; i < m.decisions.size(); ++i)
            decisions << f.number(double(i + 1)) + QStringLiteral(". ") + QChar(0x2068)
                    + decisionLine(m.decisions.at(i), names) + QChar(0x2069);
        data.meetings << QStringList { f.date(QDate::fromString(m.heldOn, Qt::ISODate)), m.title,
            m.groupId.isNull() ? t.translate("tansiq::Bulletin", "General coordination")
                               : names.group(m.groupId),
            decisions.join(QLatin1Char('\n')) };
    }

    ActionPointFilter dueFilter;
    dueFilter.dueMonth = monthText;
    data.due = actionRows(coordination.actions().list(dueFilter), names, f);

    const QDate endOfMonth = month.addMonths(1);
    const QDate overdueDay
        = producedOn.isValid() && producedOn < endOfMonth ? producedOn : endOfMonth;
    ActionPointFilter overdue;
    overdue.overdueOn = overdueDay.toString(Qt::ISODate);
    data.overdue = actionRows(coordination.actions().list(overdue), names, f);
    data.overdueOn = f.date(overdueDay);

    QList<ActionPoint> done;
    for (const ActionPoint& a : coordination.actions().list()) {
        if (a.status != QLatin1String("done"))
            continue;
        const QList<ActionPointStatusChange> history = coordination.actions().history(a.meta.id);
        for (auto it = history.crbegin(); it != history.crend(); ++it) {
            if (it->toStatus != QLatin1String("done"))
                continue;
            const QDate on = QDateTime::fromMSecsSinceEpoch(it->at, Qt::UTC).date();
            if (on >= month && on < endOfMonth)
                done << a;
            break;
        }
    }
    data.done = actionRows(done, names, f);

    QList<MonitoringVisit> visits = coordination.visits().list(monthText);
    std::reverse(visits.begin(), visits.end()); // oldest first in print
    for (const MonitoringVisit& v : visits) {
        const QString visited = v.projectId.isNull()
            ? t.translate("tansiq::Bulletin", "Activity %1")
                  .arg(v.activityId.toString(QUuid::WithoutBraces).left(8))
            : names.project(v.projectId);
        data.visits << QStringList { f.date(QDate::fromString(v.visitedOn, Qt::ISODate)), visited,
            names.place(v.adminPcode), names.organisation(v.visitingOrgId),
            coordinationLabel(CoordinationTerm::VisitRating, v.rating, language), v.findings };
    }
    return data;
}

Result<MinutesData> collectMinutes(
    Registry& registry, const QUuid& meetingId, Language language, const QString& officeName)
{
    const auto meeting = CoordinationRegistry(registry).meetings().get(meetingId);
    if (!meeting || meeting->meta.deleted) {
        const QString value = meetingId.toString(QUuid::WithoutBraces);
        return Issue::error(QStringLiteral("unknown-record"),
            QCoreApplication::translate("tansiq::Minutes", "meeting"), value,
            QCoreApplication::translate("tansiq::Minutes", "No meeting has the id “%1”.")
                .arg(value));
    }
    const ReportFormat f(language, false);
    const CoordinationNames names(registry, language);
    MinutesData data;
    data.language = language;
    data.officeName = officeName;
    data.title = meeting->title;
    data.groupName = names.group(meeting->groupId);
    data.heldOn = QDate::fromString(meeting->heldOn, Qt::ISODate);
    data.place = names.place(meeting->adminPcode);
    data.venue = meeting->venue;
    data.chair = meeting->chair;
    for (const QUuid& org : meeting->attendance)
        data.attendance << QStringLiteral("%1 (%2)").arg(
            names.organisationName(org), names.organisation(org));
    data.agenda = meeting->agenda;
    data.minutesHtml = meeting->minutes;
    for (const MeetingDecision& d : meeting->decisions)
        data.decisions << decisionLine(d, names);
    ActionPointFilter filter;
    filter.meetingId = meetingId;
    data.actions = actionRows(CoordinationRegistry(registry).actions().list(filter), names, f);
    data.producedOn = QDate::currentDate();
    return data;
}

} // namespace tansiq::report
