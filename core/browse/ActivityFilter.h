#pragma once

#include <QString>
#include <QUuid>

namespace tansiq {

// What the 4W table, the dashboard and the map narrow the activities to. Empty fields do not
// filter. `placePcode` matches the place and everything under it (P-codes nest by prefix).
struct ActivityFilter {
    QString search;      // free text: organisation, place or sector names, P-codes, site names
    QUuid sectorId;
    QUuid organisationId;  // implementing organisation
    QString placePcode;
    QString monthFrom;   // YYYY-MM, inclusive
    QString monthTo;     // YYYY-MM, inclusive
    QString status;      // Vocabulary::Status code

    bool operator==(const ActivityFilter&) const = default;
};

}  // namespace tansiq
