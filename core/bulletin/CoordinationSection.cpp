#include "core/bulletin/CoordinationSection.h"

#include "core/bulletin/BulletinText.h"
#include "core/bulletin/DocumentWriter.h"

namespace tansiq::report {

ReportTable actionPointTable(const QList<QStringList>& rows, Language language)
{
    const BulletinText t(language);
    ReportTable table;
    table.headers = { t.translate("tansiq::Bulletin", "Action point"),
        t.translate("tansiq::Bulletin", "Responsible"), t.translate("tansiq::Bulletin", "Due"),
        t.translate("tansiq::Bulletin", "Status") };
    table.rows = rows;
    return table;
}

void writeCoordinationSection(DocumentWriter& w, const CoordinationData& d, Language language)
{
    if (!d.collected)
        return;
    const BulletinText t(language);
    w.heading(t.translate("tansiq::Bulletin", "Coordination"), true);
    w.heading(t.translate("tansiq::Bulletin", "Meetings held and their decisions"));
    if (d.meetings.isEmpty()) {
        w.paragraph(
            t.translate("tansiq::Bulletin", "No coordination meeting was recorded this month."));
    } else {
        ReportTable meetings;
        meetings.headers
            = { t.translate("tansiq::Bulletin", "Date"), t.translate("tansiq::Bulletin", "Meeting"),
                  t.translate("tansiq::Bulletin", "Working group"),
                  t.translate("tansiq::Bulletin", "Decisions") };
        meetings.rows = d.meetings;
        w.table(meetings);
    }

    w.heading(t.translate("tansiq::Bulletin", "Overdue action points"));
    if (d.overdue.isEmpty()) {
        w.paragraph(t.translate("tansiq::Bulletin", "No action point is overdue."));
    } else {
        w.note(t.translate("tansiq::Bulletin", "Open or in progress after their due date, on %1.")
                   .arg(d.overdueOn));
        w.table(actionPointTable(d.overdue, language));
    }
    w.heading(t.translate("tansiq::Bulletin", "Action points due this month"));
    if (d.due.isEmpty())
        w.paragraph(t.translate("tansiq::Bulletin", "No action point was due this month."));
    else
        w.table(actionPointTable(d.due, language));
    w.heading(t.translate("tansiq::Bulletin", "Action points done this month"));
    if (d.done.isEmpty())
        w.paragraph(t.translate("tansiq::Bulletin", "No action point was marked done this month."));
    else
        w.table(actionPointTable(d.done, language));

    w.heading(t.translate("tansiq::Bulletin", "Monitoring visits"));
    if (d.visits.isEmpty()) {
        w.paragraph(
            t.translate("tansiq::Bulletin", "No monitoring visit was recorded this month."));
    } else {
        ReportTable visits;
        visits.headers = { t.translate("tansiq::Bulletin", "Date"),
            t.translate("tansiq::Bulletin", "Project or activity"),
            t.translate("tansiq::Bulletin", "Place"),
            t.translate("tansiq::Bulletin", "Visiting organisation"),
            t.translate("tansiq::Bulletin", "Implementation"),
            t.translate("tansiq::Bulletin", "Findings") };
        visits.rows = d.visits;
        w.table(visits);
    }
}

} // namespace tansiq::report
