#pragma once

#include "core/registry/Vocabulary.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace tansiq::report {

// The bulletin's "Coordination" section (issue 16), already in the bulletin's language:
// meetings held in the month with their decisions, action points due in the month, done in
// the month, and overdue at the end of it; monitoring visits made in the month.
struct CoordinationData {
    bool collected = false; // false: the section is left out (nothing was asked for)
    // Rows of printed cells; the section writes the header rows.
    QList<QStringList> meetings; // date, meeting, working group, decisions
    QList<QStringList> due; // action, responsible, due, status
    QList<QStringList> done;
    QList<QStringList> overdue;
    // Monitoring visits in the month, oldest first: date, project or activity, place,
    // visiting organisation, implementation rating, findings.
    QList<QStringList> visits;
    QString overdueOn; // the day overdue is counted at, as printed
};

// A meeting's minutes as printed, in one language.
struct MinutesData {
    Language language = Language::Arabic;
    bool arabicDigits = false;
    QString officeName;
    QString title;
    QString groupName; // empty: a general coordination meeting
    QDate heldOn;
    QString place;
    QString venue;
    QString chair;
    QStringList attendance; // organisation names
    QString agenda;
    QString minutesHtml;
    QStringList decisions; // each with what it is about
    QList<QStringList> actions; // action, responsible, due, status
    QDate producedOn;
};

} // namespace tansiq::report
