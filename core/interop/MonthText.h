#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tansiq::interop {

// The reporting month written in free text, as partners put it in a file's title:
// "تقرير الأنشطة الشهري — دير الزور — أيلول ٢٠٢٦", "September 2026", "Sep-26" is not accepted
// (the year must have four digits), "09/2026", "2026-09". Arabic month names in the Levantine
// (أيلول، تشرين الأول) and the other (سبتمبر، أكتوبر) forms, English names and
// abbreviations, and numbers in any digits. Names win over numbers; a text naming two
// different months (a range) gives nothing. Returns YYYY-MM.
std::optional<QString> monthInText(const QString& text);

// The month read from the rows above a sheet's header rows.
struct TitleMonth {
    QString month; // YYYY-MM
    int row = 0; // 1-based, as the user sees it
    QString text; // the cell it was read from
};

// Searches the cells of rows [0, beforeRow) in reading order; the first cell naming a month
// wins.
std::optional<TitleMonth> findTitleMonth(const QList<QStringList>& rows, int beforeRow);

} // namespace tansiq::interop
