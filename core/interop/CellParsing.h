#pragma once

#include <QString>

#include <optional>

namespace tansiq::interop::cells {

// Cell values as partners type them. Each returns nothing when the text is not a value of
// that kind; callers report the cell. Arabic-Indic digits and separators are accepted, as
// are thousands separators ("1,200", "1 200", "١٬٢٠٠") and spreadsheet decimals ("1200.0").

QString normaliseDigits(const QString& text);
std::optional<qint64> count(const QString& text); // a whole number ≥ 0
std::optional<double> amount(const QString& text); // a number ≥ 0
std::optional<double> real(const QString& text); // any number (coordinates)
// YYYY-MM-DD, D/M/YYYY or D-M-YYYY (day first, as written in Syria), YYYY/MM/DD, or an Excel
// date serial left unformatted. Returns YYYY-MM-DD.
std::optional<QString> date(const QString& text);
// YYYY-MM, M/YYYY, a full date (its month), or an Excel serial. Returns YYYY-MM.
std::optional<QString> month(const QString& text);

} // namespace tansiq::interop::cells
