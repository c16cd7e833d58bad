#include "core/interop/HxlTag.h"

namespace tansiq::interop {

namespace {

bool isWordStart(QChar c)
{
    return (c >= u'a' && c <= u'z');
}

bool isWordChar(QChar c)
{
    return isWordStart(c) || (c >= u'0' && c <= u'9') || c == u'_';
}

bool isWord(const QString& word)
{
    if (word.isEmpty() || !isWordStart(word.at(0)))
        return false;
    for (const QChar c : word) {
        if (!isWordChar(c))
            return false;
    }
    return true;
}

} // namespace

std::optional<HxlTag> HxlTag::parse(const QString& cell)
{
    QString text = cell.trimmed().toLower();
    if (!text.startsWith(u'#'))
        return std::nullopt;
    // Whitespace is allowed around '+' only: "#org +impl" is a tag, "#not a tag" is not.
    QStringList parts = text.mid(1).split(u'+');
    for (QString& part : parts)
        part = part.trimmed();
    HxlTag tag;
    tag.hashtag = parts.first();
    if (!isWord(tag.hashtag))
        return std::nullopt;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (!isWord(parts.at(i)))
            return std::nullopt;
        if (!tag.attributes.contains(parts.at(i)))
            tag.attributes << parts.at(i);
    }
    tag.attributes.sort();
    return tag;
}

bool HxlTag::matches(const HxlTag& pattern) const
{
    if (hashtag != pattern.hashtag)
        return false;
    for (const QString& attribute : pattern.attributes) {
        if (!attributes.contains(attribute))
            return false;
    }
    return true;
}

QString HxlTag::toString() const
{
    QString text = QLatin1Char('#') + hashtag;
    for (const QString& attribute : attributes)
        text += QLatin1Char('+') + attribute;
    return text;
}

std::optional<int> findHashtagRow(const QList<QStringList>& rows, int maxRows)
{
    const int n = int(std::min<qsizetype>(rows.size(), maxRows));
    for (int r = 0; r < n; ++r) {
        int filled = 0;
        int tags = 0;
        for (const QString& cell : rows.at(r)) {
            if (cell.trimmed().isEmpty())
                continue;
            ++filled;
            if (HxlTag::parse(cell))
                ++tags;
        }
        if (tags > 0 && tags * 2 > filled)
            return r;
    }
    return std::nullopt;
}

} // namespace tansiq::interop
