#pragma once

#include <QString>

#include <climits>
#include <optional>

// Day and month arithmetic for the engine: dates become integers so that "active during" is
// two integer comparisons. Day numbers count from 1970-01-01 (proleptic Gregorian); month
// numbers are year * 12 + (month - 1).
namespace tansiq::engine::calendar {

inline constexpr int kOpenEnd = INT_MAX; // an activity with no end that is still running

// Howard Hinnant's days_from_civil.
constexpr int daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = unsigned((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + int(doe) - 719468;
}

struct Civil {
    int year;
    int month;
    int day;
};

constexpr Civil civilFromDays(int z)
{
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int y = int(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return Civil { y + (m <= 2), int(m), int(d) };
}

constexpr int monthNumber(int year, int month)
{
    return year * 12 + (month - 1);
}
constexpr int monthOfDay(int day)
{
    const Civil c = civilFromDays(day);
    return monthNumber(c.year, c.month);
}
// monthOfDay through a table for 1970-2149 (the scans call it per activity); computed outside.
int monthOfDayFast(int day);
constexpr int firstDayOfMonth(int monthNo)
{
    return daysFromCivil(monthNo / 12, monthNo % 12 + 1, 1);
}
constexpr int lastDayOfMonth(int monthNo)
{
    return firstDayOfMonth(monthNo + 1) - 1;
}
constexpr int quarterOfMonth(int monthNo)
{
    return (monthNo / 12) * 4 + (monthNo % 12) / 3;
}
constexpr int yearOfMonth(int monthNo)
{
    return monthNo / 12;
}

// 'YYYY-MM-DD' as raw bytes (from SQLite) to a day number, or nothing when malformed.
std::optional<int> parseDay(const char* text, int length);
// 'YYYY-MM' to a month number.
std::optional<int> parseMonth(const char* text, int length);

QString monthLabel(int monthNo); // 2026-10
QString quarterLabel(int quarter); // 2026-Q4
QString dayLabel(int day); // 2026-10-31

} // namespace tansiq::engine::calendar
