#pragma once

#include "core/registry/RecordMeta.h"

#include <QString>

namespace tansiq {

// Needs per place and sector: OCHA severity 1 (minimal) to 5 (catastrophic) and people in need.
struct Need {
    RecordMeta meta;
    QString adminPcode;
    QUuid sectorId;
    int severity = 1;
    qint64 peopleInNeed = 0;
    QString source; // assessment name
    QString assessedOn; // YYYY-MM-DD
};

} // namespace tansiq
