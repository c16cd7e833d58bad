#include "DisplaySettings.h"

#include <QLocale>
#include <QRegularExpression>
#include <algorithm>
#include <QSettings>

namespace tansiq::ui {

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
const QString kDigitsKey = QStringLiteral("ui/digits");
}  // namespace

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
    const QString next = language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("ar");
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
    // here).
    // A dash between Arabic-Indic digits would let the bidirectional algorithm show a date
    // backwards (٢٠٢٦-١٠-٣١ as 31-10-2026 read left to right), in a right-to-left line and in
    // a left-to-right isolate alike. Left-to-right marks on both sides of the dash keep the
    // date in the order it is typed wherever it is shown (decision 0074).
    const auto isDigit = [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); };
    QString out;
    out.reserve(text.size() + 4);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isDigit(c)) {
            out += QChar(0x0660 + (c.unicode() - '0'));
        } else if (c == QLatin1Char('-') && i > 0 && i + 1 < text.size() && isDigit(text.at(i - 1))
                   && isDigit(text.at(i + 1))) {
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
    // No directional marks: whatever the embedding, the bidirectional algorithm lays
    // Arabic-Indic groups joined by hyphens right to left, so an Arabic reader reads the
    // year first, in a table, a list or a sentence alike (decision 0076).
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
    const QRegularExpression written(QStringLiteral("(?<![%0-9])") + QString::number(n) + QStringLiteral("(?![0-9])"));
    return QString(text).replace(written, number(n));
}

QString DisplaySettings::pick(const QString& english, const QString& arabic) const
{
    if (isArabic())
        return arabic.isEmpty() ? english : arabic;
    return english.isEmpty() ? arabic : english;
}

}  // namespace tansiq::ui
