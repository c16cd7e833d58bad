#include "core/io/CsvReader.h"

#include <QCoreApplication>

namespace tansiq {

namespace {
// Counts delimiter occurrences outside quotes in the first few records.
QList<int> countsPerLine(const QString& text, QChar delimiter, int lines)
{
    QList<int> counts;
    int count = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == delimiter)
            ++count;
        else if (!quoted && c == QLatin1Char('\n')) {
            counts << count;
            count = 0;
            if (counts.size() >= lines)
                break;
        }
    }
    if (count > 0)
        counts << count;
    return counts;
}
} // namespace

QChar CsvReader::detectDelimiter(const QString& text)
{
    const QChar candidates[] = { QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t') };
    QChar best = QLatin1Char(',');
    qint64 bestScore = -1;
    for (const QChar candidate : candidates) {
        const QList<int> counts = countsPerLine(text.left(65536), candidate, 30);
        if (counts.isEmpty())
            continue;
        // Score: how many lines agree with the most common non-zero count, times that count.
        QHash<int, int> frequency;
        for (int c : counts) {
            if (c > 0)
                ++frequency[c];
        }
        for (auto it = frequency.cbegin(); it != frequency.cend(); ++it) {
            const qint64 score = qint64(it.value()) * 1000 + it.key();
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
    }
    return best;
}

Result<CsvTable> CsvReader::parse(
    const QString& text, const QString& what, QChar delimiter, int maxCellLength)
{
    CsvTable table;
    table.delimiter = delimiter.isNull() ? detectDelimiter(text) : delimiter;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool cellWasQuoted = false;
    int record = 1;
    int quoteStartRecord = 1;
    const qsizetype n = text.size();
    auto endCell = [&] {
        row << (cellWasQuoted ? cell : cell.trimmed());
        cell.clear();
        cellWasQuoted = false;
    };
    auto endRow = [&] {
        endCell();
        table.rows << row;
        row.clear();
        ++record;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"') && cell.trimmed().isEmpty()) {
            cell.clear();
            quoted = true;
            cellWasQuoted = true;
            quoteStartRecord = record;
        } else if (c == table.delimiter) {
            endCell();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRow();
        } else {
            cell += c;
        }
        if (cell.size() > maxCellLength) {
            return Issue { Issue::Severity::Error, QStringLiteral("cell-too-long"), what, QString(),
                tr("“%1” has a cell longer than %2 characters: the file is damaged or "
                   "not a table.")
                    .arg(what)
                    .arg(maxCellLength),
                record };
        }
    }
    if (quoted) {
        return Issue { Issue::Severity::Error, QStringLiteral("unterminated-quote"), what,
            QString(),
            tr("“%1” has a quoted cell that never ends (it starts in record %2).")
                .arg(what)
                .arg(quoteStartRecord),
            quoteStartRecord };
    }
    if (!cell.isEmpty() || !row.isEmpty())
        endRow();
    return table;
}

} // namespace tansiq
