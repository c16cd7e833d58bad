#include "core/bulletin/ReportFormat.h"

#include "core/bulletin/BulletinText.h"

#include <cmath>

namespace tansiq::report {

namespace {
// Levantine month names, as used in Syria (not the Egyptian transliterations).
const char* const kLevantineMonths[] = { "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
    "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول" };
} // namespace

ReportFormat::ReportFormat(Language language, bool arabicDigits)
    : m_language(language)
    , m_arabicDigits(arabicDigits)
    , m_locale(QLocale::English, QLocale::UnitedKingdom)
{
}

QString ReportFormat::digits(QString text) const
{
    if (!m_arabicDigits)
        return text;
    for (QChar& c : text) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            c = QChar(char16_t(0x0660 + (c.unicode() - u'0')));
        else if (c == QLatin1Char(','))
            c = QChar(char16_t(0x066C)); // Arabic thousands separator
        else if (c == QLatin1Char('.'))
            c = QChar(char16_t(0x066B)); // Arabic decimal separator
        else if (c == QLatin1Char('%'))
            c = QChar(char16_t(0x066A)); // Arabic percent sign
    }
    return text;
}

QString ReportFormat::number(double value) const
{
    if (!std::isfinite(value))
        return QStringLiteral("–");
    return digits(m_locale.toString(qint64(std::llround(value))));
}

QString ReportFormat::percent(double ratio) const
{
    if (!std::isfinite(ratio))
        return QStringLiteral("–");
    return digits(QString::number(std::lround(ratio * 100)) + QLatin1Char('%'));
}

QString ReportFormat::change(double value, std::optional<double> previous) const
{
    if (!previous || *previous == 0) {
        return value == 0
            ? QStringLiteral("–")
            : BulletinText(m_language).translate("tansiq::Bulletin", "new this month");
    }
    const long delta = std::lround((value - *previous) / *previous * 100);
    const QString sign = delta > 0 ? QStringLiteral("+")
        : delta < 0                ? QString(QChar(0x2212))
                                   : QString();
    return digits(sign + QString::number(std::labs(delta)) + QLatin1Char('%'));
}

QString ReportFormat::month(const QDate& month) const
{
    if (m_language == Language::Arabic)
        return QString::fromUtf8(kLevantineMonths[month.month() - 1]) + QLatin1Char(' ')
            + digits(QString::number(month.year()));
    return m_locale.toString(month, QStringLiteral("MMMM yyyy"));
}

QString ReportFormat::shortMonth(const QDate& month) const
{
    if (m_language == Language::Arabic)
        return digits(month.toString(QStringLiteral("MM/yy")));
    return m_locale.toString(month, QStringLiteral("MMM yy"));
}

QString ReportFormat::date(const QDate& date) const
{
    if (m_language == Language::Arabic)
        return digits(QString::number(date.day())) + QLatin1Char(' ') + month(date);
    return m_locale.toString(date, QStringLiteral("d MMMM yyyy"));
}

} // namespace tansiq::report
