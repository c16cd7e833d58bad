#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace tansiq::dates {

// Strict ISO 8601 calendar date, exactly YYYY-MM-DD.
std::optional<QDate> parseIsoDate(const QString& text);
// Strict reporting month, exactly YYYY-MM; returns the first day of the month.
std::optional<QDate> parseMonth(const QString& text);
QString toIsoDate(const QDate& date);
QString toMonth(const QDate& date);

// A date or month as a person types it into a field: the same YYYY-MM-DD / YYYY-MM, in ASCII,
// Arabic-Indic (٠-٩) or Persian (۰-۹) digits, with surrounding spaces and the invisible
// direction marks a right-to-left screen adds (LRM, RLM, isolates) ignored. Every date field
// reads through these, so ٢٠٢٧-٠٢-٢٨ and 2027-02-28 are the same date.
std::optional<QDate> readDate(const QString& typed);
std::optional<QDate> readMonth(const QString& typed);
// What a date field hands to the record: the ISO text when the typed text is a date (or month),
// else the typed text as it is (trimmed), so the validator quotes what the person wrote.
QString typedDate(const QString& typed);
QString typedMonth(const QString& typed);

} // namespace tansiq::dates
