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

}  // namespace tansiq::dates
