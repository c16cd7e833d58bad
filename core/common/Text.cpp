#include "core/common/Text.h"

#include <QStringDecoder>

namespace tansiq::text {

std::optional<QString> decodeUtf8Strict(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = decoder(bytes);
    if (decoder.hasError())
        return std::nullopt;
    if (decoded.startsWith(QChar(0xFEFF)))
        decoded.remove(0, 1);
    return decoded;
}

bool isWellFormed(const QString& text)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 >= n || !QChar::isLowSurrogate(text.at(i + 1).unicode()))
                return false;
            ++i;
            continue;
        }
        if (QChar::isLowSurrogate(c))
            return false;
        if (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')
            return false;
        if (c == 0x7F || c == 0xFFFE || c == 0xFFFF)
            return false;
    }
    return true;
}

namespace {

bool isArabicMark(char16_t c)
{
    return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640 // harakat, tatweel
        || (c >= 0x06D6 && c <= 0x06ED); // Quranic marks
}

char16_t foldArabicLetter(char16_t c)
{
    switch (c) {
    case 0x0623:
    case 0x0625:
    case 0x0622:
    case 0x0671:
        return 0x0627; // أ إ آ ٱ → ا
    case 0x0629:
        return 0x0647; // ة → ه
    case 0x0649:
        return 0x064A; // ى → ي
    default:
        break;
    }
    if (c >= 0x0660 && c <= 0x0669)
        return char16_t(u'0' + (c - 0x0660));
    if (c >= 0x06F0 && c <= 0x06F9)
        return char16_t(u'0' + (c - 0x06F0));
    return c;
}

} // namespace

QString foldForSearch(const QString& text)
{
    // NFKD splits Latin accents (and Arabic presentation forms) into base + marks.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar ch : decomposed) {
        const char16_t c = ch.unicode();
        if (isArabicMark(c) || ch.category() == QChar::Mark_NonSpacing)
            continue;
        if (ch.isLetterOrNumber()) {
            if (pendingSpace && !out.isEmpty())
                out += QLatin1Char(' ');
            pendingSpace = false;
            out += QChar(foldArabicLetter(QChar::toCaseFolded(c)));
        } else {
            pendingSpace = true; // spaces, punctuation, symbols separate words
        }
    }
    return out;
}

} // namespace tansiq::text
