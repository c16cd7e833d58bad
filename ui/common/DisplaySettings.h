#pragma once

#include <QObject>
#include <QString>

class QSettings;

namespace tansiq::ui {

// How the user wants things shown: the interface language and the digits. Stored in the
// per-user settings (QSettings passed in, so tests use their own file).
class DisplaySettings : public QObject {
    Q_OBJECT
public:
    enum class Digits { FollowLanguage, ArabicIndic, Latin };

    explicit DisplaySettings(QSettings& store, QObject* parent = nullptr);

    QString language() const { return m_language; } // "ar" or "en"
    bool isArabic() const { return m_language == QLatin1String("ar"); }
    // `remember`: keep it for the next start (false for a one-off --lang on the command line).
    void setLanguage(const QString& language, bool remember = true);
    Digits digits() const { return m_digits; }
    void setDigits(Digits digits);

    // Numbers with grouping, in the digits the user chose.
    QString number(qint64 value) const;
    QString number(double value, int decimals) const;
    // A counted message, `tr("%n activities", nullptr, n)`: Qt chose the plural form of the
    // language by n and wrote n in Latin digits without grouping; this writes it like every
    // other number (grouping, the user's digits). Call it before filling other placeholders.
    QString counted(const QString& text, qint64 n) const;
    // Converts ASCII digits in `text` (dates, months, P-codes stay Latin) when Arabic-Indic.
    QString digitsOf(const QString& text) const;
    // A date or month ("2026-10-31", "2026-10") in the user's digits, in typing order (year
    // on the left), the same in every kind of line (decisions 0074, 0083).
    QString date(const QString& isoDate) const;
    // `text` with a left-to-right mark on each side of a dash between two Arabic-Indic (or
    // Persian) digits, so that ٢٠٢٦-١٣ or ٤٠-٥٠ shows in the order it was typed in any line or
    // isolate: such a dash otherwise resolves right to left and turns the groups around.
    static QString inTypingOrder(const QString& text);
    // `text` in a left-to-right isolate (U+2066 … U+2069): a path, a file name or a code in an
    // Arabic sentence keeps its order ("/tmp/a.db", not "tmp/a.db/").
    static QString leftToRight(const QString& text) { return QChar(0x2066) + text + QChar(0x2069); }
    // Picks the Arabic or English form of a bilingual name, falling back to the other.
    QString pick(const QString& english, const QString& arabic) const;

signals:
    void changed();

private:
    bool arabicIndic() const;

    QSettings& m_store;
    QString m_language;
    Digits m_digits = Digits::FollowLanguage;
};

} // namespace tansiq::ui
