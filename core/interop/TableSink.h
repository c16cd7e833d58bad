#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace tansiq::interop {

// Where an export writes its table, one row at a time (so 100,000 rows never sit in memory
// twice). The file appears only when finish() succeeds (QSaveFile: written to a temporary
// file, then renamed); a failed or abandoned export leaves any earlier file untouched.
class TableSink {
public:
    struct Layout {
        QStringList header; // the human header row
        QStringList tags; // the HXL hashtag row
        QList<bool> numeric; // per column: write numbers as numbers (XLSX)
        bool rightToLeft = false;
        QString sheetName = QStringLiteral("4W");
    };

    virtual ~TableSink() = default;
    virtual Status begin(const Layout& layout) = 0;
    virtual Status row(const QStringList& cells) = 0;
    virtual Status finish() = 0;

    // CSV: UTF-8 with a byte-order mark (so Excel shows Arabic), comma separated, CRLF line
    // ends, RFC 4180 quoting. XLSX: one worksheet, header rows bold and frozen.
    static std::unique_ptr<TableSink> csv(const QString& path);
    static std::unique_ptr<TableSink> xlsx(const QString& path);
};

} // namespace tansiq::interop
