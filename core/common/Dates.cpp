#include "Dates.h"

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
}  // namespace

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

}  // namespace tansiq::dates
