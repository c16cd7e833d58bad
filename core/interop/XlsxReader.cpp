#include "core/interop/XlsxReader.h"

#include "core/common/Dates.h"
#include "core/interop/SheetReader.h"
#include "core/interop/WorksheetParser.h"
#include "core/interop/ZipArchive.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

namespace tansiq::interop {

namespace {

Issue badXml(const QString& what, const QString& part, const QXmlStreamReader& xml)
{
    return Issue::error(QStringLiteral("damaged-workbook"), what, part,
        XlsxReader::tr("“%1” is not a readable XLSX workbook: %2 is damaged (%3, line %4).")
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
        return workbookXml;
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
            return rels;
        QXmlStreamReader r(*rels);
        while (!r.atEnd()) {
            if (r.readNext() == QXmlStreamReader::StartElement && r.name() == u"Relationship"
                && r.attributes().value(QLatin1String("Id")) == relId) {
                QString target = r.attributes().value(QLatin1String("Target")).toString();
                book.sheetPath
                    = target.startsWith(u'/') ? target.mid(1) : QStringLiteral("xl/") + target;
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
        return bytes;
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
        return bytes;
    QSet<int> dateFormats = { 14, 15, 16, 17, 22, 27, 30, 36, 50, 57 };
    QXmlStreamReader xml(*bytes);
    bool inCellXfs = false;
    int xfIndex = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"numFmt") {
                const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                if (isDateFormatCode(
                        xml.attributes().value(QLatin1String("formatCode")).toString()))
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

} // namespace

Result<Sheet> XlsxReader::read(const QByteArray& bytes, const QString& what)
{
    auto zip = ZipArchive::open(bytes, what);
    if (!zip.ok())
        return zip;
    const ZipArchive& archive = **zip;
    auto book = readWorkbook(archive, what);
    if (!book.ok())
        return book;
    auto shared = readSharedStrings(archive, what);
    if (!shared.ok())
        return shared;
    auto dateStyles = readDateStyles(archive, what);
    if (!dateStyles.ok())
        return dateStyles;
    Sheet sheet;
    sheet.format = QStringLiteral("XLSX");
    sheet.sheetName = book->sheetName;
    WorksheetParser parser(sheet, *shared, *dateStyles, book->date1904, what, book->sheetPath);
    const Status parsed = archive.readChunks(
        book->sheetPath, [&](const QByteArray& chunk) { return parser.feed(chunk); });
    if (!parsed.ok())
        return parsed;
    const Status finished = parser.finish();
    if (!finished.ok())
        return finished;
    return sheet;
}

} // namespace tansiq::interop
