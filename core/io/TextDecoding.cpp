#include "core/io/TextDecoding.h"

#include "core/common/Text.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace tansiq {

namespace {

struct TextDecoding {
    Q_DECLARE_TR_FUNCTIONS(tansiq::TextDecoding)
};

bool looksBinary(const QByteArray& bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), 8192);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B))
            ++controls;
    }
    return n > 0 && controls * 100 / n >= 1;
}

// UTF-16 without a byte-order mark: every other byte NUL in ASCII-heavy text.
std::optional<TextEncoding> utf16WithoutBom(const QByteArray& bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size() & ~qsizetype(1), 4096);
    if (n < 4)
        return std::nullopt;
    qsizetype evenZero = 0, oddZero = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZero += bytes.at(i) == 0;
        oddZero += bytes.at(i + 1) == 0;
    }
    if (oddZero * 10 > n * 3 && evenZero == 0)
        return TextEncoding::Utf16LE;
    if (evenZero * 10 > n * 3 && oddZero == 0)
        return TextEncoding::Utf16BE;
    return std::nullopt;
}

} // namespace

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf8Bom:
        return QStringLiteral("UTF-8 (BOM)");
    case TextEncoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case TextEncoding::Windows1256:
        return QStringLiteral("Windows-1256");
    case TextEncoding::Binary:
        return TextDecoding::tr("binary data");
    }
    return QString();
}

TextEncoding detectEncoding(const QByteArray& bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return TextEncoding::Utf8Bom;
    if (bytes.startsWith("\xFF\xFE"))
        return TextEncoding::Utf16LE;
    if (bytes.startsWith("\xFE\xFF"))
        return TextEncoding::Utf16BE;
    if (const auto utf16 = utf16WithoutBom(bytes))
        return *utf16;
    if (looksBinary(bytes))
        return TextEncoding::Binary;
    if (text::decodeUtf8Strict(bytes))
        return TextEncoding::Utf8;
    return TextEncoding::Windows1256;
}

Result<DecodedText> decodeText(const QByteArray& bytes, const QString& what, bool allowLegacy)
{
    const TextEncoding encoding = detectEncoding(bytes);
    switch (encoding) {
    case TextEncoding::Binary:
        return Issue::error(QStringLiteral("binary-file"), what, QString(),
            TextDecoding::tr("“%1” is not a text file (it contains binary data).").arg(what));
    case TextEncoding::Utf8:
    case TextEncoding::Utf8Bom: {
        auto decoded = text::decodeUtf8Strict(bytes);
        if (!decoded) {
            // A UTF-8 byte-order mark followed by bytes that are not UTF-8 (found by fuzzing).
            return Issue::error(QStringLiteral("bad-utf8"), what, encodingName(encoding),
                TextDecoding::tr("“%1” starts as UTF-8 text but is damaged.").arg(what));
        }
        return DecodedText { *decoded, encoding };
    }
    default:
        break;
    }
    if (!allowLegacy) {
        return Issue::error(QStringLiteral("not-utf8"), what, encodingName(encoding),
            TextDecoding::tr("“%1” is not UTF-8 text (it looks like %2). Save it as “CSV UTF-8” "
                             "and try again.")
                .arg(what, encodingName(encoding)));
    }
    if (encoding == TextEncoding::Windows1256) {
        QStringDecoder decoder("windows-1256");
        if (!decoder.isValid()) {
            return Issue::error(QStringLiteral("codec-missing"), what, encodingName(encoding),
                TextDecoding::tr("This system cannot read Windows-1256 text."));
        }
        return DecodedText { decoder(bytes), encoding };
    }
    QStringDecoder decoder(
        encoding == TextEncoding::Utf16LE ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
        QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    // A file cut short in the middle of a character: Qt drops the odd byte without an error.
    if (decoder.hasError() || bytes.size() % 2 != 0) {
        return Issue::error(QStringLiteral("bad-utf16"), what, encodingName(encoding),
            TextDecoding::tr("“%1” looks like UTF-16 text but is damaged.").arg(what));
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return DecodedText { text, encoding };
}

} // namespace tansiq
