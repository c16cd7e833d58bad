#include "core/interop/NameIndex.h"

#include "core/common/Text.h"

#include <QSet>

#include <algorithm>

namespace tansiq::interop {

int editDistance(const QString& a, const QString& b, int limit)
{
    const qsizetype n = a.size(), m = b.size();
    if (std::abs(int(n - m)) > limit)
        return limit + 1;
    QList<int> previous(m + 1), current(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        int best = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            current[j] = std::min({ previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost });
            best = std::min(best, current[j]);
        }
        if (best > limit)
            return limit + 1;
        std::swap(previous, current);
    }
    return previous[m];
}

QString withoutArticles(const QString& folded)
{
    QStringList words = folded.split(u' ', Qt::SkipEmptyParts);
    for (QString& word : words) {
        if (word.size() >= 4 && word.startsWith(QStringLiteral("ال")))
            word.remove(0, 2);
        else if (word.size() >= 5 && word.startsWith(QStringLiteral("وال")))
            word.remove(1, 2);
        else if (word.size() >= 5 && word.startsWith(QStringLiteral("بال")))
            word.remove(1, 2);
    }
    return words.join(u' ');
}

QString NameIndex::fold(const QString& text) const
{
    const auto it = m_foldCache.constFind(text);
    if (it != m_foldCache.cend())
        return it.value();
    if (m_foldCache.size() > 50000)
        m_foldCache.clear();
    const QString folded = text::foldForSearch(text);
    m_foldCache.insert(text, folded);
    return folded;
}

void NameIndex::add(const QString& key, const QString& spelling, const QString& display)
{
    const QString folded = text::foldForSearch(spelling);
    if (folded.isEmpty())
        return;
    QList<int>& positions = m_byFolded[folded];
    for (int slot : std::as_const(positions)) {
        if (m_entries.at(slot).key == key)
            return;
    }
    positions << int(m_entries.size());
    m_entries << Entry { folded, withoutArticles(folded), key, display };
}

QStringList NameIndex::find(
    const QString& text, const std::function<bool(const QString&)>& accept) const
{
    QStringList keys;
    const auto it = m_byFolded.constFind(fold(text));
    if (it == m_byFolded.cend())
        return keys;
    for (int slot : it.value()) {
        const QString& key = m_entries.at(slot).key;
        if ((!accept || accept(key)) && !keys.contains(key))
            keys << key;
    }
    return keys;
}

QStringList NameIndex::findLoose(
    const QString& text, bool spelling, const std::function<bool(const QString&)>& accept) const
{
    QStringList keys = find(text, accept);
    if (!keys.isEmpty())
        return keys;
    const QString wanted = withoutArticles(fold(text));
    if (wanted.size() < 3)
        return keys;
    for (const Entry& entry : m_entries) {
        if (entry.stripped == wanted && (!accept || accept(entry.key)) && !keys.contains(entry.key))
            keys << entry.key;
    }
    if (!keys.isEmpty() || !spelling || wanted.size() < 5)
        return keys.size() == 1 ? keys : QStringList();
    const int limit = wanted.size() >= 12 ? 2 : 1;
    int best = limit + 1;
    QStringList bestKeys;
    for (const Entry& entry : m_entries) {
        if (accept && !accept(entry.key))
            continue;
        const int d = editDistance(wanted, entry.stripped, limit);
        if (d > limit || d > best)
            continue;
        if (d < best) {
            best = d;
            bestKeys.clear();
        }
        if (!bestKeys.contains(entry.key))
            bestKeys << entry.key;
    }
    return bestKeys.size() == 1 ? bestKeys : QStringList();
}

QList<std::pair<QString, QString>> NameIndex::displays() const
{
    QList<std::pair<QString, QString>> out;
    QSet<QString> seen;
    for (const Entry& entry : m_entries) {
        if (seen.contains(entry.key))
            continue;
        seen.insert(entry.key);
        out.append({ entry.key, entry.display });
    }
    return out;
}

QString NameIndex::spellingsOf(const QString& key) const
{
    QStringList spellings;
    for (const Entry& entry : m_entries) {
        if (entry.key == key)
            spellings << entry.folded;
    }
    return spellings.join(u' ');
}

QStringList NameIndex::suggest(
    const QString& text, int count, const std::function<bool(const QString&)>& accept) const
{
    QStringList out;
    for (const auto& [key, display] : suggestKeys(text, count, accept))
        out << display;
    return out;
}

QList<std::pair<QString, QString>> NameIndex::suggestKeys(
    const QString& text, int count, const std::function<bool(const QString&)>& accept) const
{
    const QString wanted = text::foldForSearch(text);
    if (wanted.isEmpty())
        return {};
    const int limit = std::max(2, int(wanted.size()) / 2);
    const QString wantedBare = withoutArticles(wanted); // "جلسات توعيه للاطفال" ⊃ "جلسات توعيه"
    struct Scored {
        int score;
        QString key;
        QString display;
    };
    QList<Scored> scored;
    QSet<QString> seen;
    for (const Entry& entry : m_entries) {
        if (accept && !accept(entry.key))
            continue;
        int score = std::min(editDistance(wanted, entry.folded, limit),
            editDistance(wantedBare, entry.stripped, limit));
        if (score > limit && wanted.size() >= 3
            && (entry.folded.contains(wanted) || wanted.contains(entry.folded)
                || (entry.stripped.size() >= 3 && wantedBare.contains(entry.stripped))
                || (wantedBare.size() >= 3 && entry.stripped.contains(wantedBare))))
            score = limit;
        if (score > limit)
            continue;
        scored << Scored { score, entry.key, entry.display };
    }
    std::stable_sort(scored.begin(), scored.end(),
        [](const Scored& a, const Scored& b) { return a.score < b.score; });
    QList<std::pair<QString, QString>> result;
    for (const Scored& s : std::as_const(scored)) {
        if (seen.contains(s.display))
            continue;
        seen.insert(s.display);
        result.append({ s.key, s.display });
        if (result.size() >= count)
            break;
    }
    return result;
}

} // namespace tansiq::interop
