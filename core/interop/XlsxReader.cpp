#include "XlsxReader.h"

#include "SheetReader.h"
#include "ZipArchive.h"
#include "common/Dates.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <cmath>

namespace tansiq::interop {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tansiq::interop::XlsxReader", text);
}

Issue badXml(const QString& what, const QString& part, const QXmlStreamReader& xml)
{
    return Issue::error(QStringLiteral("damaged-workbook"), what, part,
                        tr("“%1” is not a readable XLSX workbook: %2 is damaged (%3, line %4).")
                            .arg(what, part, xml.errorString())
                            .arg(xml.lineNumber()));
}

struct Workbook {
    QString sheetPath;
    QString sheetName;
    bool date1904 = false;
};

// The path of the first worksheet, from workbook.xml and its relationships.
Result<Workbook> readWorkbook(const ZipArchive& zip, const QString& what)
{
    auto workbookXml = zip.read(QStringLiteral("xl/workbook.xml"));
    if (!workbookXml.ok())
        return Result<Workbook>::failure(workbookXml.issues());
    Workbook book;
    QString relId;
    QXmlStreamReader xml(*workbookXml);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"workbookPr") {
            const auto v = xml.attributes().value(QLatin1String("date1904"));
            book.date1904 = v == u"1" || v == u"true";
        } else if (xml.name() == u"sheet" && relId.isEmpty()) {
            book.sheetName = xml.attributes().value(QLatin1String("name")).toString();
            for (const QXmlStreamAttribute& a : xml.attributes()) {
                if (a.name() == u"id")
                    relId = a.value().toString();
            }
        }
    }
    if (xml.hasError())
        return badXml(what, QStringLiteral("xl/workbook.xml"), xml);
    book.sheetPath = QStringLiteral("xl/worksheets/sheet1.xml");
    if (!relId.isEmpty() && zip.contains(QStringLiteral("xl/_rels/workbook.xml.rels"))) {
        auto rels = zip.read(QStringLiteral("xl/_rels/workbook.xml.rels"));
        if (!rels.ok())
            return Result<Workbook>::failure(rels.issues());
        QXmlStreamReader r(*rels);
        while (!r.atEnd()) {
            if (r.readNext() == QXmlStreamReader::StartElement && r.name() == u"Relationship"
                && r.attributes().value(QLatin1String("Id")) == relId) {
                QString target = r.attributes().value(QLatin1String("Target")).toString();
                book.sheetPath = target.startsWith(u'/') ? target.mid(1)
                                                         : QStringLiteral("xl/") + target;
            }
        }
    }
    return book;
}

Result<QStringList> readSharedStrings(const ZipArchive& zip, const QString& what)
{
    const QString part = QStringLiteral("xl/sharedStrings.xml");
    QStringList strings;
    if (!zip.contains(part))
        return strings;
    auto bytes = zip.read(part);
    if (!bytes.ok())
        return Result<QStringList>::failure(bytes.issues());
    QXmlStreamReader xml(*bytes);
    QString current;
    int phonetic = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"si")
                current.clear();
            else if (xml.name() == u"rPh")
                ++phonetic;
            else if (xml.name() == u"t" && phonetic == 0)
                current += xml.readElementText();
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == u"si")
                strings << current;
            else if (xml.name() == u"rPh")
                --phonetic;
        }
    }
    if (xml.hasError())
        return badXml(what, part, xml);
    return strings;
}

bool isDateFormatCode(QString code)
{
    // Drop quoted literals, escapes and [colour]/[locale] sections before looking for d/m/y.
    code.remove(QRegularExpression(QStringLiteral("\"[^\"]*\"|\\\\.|\\[[^\\]]*\\]")));
    code = code.toLower();
    return code.contains(u'd') || code.contains(u'y')
           || (code.contains(u'm') && !code.contains(u'h') && !code.contains(u's'));
}

// Which cell styles (indexes into cellXfs) show a date.
Result<QSet<int>> readDateStyles(const ZipArchive& zip, const QString& what)
{
    const QString part = QStringLiteral("xl/styles.xml");
    QSet<int> dateStyles;
    if (!zip.contains(part))
        return dateStyles;
    auto bytes = zip.read(part);
    if (!bytes.ok())
        return Result<QSet<int>>::failure(bytes.issues());
    QSet<int> dateFormats = {14, 15, 16, 17, 22, 27, 30, 36, 50, 57};
    QXmlStreamReader xml(*bytes);
    bool inCellXfs = false;
    int xfIndex = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"numFmt") {
                const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                if (isDateFormatCode(xml.attributes().value(QLatin1String("formatCode")).toString()))
                    dateFormats.insert(id);
            } else if (xml.name() == u"cellXfs") {
                inCellXfs = true;
            } else if (inCellXfs && xml.name() == u"xf") {
                if (dateFormats.contains(xml.attributes().value(QLatin1String("numFmtId")).toInt()))
                    dateStyles.insert(xfIndex);
                ++xfIndex;
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    if (xml.hasError())
        return badXml(what, part, xml);
    return dateStyles;
}

// "AB12" → column 27 (0-based: 27), row ignored.
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

struct CellText {
    QString type;
    int style = 0;
    QString value;
    QString inlineText;
};

QString cellValue(const CellText& c, const QStringList& shared, const QSet<int>& dateStyles,
                  bool date1904)
{
    if (c.type == u"s") {
        const int index = c.value.toInt();
        return index >= 0 && index < shared.size() ? shared.at(index) : QString();
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
    if (dateStyles.contains(c.style))
        return excelSerialToIsoDate(number, date1904);
    return numberText(number);
}

}  // namespace

QString excelSerialToIsoDate(double serial, bool date1904)
{
    qint64 days = qint64(std::floor(serial));
    QDate base = date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
    if (!date1904 && days < 61)
        base = QDate(1899, 12, 31);  // before Excel's phantom 1900-02-29
    return dates::toIsoDate(base.addDays(days));
}

Result<Sheet> XlsxReader::read(const QByteArray& bytes, const QString& what)
{
    auto zip = ZipArchive::open(bytes, what);
    if (!zip.ok())
        return Result<Sheet>::failure(zip.issues());
    const ZipArchive& archive = **zip;
    auto book = readWorkbook(archive, what);
    if (!book.ok())
        return Result<Sheet>::failure(book.issues());
    auto shared = readSharedStrings(archive, what);
    if (!shared.ok())
        return Result<Sheet>::failure(shared.issues());
    auto dateStyles = readDateStyles(archive, what);
    if (!dateStyles.ok())
        return Result<Sheet>::failure(dateStyles.issues());
    auto sheetXml = archive.read(book->sheetPath);
    if (!sheetXml.ok())
        return Result<Sheet>::failure(sheetXml.issues());

    Sheet sheet;
    sheet.format = QStringLiteral("XLSX");
    sheet.sheetName = book->sheetName;
    QXmlStreamReader xml(*sheetXml);
    QStringList* row = nullptr;
    CellText cell;
    int column = -1;
    bool inInline = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const auto name = xml.name();
            if (name == u"row") {
                const int r = xml.attributes().value(QLatin1String("r")).toInt();
                const int index = r > 0 ? r - 1 : int(sheet.rows.size());
                if (index < sheet.rows.size() || index > 1'048'575)
                    return badXml(what, book->sheetPath, xml);
                while (sheet.rows.size() <= index)
                    sheet.rows.append(QStringList());
                row = &sheet.rows.last();
                column = -1;
            } else if (name == u"c" && row) {
                cell = CellText{};
                cell.type = xml.attributes().value(QLatin1String("t")).toString();
                cell.style = xml.attributes().value(QLatin1String("s")).toInt();
                const auto ref = xml.attributes().value(QLatin1String("r"));
                column = ref.isEmpty() ? column + 1 : columnOf(ref);
            } else if (name == u"v" && row) {
                cell.value = xml.readElementText();
            } else if (name == u"is") {
                inInline = true;
            } else if (name == u"t" && inInline) {
                cell.inlineText += xml.readElementText();
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == u"is") {
                inInline = false;
            } else if (xml.name() == u"c" && row && column >= 0) {
                if (column >= SheetReader::kMaxColumns) {
                    return Issue::error(QStringLiteral("too-many-columns"), what,
                                        QString::number(column + 1),
                                        tr("“%1” has a cell in column %2; a 4W sheet has at most "
                                           "%3 columns.")
                                            .arg(what)
                                            .arg(column + 1)
                                            .arg(SheetReader::kMaxColumns));
                }
                const QString value = cellValue(cell, *shared, *dateStyles, book->date1904);
                if (!value.isEmpty()) {
                    while (row->size() <= column)
                        row->append(QString());
                    (*row)[column] = value;
                }
            } else if (xml.name() == u"row") {
                row = nullptr;
            }
        }
    }
    if (xml.hasError())
        return badXml(what, book->sheetPath, xml);
    while (!sheet.rows.isEmpty() && sheet.rows.last().isEmpty())
        sheet.rows.removeLast();
    return sheet;
}

}  // namespace tansiq::interop
