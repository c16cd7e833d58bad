#include "core/common/Dates.h"

namespace tansiq::dates {

namespace {
bool allDigits(const QString& text, qsizetype from, qsizetype count)
{
    for (qsizetype i = from; i < from + count; ++i) {
        if (text.at(i) < QLatin1Char('0') || text.at(i) > QLatin1Char('9'))
            return false;
    }
    return true;
}

bool isDirectionMark(char16_t c)
{
    return c == 0x200E || c == 0x200F || c == 0x061C || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
}

// Arabic-Indic and Persian digits to ASCII, direction marks dropped, trimmed.
QString asTyped(const QString& typed)
{
    QString out;
    out.reserve(typed.size());
    for (const QChar ch : typed) {
        const char16_t c = ch.unicode();
        if (c >= 0x0660 && c <= 0x0669)
            out += QChar(char16_t(u'0' + (c - 0x0660)));
        else if (c >= 0x06F0 && c <= 0x06F9)
            out += QChar(char16_t(u'0' + (c - 0x06F0)));
        else if (!isDirectionMark(c))
            out += ch;
    }
    return out.trimmed();
}
} // namespace

std::optional<QDate> parseIsoDate(const QString& text)
{
    if (text.size() != 10 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-')
        || !allDigits(text, 0, 4) || !allDigits(text, 5, 2) || !allDigits(text, 8, 2))
        return std::nullopt;
    const QDate date(text.left(4).toInt(), text.mid(5, 2).toInt(), text.mid(8, 2).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<QDate> parseMonth(const QString& text)
{
    if (text.size() != 7 || text.at(4) != QLatin1Char('-') || !allDigits(text, 0, 4)
        || !allDigits(text, 5, 2))
        return std::nullopt;
    const QDate date(text.left(4).toInt(), text.mid(5, 2).toInt(), 1);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QString toIsoDate(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QString toMonth(const QDate& date)
{
    return date.toString(QStringLiteral("yyyy-MM"));
}

std::optional<QDate> readDate(const QString& typed)
{
    return parseIsoDate(asTyped(typed));
}

std::optional<QDate> readMonth(const QString& typed)
{
    return parseMonth(asTyped(typed));
}

QString typedDate(const QString& typed)
{
    const std::optional<QDate> date = readDate(typed);
    return date ? toIsoDate(*date) : typed.trimmed();
}

QString typedMonth(const QString& typed)
{
    const std::optional<QDate> month = readMonth(typed);
    return month ? toMonth(*month) : typed.trimmed();
}

} // namespace tansiq::dates
