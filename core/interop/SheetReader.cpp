#include "core/interop/SheetReader.h"

#include "core/interop/XlsxReader.h"
#include "core/io/CsvReader.h"
#include "core/io/TextDecoding.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace tansiq::interop {

namespace {
QString delimiterName(QChar delimiter)
{
    if (delimiter == u'\t')
        return SheetReader::tr("tab");
    return QStringLiteral("“%1”").arg(delimiter);
}

// The longest run of bytes without a line break, looked at only as far as needed.
bool hasEnormousLine(const QByteArray& bytes, qsizetype limit)
{
    qsizetype start = 0;
    while (start < bytes.size()) {
        const qsizetype next = bytes.indexOf('\n', start);
        const qsizetype end = next < 0 ? bytes.size() : next;
        if (end - start > limit)
            return true;
        if (next < 0)
            break;
        start = next + 1;
    }
    return false;
}
} // namespace

QString Sheet::description() const
{
    if (format == u"XLSX")
        return SheetReader::tr("XLSX workbook, sheet “%1”").arg(sheetName);
    return SheetReader::tr("CSV text, %1, separated by %2").arg(encoding, delimiterName(delimiter));
}

Result<Sheet> SheetReader::readFile(const QString& path)
{
    const QString what = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Issue::error(QStringLiteral("cannot-open"), what, path,
            tr("Cannot open “%1”: %2").arg(path, file.errorString()));
    }
    if (file.size() > kMaxFileBytes) {
        return Issue::error(QStringLiteral("file-too-large"), what, QString::number(file.size()),
            tr("“%1” is %2 MB; spreadsheets of more than %3 MB are not "
               "imported. Split the file by month or by partner.")
                .arg(what)
                .arg(file.size() / (1024 * 1024))
                .arg(kMaxFileBytes / (1024 * 1024)));
    }
    return readBytes(file.readAll(), what);
}

Result<Sheet> SheetReader::readBytes(const QByteArray& bytes, const QString& what)
{
    if (bytes.isEmpty()) {
        return Issue::error(
            QStringLiteral("empty-file"), what, QString(), tr("“%1” is empty.").arg(what));
    }
    Result<Sheet> sheet = bytes.startsWith("PK\x03\x04") ? XlsxReader::read(bytes, what)
                                                         : readDelimited(bytes, what);
    if (!sheet.ok())
        return sheet;
    const Status shape = checkShape(*sheet, what);
    if (!shape.ok())
        return shape;
    return sheet;
}

Result<Sheet> SheetReader::readDelimited(const QByteArray& bytes, const QString& what)
{
    if (bytes.startsWith("PK") || bytes.startsWith("\xD0\xCF\x11\xE0")) {
        return Issue::error(QStringLiteral("not-a-table"), what, QString(),
            tr("“%1” is a damaged workbook or an old Excel 97-2003 (.xls) file. "
               "Open it in Excel and save it as .xlsx or CSV UTF-8.")
                .arg(what));
    }
    if (hasEnormousLine(bytes, kMaxLineBytes)) {
        return Issue::error(QStringLiteral("line-too-long"), what, QString(),
            tr("“%1” has a line longer than %2 MB: it is not a spreadsheet "
               "export (or it is damaged).")
                .arg(what)
                .arg(kMaxLineBytes / (1024 * 1024)));
    }
    auto decoded = decodeText(bytes, what, true);
    if (!decoded.ok())
        return decoded;
    auto table = CsvReader::parse(decoded->text, what);
    if (!table.ok())
        return table;
    Sheet sheet;
    sheet.rows = std::move(table.value().rows);
    sheet.format = QStringLiteral("CSV");
    sheet.encoding = encodingName(decoded->encoding);
    sheet.delimiter = table->delimiter;
    return sheet;
}

Status SheetReader::checkShape(const Sheet& sheet, const QString& what)
{
    for (qsizetype r = 0; r < sheet.rows.size(); ++r) {
        if (sheet.rows.at(r).size() > kMaxColumns) {
            Issue issue = Issue::error(QStringLiteral("too-many-columns"), what,
                QString::number(sheet.rows.at(r).size()),
                tr("“%1” has %2 columns in row %3; a 4W sheet has at most "
                   "%4. The file is damaged or not a table.")
                    .arg(what)
                    .arg(sheet.rows.at(r).size())
                    .arg(r + 1)
                    .arg(kMaxColumns));
            issue.row = int(r + 1);
            return issue;
        }
    }
    bool anyText = false;
    for (const QStringList& row : sheet.rows) {
        for (const QString& cell : row)
            anyText = anyText || !cell.isEmpty();
        if (anyText)
            break;
    }
    if (!anyText)
        return Issue::error(
            QStringLiteral("empty-file"), what, QString(), tr("“%1” holds no data.").arg(what));
    return success();
}

} // namespace tansiq::interop
