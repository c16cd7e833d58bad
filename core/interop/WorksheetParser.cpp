#include "core/interop/WorksheetParser.h"

#include "core/common/Dates.h"
#include "core/interop/SheetReader.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

#include <cmath>

namespace tansiq::interop {

namespace {

// "AB12" → 27 (0-based column; the row digits are ignored).
int columnOf(QStringView reference)
{
    int column = 0;
    for (const QChar c : reference) {
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c.unicode() - u'A' + 1);
    }
    return column - 1;
}

QString numberText(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

QString excelSerialToIsoDate(double serial, bool date1904)
{
    const qint64 days = qint64(std::floor(serial));
    QDate base = date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
    if (!date1904 && days < 61)
        base = QDate(1899, 12, 31); // before Excel's phantom 1900-02-29
    return dates::toIsoDate(base.addDays(days));
}

WorksheetParser::WorksheetParser(Sheet& sheet, const QStringList& sharedStrings,
    const QSet<int>& dateStyles, bool date1904, QString what, QString part)
    : m_sheet(sheet)
    , m_shared(sharedStrings)
    , m_dateStyles(dateStyles)
    , m_date1904(date1904)
    , m_what(std::move(what))
    , m_part(std::move(part))
{
}

Issue WorksheetParser::damaged() const
{
    return Issue::error(QStringLiteral("damaged-workbook"), m_what, m_part,
        tr("“%1” is not a readable XLSX workbook: %2 is damaged (%3, line %4).")
            .arg(m_what, m_part, m_xml.errorString())
            .arg(m_xml.lineNumber()));
}

Status WorksheetParser::feed(const QByteArray& chunk)
{
    m_xml.addData(chunk);
    return step();
}

Status WorksheetParser::finish()
{
    // All data is in: a document that stops early (premature end) is damaged too.
    if (m_xml.hasError() || !m_xml.atEnd())
        return damaged();
    while (!m_sheet.rows.isEmpty() && m_sheet.rows.last().isEmpty())
        m_sheet.rows.removeLast();
    return success();
}

QString WorksheetParser::cellValue() const
{
    const Cell& c = m_cell;
    if (c.type == u"s") {
        const int index = c.value.toInt();
        return index >= 0 && index < m_shared.size() ? m_shared.at(index) : QString();
    }
    if (c.type == u"inlineStr")
        return c.inlineText;
    if (c.type == u"str" || c.type == u"e")
        return c.value;
    if (c.type == u"b")
        return c.value == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    bool ok = false;
    const double number = c.value.toDouble(&ok);
    if (!ok)
        return c.value;
    if (m_dateStyles.contains(c.style))
        return excelSerialToIsoDate(number, m_date1904);
    return numberText(number);
}

Status WorksheetParser::endCell()
{
    m_inCell = false;
    if (m_row < 0 || m_column < 0)
        return success();
    if (m_column >= SheetReader::kMaxColumns) {
        return Issue::error(QStringLiteral("too-many-columns"), m_what,
            QString::number(m_column + 1),
            tr("“%1” has a cell in column %2; a 4W sheet has at most %3 columns.")
                .arg(m_what)
                .arg(m_column + 1)
                .arg(SheetReader::kMaxColumns));
    }
    const QString value = cellValue();
    if (!value.isEmpty()) {
        QStringList& row = m_sheet.rows[m_row];
        while (row.size() <= m_column)
            row.append(QString());
        row[m_column] = value;
    }
    return success();
}

// Processes the tokens available; stops quietly when the fed data runs out mid-document.
Status WorksheetParser::step()
{
    const auto attribute
        = [&](const char* name) { return m_xml.attributes().value(QLatin1String(name)); };
    while (!m_xml.atEnd()) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::Invalid)
            break;
        if (token == QXmlStreamReader::StartElement) {
            const auto name = m_xml.name();
            if (name == u"row") {
                const int r = attribute("r").toInt();
                const int index = r > 0 ? r - 1 : int(m_sheet.rows.size());
                if (index < m_sheet.rows.size() || index > 1'048'575)
                    return damaged();
                while (m_sheet.rows.size() <= index)
                    m_sheet.rows.append(QStringList());
                m_row = index;
                m_column = -1;
            } else if (name == u"c" && m_row >= 0) {
                m_cell = Cell {};
                m_cell.type = attribute("t").toString();
                m_cell.style = attribute("s").toInt();
                const auto ref = attribute("r");
                m_column = ref.isEmpty() ? m_column + 1 : columnOf(ref);
                m_inCell = true;
            } else if (name == u"v" && m_inCell) {
                m_inValue = true;
            } else if (name == u"is" && m_inCell) {
                m_inInline = true;
            } else if (name == u"t" && m_inInline) {
                m_inText = true;
            }
        } else if (token == QXmlStreamReader::Characters) {
            if (m_inValue)
                m_cell.value += m_xml.text();
            else if (m_inText)
                m_cell.inlineText += m_xml.text();
        } else if (token == QXmlStreamReader::EndElement) {
            const auto name = m_xml.name();
            if (name == u"v") {
                m_inValue = false;
            } else if (name == u"t") {
                m_inText = false;
            } else if (name == u"is") {
                m_inInline = false;
            } else if (name == u"c" && m_inCell) {
                const Status ended = endCell();
                if (!ended.ok())
                    return ended;
            } else if (name == u"row") {
                m_row = -1;
            }
        }
    }
    if (m_xml.hasError() && m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
        return damaged();
    return success();
}

} // namespace tansiq::interop
