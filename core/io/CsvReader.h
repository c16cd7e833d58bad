#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace tansiq {

// A parsed delimited text file: RFC 4180 quoting, quoted cells may hold delimiters, quotes
// ("") and line breaks; CRLF, LF and CR line ends.
struct CsvTable {
    QList<QStringList> rows; // rows.at(i) is physical record i + 1
    QChar delimiter;
};

class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(tansiq::CsvReader)

public:
    // Picks comma, semicolon or tab: the one that splits the first lines most consistently.
    static QChar detectDelimiter(const QString& text);

    // `what` names the file in messages. Refuses unterminated quotes and cells over
    // `maxCellLength` characters (a corrupt or hostile file) with the record number.
    static Result<CsvTable> parse(const QString& text, const QString& what,
        QChar delimiter = QChar(), int maxCellLength = 65536);
};

} // namespace tansiq
