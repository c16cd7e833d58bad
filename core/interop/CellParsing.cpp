#include "core/interop/CellParsing.h"

#include "core/common/Dates.h"
#include "core/interop/XlsxReader.h"

#include <QDate>
#include <QRegularExpression>

#include <cmath>

namespace tansiq::interop::cells {

QString normaliseDigits(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c >= 0x0660 && c <= 0x0669)
            out += QChar(u'0' + (c - 0x0660));
        else if (c >= 0x06F0 && c <= 0x06F9)
            out += QChar(u'0' + (c - 0x06F0));
        else if (c == 0x066B)
            out += u'.';
        else if (c == 0x066C)
            out += u',';
        else if (c == u' ' || c == 0x00A0 || c == 0x202F)
            continue;
        else
            out += ch;
    }
    return out;
}

std::optional<double> real(const QString& text)
{
    QString t = normaliseDigits(text.trimmed());
    static const QRegularExpression grouped(QStringLiteral("^[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?$"));
    if (grouped.match(t).hasMatch())
        t.remove(u',');
    bool ok = false;
    const double value = t.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<double> amount(const QString& text)
{
    const auto value = real(text);
    if (!value || *value < 0)
        return std::nullopt;
    return value;
}

std::optional<qint64> count(const QString& text)
{
    const auto value = amount(text);
    if (!value || *value != std::floor(*value) || *value > 9e15)
        return std::nullopt;
    return qint64(*value);
}

std::optional<QString> date(const QString& text)
{
    const QString t = normaliseDigits(text.trimmed());
    if (const auto iso = dates::parseIsoDate(t))
        return dates::toIsoDate(*iso);
    static const QRegularExpression dayFirst(
        QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})$"));
    static const QRegularExpression yearFirst(
        QStringLiteral("^(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})$"));
    static const QRegularExpression isoWithTime(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})[T ]"));
    QDate d;
    if (const auto m = dayFirst.match(t); m.hasMatch())
        d = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    else if (const auto m2 = yearFirst.match(t); m2.hasMatch())
        d = QDate(m2.captured(1).toInt(), m2.captured(2).toInt(), m2.captured(3).toInt());
    else if (const auto m3 = isoWithTime.match(t); m3.hasMatch())
        d = QDate(m3.captured(1).toInt(), m3.captured(2).toInt(), m3.captured(3).toInt());
    else if (const auto serial = real(t); serial && *serial >= 20000 && *serial < 80000)
        return excelSerialToIsoDate(*serial);
    if (!d.isValid())
        return std::nullopt;
    return dates::toIsoDate(d);
}

std::optional<QString> month(const QString& text)
{
    const QString t = normaliseDigits(text.trimmed());
    if (const auto m = dates::parseMonth(t))
        return dates::toMonth(*m);
    static const QRegularExpression monthYear(QStringLiteral("^(\\d{1,2})[/.-](\\d{4})$"));
    static const QRegularExpression yearMonth(QStringLiteral("^(\\d{4})[/.](\\d{1,2})$"));
    QDate d;
    if (const auto m = monthYear.match(t); m.hasMatch())
        d = QDate(m.captured(2).toInt(), m.captured(1).toInt(), 1);
    else if (const auto m2 = yearMonth.match(t); m2.hasMatch())
        d = QDate(m2.captured(1).toInt(), m2.captured(2).toInt(), 1);
    else if (const auto full = date(t))
        return full->left(7);
    if (!d.isValid())
        return std::nullopt;
    return dates::toMonth(d);
}

} // namespace tansiq::interop::cells
