#include "core/registry/TermList.h"

#include "core/common/Text.h"

namespace tansiq {

bool isTermIn(const QList<Term>& list, const QString& code)
{
    for (const Term& t : list) {
        if (t.code == code)
            return true;
    }
    return false;
}

QString termLabelIn(const QList<Term>& list, const QString& code, Language language)
{
    for (const Term& t : list) {
        if (t.code == code)
            return language == Language::Arabic ? t.nameAr : t.nameEn;
    }
    return code;
}

std::optional<QString> matchTermIn(const QList<Term>& list, const QString& text)
{
    const QString wanted = text::foldForSearch(text);
    if (wanted.isEmpty())
        return std::nullopt;
    for (const Term& t : list) {
        QStringList spellings = t.hxlSynonyms.split(QLatin1Char('|'), Qt::SkipEmptyParts);
        spellings << t.code << t.nameEn << t.nameAr;
        for (const QString& spelling : spellings) {
            if (text::foldForSearch(spelling) == wanted)
                return t.code;
        }
    }
    return std::nullopt;
}

} // namespace tansiq
