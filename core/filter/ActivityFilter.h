#pragma once

#include <QList>
#include <QString>
#include <QUuid>

namespace tansiq {

// Which activities the 4W table, the dashboard, the map and the 4W export narrow to: the one
// description of an activity filter (decision 0102). Its SQL form is ActivityWhere, its
// compiled form over the engine's snapshot ActivityMatcher; tests/core/ActivityFilterContractTest
// runs the same cases through every consumer. Empty parts do not filter; parts all apply.
//
// - `search`: free text, folded with text::foldForSearch (case, Arabic diacritics, أ/إ/آ/ا,
//   ة/ه, ى/ي), found in the implementing organisation (acronym, names), the sector (code,
//   names), the place or any place around it (P-code, names, gazetteer alternative names) or
//   the activity's site name.
// - `organisationIds`, `sectorIds`: any of them (implementing organisation; sector).
// - `placePcode`: the place and everything under it (P-codes nest by prefix).
// - `monthFrom`/`monthTo`: reporting month, YYYY-MM, inclusive.
// - `activeFrom`/`activeTo`: YYYY-MM-DD, inclusive; the activity was active at some time in
//   the period ("active during", docs/measures.md: an open-ended activity that is completed,
//   suspended or cancelled stopped at the end of its reporting month).
// - `status`, `modality`: a Vocabulary code.
struct ActivityFilter {
    QString search;
    QList<QUuid> organisationIds;
    QList<QUuid> sectorIds;
    QString placePcode;
    QString monthFrom;
    QString monthTo;
    QString activeFrom;
    QString activeTo;
    QString status;
    QString modality;

    bool operator==(const ActivityFilter&) const = default;
};

} // namespace tansiq
