#pragma once

#include "core/common/Result.h"
#include "core/interop/Sheet.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>
#include <QXmlStreamReader>

namespace tansiq::interop {

// Parses an XLSX worksheet (sheetN.xml) fed in pieces as it is inflated, into rows of text
// (see XlsxReader for the cell rules). Holds one row of XML at a time, not the whole part.
class WorksheetParser {
    Q_DECLARE_TR_FUNCTIONS(tansiq::interop::XlsxReader)

public:
    WorksheetParser(Sheet& sheet, const QStringList& sharedStrings, const QSet<int>& dateStyles,
        bool date1904, QString what, QString part);

    Status feed(const QByteArray& chunk);
    Status finish();

private:
    struct Cell {
        QString type;
        int style = 0;
        QString value;
        QString inlineText;
    };

    Status step();
    Status endCell();
    QString cellValue() const;
    Issue damaged() const;

    Sheet& m_sheet;
    const QStringList& m_shared;
    const QSet<int>& m_dateStyles;
    bool m_date1904;
    QString m_what;
    QString m_part;
    QXmlStreamReader m_xml;
    int m_row = -1; // index into m_sheet.rows of the open row, or -1
    int m_column = -1;
    Cell m_cell;
    bool m_inCell = false;
    bool m_inValue = false;
    bool m_inInline = false;
    bool m_inText = false;
};

// Excel's date serial (1900 system, with its 1900-02-29 quirk) as YYYY-MM-DD.
QString excelSerialToIsoDate(double serial, bool date1904 = false);

} // namespace tansiq::interop
