#include "core/registry/validation/FieldChecks.h"

#include "core/common/Dates.h"
#include "core/common/Result.h"
#include "core/common/Text.h"
#include "core/registry/TermList.h"

#include <QRegularExpression>

namespace tansiq {

void FieldChecks::error(
    const QString& code, const QString& field, const QString& value, const QString& message)
{
    m_issues << Issue::error(code, field, value, message);
}

void FieldChecks::warning(
    const QString& code, const QString& field, const QString& value, const QString& message)
{
    m_issues << Issue::warning(code, field, value, message);
}

bool FieldChecks::text(const FieldName& field, const QString& value, bool required, int maxLength)
{
    if (!text::isWellFormed(value)) {
        error(QStringLiteral("malformed-text"), field.text(), value,
            tr("%1 contains characters that are not valid text (broken UTF-8 or control "
               "characters).")
                .arg(field.text()));
        return false;
    }
    if (required && value.trimmed().isEmpty()) {
        error(QStringLiteral("required"), field.text(), value,
            tr("%1 is required.").arg(field.text()));
        return false;
    }
    if (value.size() > maxLength) {
        error(QStringLiteral("too-long"), field.text(), value.left(40),
            tr("%1 is too long (%2 characters; at most %3).")
                .arg(field.text())
                .arg(value.size())
                .arg(maxLength));
        return false;
    }
    return true;
}

bool FieldChecks::date(const FieldName& field, const QString& value, bool required)
{
    if (value.isEmpty()) {
        if (required)
            error(QStringLiteral("required"), field.text(), value,
                tr("%1 is required.").arg(field.text()));
        return !required;
    }
    if (!dates::parseIsoDate(value)) {
        error(QStringLiteral("bad-date"), field.text(), value,
            tr("%1 “%2” is not a date; write it as YYYY-MM-DD, for example 2026-10-31.")
                .arg(field.text(), value));
        return false;
    }
    return true;
}

bool FieldChecks::month(const FieldName& field, const QString& value)
{
    if (!dates::parseMonth(value)) {
        error(QStringLiteral("bad-month"), field.text(), value,
            tr("%1 “%2” is not a month; write it as YYYY-MM, for example 2026-10.")
                .arg(field.text(), value));
        return false;
    }
    return true;
}

bool FieldChecks::period(const FieldName& startField, const QString& start,
    const FieldName& endField, const QString& end)
{
    const bool startOk = date(startField, start, true);
    const bool endOk = date(endField, end, false);
    if (!startOk || !endOk || end.isEmpty())
        return startOk && endOk;
    if (end < start) {
        error(QStringLiteral("end-before-start"), endField.text(), end,
            tr("%1 %2 is before %3 %4.").arg(endField.text(), end, startField.text(), start));
        return false;
    }
    return true;
}

bool FieldChecks::count(const FieldName& field, std::optional<qint64> value)
{
    if (value && *value < 0) {
        error(QStringLiteral("negative"), field.text(), QString::number(*value),
            tr("%1 cannot be negative (%2).").arg(field.text()).arg(*value));
        return false;
    }
    return true;
}

bool FieldChecks::amount(const FieldName& field, std::optional<double> value)
{
    if (value && (!(*value >= 0) || *value > 1e15)) {
        error(QStringLiteral("bad-amount"), field.text(), QString::number(*value),
            tr("%1 must be a non-negative amount (%2).").arg(field.text()).arg(*value));
        return false;
    }
    return true;
}

bool FieldChecks::currency(const FieldName& field, const QString& value)
{
    const bool ok = value.size() == 3 && std::all_of(value.begin(), value.end(), [](QChar c) {
        return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
    });
    if (!ok) {
        error(QStringLiteral("bad-currency"), field.text(), value,
            tr("%1 “%2” is not a currency code such as USD, EUR or SYP.").arg(field.text(), value));
    }
    return ok;
}

bool FieldChecks::email(const FieldName& field, const QString& value, Issue::Severity severity)
{
    static const QRegularExpression address(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty() || address.match(trimmed).hasMatch())
        return true;
    m_issues << Issue { severity, QStringLiteral("bad-email"), field.text(), value,
        tr("%1 “%2” is not an e-mail address; write it as name@example.org.")
            .arg(field.text(), value) };
    return false;
}

bool FieldChecks::phone(const FieldName& field, const QString& value, Issue::Severity severity)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return true;
    int digits = 0;
    bool ok = true;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c.isDigit()) // ASCII, Arabic-Indic and Persian digits alike
            ++digits;
        else if (c == QLatin1Char('+'))
            ok = ok && i == 0;
        else if (!(c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('(')
                     || c == QLatin1Char(')') || c == QLatin1Char('.') || c == QChar(0x00A0)))
            ok = false;
    }
    if (ok && digits >= 6 && digits <= 15)
        return true;
    m_issues << Issue { severity, QStringLiteral("bad-phone"), field.text(), value,
        tr("%1 “%2” is not a telephone number; write digits with an optional "
           "leading +, for example +963 11 234 5678.")
            .arg(field.text(), value) };
    return false;
}

bool FieldChecks::term(const FieldName& field, Vocabulary vocabulary, const QString& value)
{
    return term(field, terms(vocabulary), value);
}

bool FieldChecks::term(const FieldName& field, const QList<Term>& list, const QString& value)
{
    if (isTermIn(list, value))
        return true;
    QStringList allowed;
    for (const Term& t : list)
        allowed << t.code;
    error(QStringLiteral("unknown-term"), field.text(), value,
        tr("%1 “%2” is not one of: %3.")
            .arg(field.text(), value, allowed.join(QStringLiteral(", "))));
    return false;
}

bool FieldChecks::coordinates(std::optional<double> latitude, std::optional<double> longitude)
{
    if (!latitude && !longitude)
        return true; // most records have none: no names to translate
    const QString lat = tr("latitude");
    const QString lon = tr("longitude");
    if (latitude.has_value() != longitude.has_value()) {
        error(QStringLiteral("half-coordinates"), latitude ? lon : lat, QString(),
            tr("Give both latitude and longitude, or neither."));
        return false;
    }
    if (latitude && !(*latitude >= -90 && *latitude <= 90)) {
        error(QStringLiteral("bad-coordinate"), lat, QString::number(*latitude),
            tr("%1 %2 is outside -90 to 90.").arg(lat).arg(*latitude));
        return false;
    }
    if (longitude && !(*longitude >= -180 && *longitude <= 180)) {
        error(QStringLiteral("bad-coordinate"), lon, QString::number(*longitude),
            tr("%1 %2 is outside -180 to 180.").arg(lon).arg(*longitude));
        return false;
    }
    return true;
}

Result<std::optional<qint64>> FieldChecks::parseCount(const QString& field, const QString& input)
{
    QString digits;
    for (const QChar c : input.trimmed()) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9')
            digits += c;
        else if (u >= 0x0660 && u <= 0x0669)
            digits += QChar(char16_t(u'0' + (u - 0x0660)));
        else if (u >= 0x06F0 && u <= 0x06F9)
            digits += QChar(char16_t(u'0' + (u - 0x06F0)));
        else if (u == u',' || u == 0x066C || u == u' ' || u == 0x00A0)
            continue; // thousands separators
        else {
            // A minus sign before any digit makes a negative count; elsewhere ("40-50") the
            // text is no number at all.
            const bool negative = (u == u'-' || u == 0x2212) && digits.isEmpty();
            return Issue::error(
                negative ? QStringLiteral("negative") : QStringLiteral("not-a-number"), field,
                input,
                negative ? tr("%1 cannot be negative (%2).").arg(field, input)
                         : tr("%1 “%2” is not a whole number.").arg(field, input));
        }
    }
    if (digits.isEmpty())
        return std::optional<qint64>();
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    if (!ok || value > 100'000'000'000LL)
        return Issue::error(QStringLiteral("not-a-number"), field, input,
            tr("%1 “%2” is not a plausible count.").arg(field, input));
    return std::optional<qint64>(value);
}

Result<std::optional<double>> FieldChecks::parseAmount(const QString& field, const QString& input)
{
    QString number;
    bool point = false;
    for (const QChar c : input.trimmed()) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9') {
            number += c;
        } else if (u >= 0x0660 && u <= 0x0669) {
            number += QChar(char16_t(u'0' + (u - 0x0660)));
        } else if (u >= 0x06F0 && u <= 0x06F9) {
            number += QChar(char16_t(u'0' + (u - 0x06F0)));
        } else if ((u == u'.' || u == 0x066B) && !point) {
            number += QLatin1Char('.');
            point = true;
        } else if (u == u',' || u == 0x066C || u == u' ' || u == 0x00A0) {
            continue; // thousands separators
        } else if (u == u'-' || u == 0x2212) {
            return Issue::error(QStringLiteral("negative"), field, input,
                tr("%1 cannot be negative (%2).").arg(field, input));
        } else {
            return Issue::error(QStringLiteral("not-a-number"), field, input,
                tr("%1 “%2” is not an amount; write digits only, for example "
                   "25000 or 1250.50.")
                    .arg(field, input));
        }
    }
    if (number.isEmpty())
        return std::optional<double>();
    bool ok = false;
    const double value = number.toDouble(&ok);
    if (!ok || number == QLatin1String(".") || value > 1e15)
        return Issue::error(QStringLiteral("not-a-number"), field, input,
            tr("%1 “%2” is not a plausible amount.").arg(field, input));
    return std::optional<double>(value);
}

} // namespace tansiq
