#include "core/bulletin/DocumentWriter.h"

#include "core/bulletin/ReportFonts.h"

#include <QTextBlock>
#include <QTextDocumentFragment>
#include <QTextTable>

#include <algorithm>

namespace tansiq::report {

namespace {
const QColor kAccent(0x1f, 0x4e, 0x79);
const QColor kHeaderFill(0xe3, 0xec, 0xf5);
const QColor kStripe(0xf6, 0xf8, 0xfa);
} // namespace

DocumentWriter::DocumentWriter(QTextDocument& document, const ReportFormat& format)
    : m_document(document), m_format(format), m_cursor(&document)
{
    m_cursor.beginEditBlock();
    m_cursor.setBlockFormat(blockFormat());
}

DocumentWriter::~DocumentWriter()
{
    m_cursor.endEditBlock();
}

QTextBlockFormat DocumentWriter::blockFormat(qreal spaceBefore, qreal spaceAfter) const
{
    QTextBlockFormat format;
    format.setLayoutDirection(m_format.rightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    format.setAlignment(Qt::AlignLeading);
    format.setTopMargin(spaceBefore);
    format.setBottomMargin(spaceAfter);
    if (m_pendingBreak)
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    return format;
}

QTextCharFormat DocumentWriter::charFormat(qreal pointSize, bool bold, QColor colour) const
{
    QTextCharFormat format;
    format.setFont(ReportFonts::body(m_format.language(), pointSize, bold));
    format.setForeground(colour);
    return format;
}

void DocumentWriter::pageBreak()
{
    m_pendingBreak = true;
}

void DocumentWriter::title(const QString& text)
{
    m_cursor.insertBlock(blockFormat(0, 12), charFormat(22, true, kAccent));
    m_cursor.insertText(text);
    m_pendingBreak = false;
}

void DocumentWriter::heading(const QString& text, bool newPage)
{
    if (newPage)
        m_pendingBreak = true;
    m_cursor.insertBlock(blockFormat(14, 6), charFormat(14, true, kAccent));
    m_cursor.insertText(text);
    m_pendingBreak = false;
}

void DocumentWriter::paragraph(const QString& text, qreal pointSize, bool bold, QColor colour)
{
    m_cursor.insertBlock(blockFormat(0, 4), charFormat(pointSize, bold, colour));
    m_cursor.insertText(text);
    m_pendingBreak = false;
}

void DocumentWriter::richText(const QString& html)
{
    m_cursor.insertBlock(blockFormat(0, 4), charFormat(10, false, QColor(0x22, 0x22, 0x22)));
    m_pendingBreak = false;
    const int start = m_cursor.position();
    m_cursor.insertFragment(QTextDocumentFragment::fromHtml(html));
    const int end = m_cursor.position();
    for (QTextBlock block = m_document.findBlock(start); block.isValid() && block.position() <= end;
         block = block.next()) {
        QTextCursor at(block);
        QTextBlockFormat format = block.blockFormat();
        format.setLayoutDirection(m_format.rightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
        if (format.alignment() == Qt::AlignLeft || format.alignment() == Qt::AlignRight)
            format.setAlignment(Qt::AlignLeading);
        at.setBlockFormat(format);
    }
    QTextCursor range(&m_document);
    range.setPosition(start);
    range.setPosition(end, QTextCursor::KeepAnchor);
    QTextCharFormat family;
    family.setFontFamilies(ReportFonts::body(m_format.language(), 10).families());
    range.mergeCharFormat(family);
    m_cursor.movePosition(QTextCursor::End);
}

ReportTable DocumentWriter::mirrored(const ReportTable& table)
{
    const auto reversed = [](QStringList cells) {
        std::reverse(cells.begin(), cells.end());
        return cells;
    };
    ReportTable out;
    out.headers = reversed(table.headers);
    for (const QStringList& row : table.rows)
        out.rows << reversed(row);
    if (!table.totals.isEmpty())
        out.totals = reversed(table.totals);
    const int last = int(table.headers.size()) - 1;
    for (const int column : table.numericColumns)
        out.numericColumns << last - column;
    return out;
}

void DocumentWriter::table(const ReportTable& given, qreal pointSize)
{
    // QTextDocument lays table columns out left to right whatever the table's layout
    // direction (Qt 6.4), so a right-to-left table is written with its columns reversed: the
    // first column is on the right, where an Arabic reader starts.
    const ReportTable data = m_format.rightToLeft() ? mirrored(given) : given;
    const int columns = int(data.headers.size());
    const int rows = 1 + int(data.rows.size()) + (data.totals.isEmpty() ? 0 : 1);
    if (columns == 0)
        return;
    QTextTableFormat format;
    format.setLayoutDirection(Qt::LeftToRight);
    format.setHeaderRowCount(1);
    format.setBorder(0.5);
    format.setBorderBrush(QColor(0xbb, 0xbb, 0xbb));
    format.setBorderCollapse(true);
    format.setCellPadding(4);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setTopMargin(4);
    format.setBottomMargin(8);
    if (m_pendingBreak)
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    m_pendingBreak = false;
    QTextTable* table = m_cursor.insertTable(rows, columns, format);
    auto fill = [&](int row, const QStringList& cells, bool bold, const QColor& background) {
        for (int column = 0; column < columns; ++column) {
            QTextTableCell cell = table->cellAt(row, column);
            QTextTableCellFormat cellFormat;
            if (background.isValid())
                cellFormat.setBackground(background);
            cell.setFormat(cellFormat);
            QTextCursor cellCursor = cell.firstCursorPosition();
            QTextBlockFormat block = blockFormat();
            block.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
            if (row > 0 && data.numericColumns.contains(column))
                block.setAlignment(Qt::AlignTrailing);
            cellCursor.setBlockFormat(block);
            cellCursor.insertText(
                cells.value(column), charFormat(pointSize, bold, QColor(0x22, 0x22, 0x22)));
        }
    };
    fill(0, data.headers, true, kHeaderFill);
    for (int r = 0; r < data.rows.size(); ++r)
        fill(r + 1, data.rows.at(r), false, r % 2 ? kStripe : QColor());
    if (!data.totals.isEmpty())
        fill(rows - 1, data.totals, true, kHeaderFill);
    m_cursor.movePosition(QTextCursor::End);
}

} // namespace tansiq::report
