#pragma once

#include "core/common/Result.h"
#include "core/interop/Sheet.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace tansiq::interop {

// Reads a partner's spreadsheet: XLSX (recognised by its zip signature) or delimited text in
// UTF-8 (with or without BOM), UTF-16 or Windows-1256, separated by comma, semicolon or tab.
// Refuses, with a message naming the file, anything that is not a table: binary data, a
// damaged workbook, a single enormous line, more than kMaxColumns columns.
class SheetReader {
    Q_DECLARE_TR_FUNCTIONS(tansiq::interop::SheetReader)

public:
    static constexpr qint64 kMaxFileBytes = 256LL * 1024 * 1024;
    static constexpr int kMaxColumns = 1000;
    static constexpr qsizetype kMaxLineBytes = 4 * 1024 * 1024;

    static Result<Sheet> readFile(const QString& path);
    static Result<Sheet> readBytes(const QByteArray& bytes, const QString& what);

private:
    static Result<Sheet> readDelimited(const QByteArray& bytes, const QString& what);
    static Status checkShape(const Sheet& sheet, const QString& what);
};

} // namespace tansiq::interop
