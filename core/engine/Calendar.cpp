#include "core/engine/Calendar.h"

#include <cstdint>
#include <vector>

namespace tansiq::engine::calendar {

namespace {
bool digits(const char* text, int from, int count, int& value)
{
    value = 0;
    for (int i = from; i < from + count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return false;
        value = value * 10 + (text[i] - '0');
    }
    return true;
}
} // namespace

int monthOfDayFast(int day)
{
    static constexpr int kDays = 65700; // 1970-01-01 .. 2149-11
    static const std::vector<int32_t> table = [] {
        std::vector<int32_t> t(kDays);
        for (int d = 0; d < kDays; ++d)
            t[size_t(d)] = monthOfDay(d);
        return t;
    }();
    return day >= 0 && day < kDays ? table[size_t(day)] : monthOfDay(day);
}

std::optional<int> parseDay(const char* text, int length)
{
    int y = 0, m = 0, d = 0;
    if (!text || length != 10 || text[4] != '-' || text[7] != '-' || !digits(text, 0, 4, y)
        || !digits(text, 5, 2, m) || !digits(text, 8, 2, d) || m < 1 || m > 12 || d < 1)
        return std::nullopt;
    const int day = daysFromCivil(y, m, d);
    if (civilFromDays(day).day != d)
        return std::nullopt;
    return day;
}

std::optional<int> parseMonth(const char* text, int length)
{
    int y = 0, m = 0;
    if (!text || length != 7 || text[4] != '-' || !digits(text, 0, 4, y) || !digits(text, 5, 2, m)
        || m < 1 || m > 12)
        return std::nullopt;
    return monthNumber(y, m);
}

QString monthLabel(int monthNo)
{
    return QStringLiteral("%1-%2")
        .arg(monthNo / 12, 4, 10, QLatin1Char('0'))
        .arg(monthNo % 12 + 1, 2, 10, QLatin1Char('0'));
}

QString quarterLabel(int quarter)
{
    return QStringLiteral("%1-Q%2").arg(quarter / 4, 4, 10, QLatin1Char('0')).arg(quarter % 4 + 1);
}

QString dayLabel(int day)
{
    const Civil c = civilFromDays(day);
    return QStringLiteral("%1-%2-%3")
        .arg(c.year, 4, 10, QLatin1Char('0'))
        .arg(c.month, 2, 10, QLatin1Char('0'))
        .arg(c.day, 2, 10, QLatin1Char('0'));
}

} // namespace tansiq::engine::calendar
