#pragma once

#include "core/bulletin/CoordinationReportData.h"
#include "core/bulletin/PdfPager.h"
#include "core/common/Result.h"

#include <memory>

class QTextDocument;

namespace tansiq::report {

// A meeting's minutes on A4 in Arabic or English, laid out with the bulletin's writer, fonts
// and pager: heading, details, attendance, agenda, the minutes as written, decisions and
// action points.
class MinutesDocument {
public:
    static std::unique_ptr<QTextDocument> build(const MinutesData& data);
    static PageSetup pageSetup(const MinutesData& data);
    static Status writePdf(const MinutesData& data, const QString& path);
};

} // namespace tansiq::report
