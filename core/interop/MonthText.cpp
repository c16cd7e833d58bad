#include "core/interop/MonthText.h"

#include "core/common/Text.h"

#include <QRegularExpression>
#include <QSet>

namespace tansiq::interop {

namespace {

struct MonthName {
    const char* spelling;
    int month;
};

// Spellings as written; they are folded (text::foldForSearch) before comparing, so hamza and
// taa marbuta variants (ابريل/أبريل/إبريل) need no entry of their own.
const MonthName kNames[] = {
    // Levantine (Syria, Lebanon, Jordan, Iraq)
    { "كانون الثاني", 1 },
    { "شباط", 2 },
    { "آذار", 3 },
    { "نيسان", 4 },
    { "أيار", 5 },
    { "حزيران", 6 },
    { "تموز", 7 },
    { "آب", 8 },
    { "أيلول", 9 },
    { "تشرين الأول", 10 },
    { "تشرين الثاني", 11 },
    { "كانون الأول", 12 },
    { "تشرين أول", 10 },
    { "تشرين ثاني", 11 },
    { "كانون ثاني", 1 },
    { "كانون أول", 12 },
    // The other Arabic form (Egypt, the Gulf, the Maghreb)
    { "يناير", 1 },
    { "فبراير", 2 },
    { "مارس", 3 },
    { "أبريل", 4 },
    { "ابريل", 4 },
    { "مايو", 5 },
    { "يونيو", 6 },
    { "يونيه", 6 },
    { "يوليو", 7 },
    { "يوليه", 7 },
    { "أغسطس", 8 },
    { "سبتمبر", 9 },
    { "أكتوبر", 10 },
    { "نوفمبر", 11 },
    { "ديسمبر", 12 },
    // English names and abbreviations
    { "january", 1 },
    { "february", 2 },
    { "march", 3 },
    { "april", 4 },
    { "may", 5 },
    { "june", 6 },
    { "july", 7 },
    { "august", 8 },
    { "september", 9 },
    { "october", 10 },
    { "november", 11 },
    { "december", 12 },
    { "jan", 1 },
    { "feb", 2 },
    { "mar", 3 },
    { "apr", 4 },
    { "jun", 6 },
    { "jul", 7 },
    { "aug", 8 },
    { "sep", 9 },
    { "sept", 9 },
    { "oct", 10 },
    { "nov", 11 },
    { "dec", 12 },
};

// Every decimal digit (Arabic-Indic, Persian, ...) as ASCII.
QString asciiDigits(const QString& text)
{
    QString out = text;
    for (QChar& ch : out) {
        if (ch.unicode() >= 0x80 && ch.isDigit())
            ch = QChar(u'0' + ch.digitValue());
    }
    return out;
}

QString monthText(int year, int month)
{
    return QStringLiteral("%1-%2")
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(month, 2, 10, QLatin1Char('0'));
}

bool plausibleYear(int year)
{
    return year >= 2000 && year <= 2099;
}

// Month names in the folded text, as whole words (an Arabic name may carry a leading و/ب/ل
// "in September": بأيلول، لشهر).
QSet<int> namedMonths(const QString& folded)
{
    static const QList<std::pair<QRegularExpression, int>> patterns = [] {
        QList<std::pair<QRegularExpression, int>> list;
        for (const MonthName& name : kNames) {
            const QString spelling = text::foldForSearch(QString::fromUtf8(name.spelling));
            const bool arabic = spelling.at(0).unicode() >= 0x0600;
            const QString prefix = arabic ? QStringLiteral("(?:^|[^\\p{L}])(?:[وبل]|ل?شهر )?")
                                          : QStringLiteral("(?:^|[^\\p{L}])");
            list.append({ QRegularExpression(prefix + QRegularExpression::escape(spelling)
                              + QStringLiteral("(?:$|[^\\p{L}])")),
                name.month });
        }
        return list;
    }();
    QSet<int> found;
    for (const auto& [pattern, month] : patterns) {
        if (pattern.match(folded).hasMatch())
            found.insert(month);
    }
    // "تشرين الثاني" also contains no other name, but "كانون الأول" must not count as both
    // December and (through "أول") anything else: the list has no single-word "أول".
    return found;
}

} // namespace

std::optional<QString> monthInText(const QString& text)
{
    const QString folded = asciiDigits(text::foldForSearch(asciiDigits(text)));
    if (folded.isEmpty())
        return std::nullopt;
    static const QRegularExpression yearPattern(QStringLiteral("(?:^|\\D)(20\\d\\d)(?:$|\\D)"));
    const QSet<int> months = namedMonths(folded);
    if (months.size() > 1)
        return std::nullopt; // a range, or two months: let the user say
    if (months.size() == 1) {
        QSet<int> years;
        auto it = yearPattern.globalMatch(folded);
        while (it.hasNext())
            years.insert(it.next().captured(1).toInt());
        if (years.size() != 1)
            return std::nullopt;
        return monthText(*years.cbegin(), *months.cbegin());
    }
    // Numbers: M/YYYY, M-YYYY, YYYY-M, YYYY/M (not part of a full date). Folding turned the
    // separators into spaces, so read the digits of the original text.
    const QString digits = asciiDigits(text);
    static const QRegularExpression monthYear(
        QStringLiteral("(?:^|[^\\d/.\\-])(\\d{1,2})\\s*[/.\\-]\\s*(20\\d\\d)(?:$|[^\\d/.\\-])"));
    static const QRegularExpression yearMonth(
        QStringLiteral("(?:^|[^\\d/.\\-])(20\\d\\d)\\s*[/.\\-]\\s*(\\d{1,2})(?:$|[^\\d/.\\-])"));
    QSet<QString> found;
    for (auto it = monthYear.globalMatch(digits); it.hasNext();) {
        const auto m = it.next();
        const int month = m.captured(1).toInt(), year = m.captured(2).toInt();
        if (month >= 1 && month <= 12 && plausibleYear(year))
            found.insert(monthText(year, month));
    }
    for (auto it = yearMonth.globalMatch(digits); it.hasNext();) {
        const auto m = it.next();
        const int year = m.captured(1).toInt(), month = m.captured(2).toInt();
        if (month >= 1 && month <= 12 && plausibleYear(year))
            found.insert(monthText(year, month));
    }
    if (found.size() != 1)
        return std::nullopt;
    return *found.cbegin();
}

std::optional<TitleMonth> findTitleMonth(const QList<QStringList>& rows, int beforeRow)
{
    const int end = std::min<int>(beforeRow, int(rows.size()));
    for (int r = 0; r < end; ++r) {
        for (const QString& cell : rows.at(r)) {
            if (cell.trimmed().isEmpty())
                continue;
            if (const auto month = monthInText(cell))
                return TitleMonth { *month, r + 1, cell.trimmed() };
        }
    }
    return std::nullopt;
}

} // namespace tansiq::interop
