#include "ui/common/DisplaySettings.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSettings>

#include <algorithm>

namespace tansiq::ui {

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
const QString kDigitsKey = QStringLiteral("ui/digits");
} // namespace

DisplaySettings::DisplaySettings(QSettings& store, QObject* parent)
    : QObject(parent), m_store(store)
{
    m_language = store.value(kLanguageKey, QStringLiteral("ar")).toString();
    if (m_language != QLatin1String("en"))
        m_language = QStringLiteral("ar");
    m_digits = Digits(std::clamp(store.value(kDigitsKey, 0).toInt(), 0, 2));
}

void DisplaySettings::setLanguage(const QString& language, bool remember)
{
    const QString next
        = language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("ar");
    if (next == m_language)
        return;
    m_language = next;
    if (remember)
        m_store.setValue(kLanguageKey, m_language);
    emit changed();
}

void DisplaySettings::setDigits(Digits digits)
{
    if (digits == m_digits)
        return;
    m_digits = digits;
    m_store.setValue(kDigitsKey, int(digits));
    emit changed();
}

bool DisplaySettings::arabicIndic() const
{
    return m_digits == Digits::ArabicIndic || (m_digits == Digits::FollowLanguage && isArabic());
}

QString DisplaySettings::digitsOf(const QString& text) const
{
    if (!arabicIndic())
        return text;
    // Every ASCII digit is converted, those of dates and months too (P-codes are not passed
    // here), then kept in typing order (decision 0074).
    QString out = text;
    for (QChar& c : out) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            c = QChar(0x0660 + (c.unicode() - '0'));
    }
    return inTypingOrder(out);
}

QString DisplaySettings::inTypingOrder(const QString& text)
{
    // Arabic-Indic digits are Arabic numbers for the bidirectional algorithm (Persian ones become
    // so after Arabic letters), and a dash (or minus, or en dash) between two Arabic numbers
    // resolves right to left in a right-to-left line, in a left-to-right one and inside any
    // isolate or embedding: ٢٠٢٦-١٠-٣١ shows as 31-10-2026 read from the left. Left-to-right
    // marks on both sides of the dash keep the groups in the order they were typed.
    const auto arabicDigit = [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0x0660 && u <= 0x0669) || (u >= 0x06F0 && u <= 0x06F9);
    };
    const auto dash
        = [](QChar c) { return c == QLatin1Char('-') || c == QChar(0x2212) || c == QChar(0x2013); };
    QString out;
    out.reserve(text.size() + 4);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (dash(c) && i > 0 && i + 1 < text.size() && arabicDigit(text.at(i - 1))
            && arabicDigit(text.at(i + 1))) {
            out += QChar(0x200E);
            out += c;
            out += QChar(0x200E);
        } else {
            out += c;
        }
    }
    return out;
}

QString DisplaySettings::date(const QString& isoDate) const
{
    return digitsOf(isoDate);
}

QString DisplaySettings::number(qint64 value) const
{
    QString text = QLocale(QLocale::English).toString(value);
    if (arabicIndic())
        text.replace(QLatin1Char(','), QChar(0x066C));
    return digitsOf(text);
}

QString DisplaySettings::number(double value, int decimals) const
{
    QString text = QLocale(QLocale::English).toString(value, 'f', decimals);
    if (arabicIndic()) {
        text.replace(QLatin1Char(','), QChar(0x066C));
        text.replace(QLatin1Char('.'), QChar(0x066B));
    }
    return digitsOf(text);
}

QString DisplaySettings::counted(const QString& text, qint64 n) const
{
    // n as Qt wrote it, not inside another number nor a placeholder ("%1").
    const QRegularExpression written(
        QStringLiteral("(?<![%0-9])") + QString::number(n) + QStringLiteral("(?![0-9])"));
    return QString(text).replace(written, number(n));
}

QString DisplaySettings::pick(const QString& english, const QString& arabic) const
{
    if (isArabic())
        return arabic.isEmpty() ? english : arabic;
    return english.isEmpty() ? arabic : english;
}

} // namespace tansiq::ui
