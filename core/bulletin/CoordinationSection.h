#pragma once

#include "core/bulletin/BulletinData.h"
#include "core/bulletin/CoordinationReportData.h"

namespace tansiq::report {

class DocumentWriter;

// Writes the bulletin's "Coordination" section from its data (nothing when not collected).
void writeCoordinationSection(
    DocumentWriter& writer, const CoordinationData& data, Language language);
// The header row of an action point table in `language` (the section and the minutes).
ReportTable actionPointTable(const QList<QStringList>& rows, Language language);

} // namespace tansiq::report
