#pragma once

#include "core/bulletin/CoordinationReportData.h"
#include "core/common/Result.h"

#include <QUuid>

namespace tansiq {
class Registry;
}

namespace tansiq::report {

// Reads the coordination records for the bulletin and the minutes through the repositories
// (unlike the 4W figures, which come from the engine's snapshot: these tables are small).
// Call on a thread that may use the registry's connection.

// The month's section: meetings held in it, action points due in it and done in it (by
// their status history), and those still open or in progress past their due date at the end
// of the month (or on `producedOn` when that is earlier).
CoordinationData collectCoordination(Registry& registry, const QDate& month, Language language,
    bool arabicDigits, const QDate& producedOn);

// A meeting's minutes; refuses an unknown meeting naming its id.
Result<MinutesData> collectMinutes(
    Registry& registry, const QUuid& meetingId, Language language, const QString& officeName);

} // namespace tansiq::report
