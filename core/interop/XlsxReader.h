#pragma once

#include "core/common/Result.h"
#include "core/interop/Sheet.h"
#include "core/interop/WorksheetParser.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace tansiq::interop {

// Reads the first worksheet of an XLSX workbook (libzip + QXmlStreamReader): shared and inline
// strings, rich text runs, numbers (as plain decimal text), booleans, cached formula results,
// and dates stored as serial numbers with a date format (returned as YYYY-MM-DD; 1900 and
// 1904 date systems). Missing rows and cells (empty or merged leading rows) come back as
// empty cells so row numbers match what the user sees in Excel.
class XlsxReader {
    Q_DECLARE_TR_FUNCTIONS(tansiq::interop::XlsxReader)

public:
    static Result<Sheet> read(const QByteArray& bytes, const QString& what);
};

} // namespace tansiq::interop
