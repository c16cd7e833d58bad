#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace tansiq::interop {

// A table read from a partner's file: rows of text cells, as the file holds them (header rows
// included). XLSX numbers come as plain decimal text and date cells as YYYY-MM-DD.
struct Sheet {
    QList<QStringList> rows;
    QString format; // "CSV" or "XLSX"
    QString encoding; // CSV: the detected encoding (TextDecoding's name)
    QChar delimiter; // CSV: the detected delimiter
    QString sheetName; // XLSX: the worksheet read (the first one)

    // "CSV, Windows-1256, separated by ';'" — what the import reports it found.
    QString description() const;
};

} // namespace tansiq::interop
