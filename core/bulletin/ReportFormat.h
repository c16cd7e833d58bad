#pragma once

#include "core/registry/Vocabulary.h"

#include <QDate>
#include <QLocale>
#include <QString>

#include <optional>

namespace tansiq::report {

// Numbers, percentages and months as the bulletin prints them: grouped thousands, Arabic-Indic
// digits when chosen, month names in the bulletin's language.
class ReportFormat {
public:
    ReportFormat(Language language, bool arabicDigits);

    QString number(double value) const; // 12,345 or ١٢٬٣٤٥
    QString percent(double ratio) const; // 0.123 -> 12%
    QString change(double value, std::optional<double> previous) const; // +12% / −3% / new
    QString month(const QDate& month) const; // October 2026 / تشرين الأول 2026
    QString shortMonth(const QDate& month) const; // Oct 26
    QString date(const QDate& date) const;
    bool rightToLeft() const { return m_language == Language::Arabic; }
    Language language() const { return m_language; }

private:
    QString digits(QString text) const;

    Language m_language;
    bool m_arabicDigits;
    QLocale m_locale;
};

} // namespace tansiq::report
