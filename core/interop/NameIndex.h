#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace tansiq::interop {

// Names folded for matching (text::foldForSearch: Arabic letter variants and diacritics,
// Latin case, accents and punctuation) pointing at keys (P-codes, record ids). One key may
// have several spellings (English, Arabic, acronym, alternative names).
class NameIndex {
public:
    void add(const QString& key, const QString& spelling, const QString& display);

    // Keys whose spelling folds like `text` and that `accept` (all when empty), each once.
    QStringList find(
        const QString& text, const std::function<bool(const QString&)>& accept = {}) const;
    // find(), then — when nothing matches exactly — the one key whose spelling matches once a
    // leading Arabic article (ال، وال) is dropped from every word, then (with `spelling`) the
    // one key within a small edit distance of it when no other key is as close: "دعم نفسي
    // اجتماعي" finds "الدعم النفسي الاجتماعي". Ties give nothing (the value stays unmatched).
    QStringList findLoose(const QString& text, bool spelling,
        const std::function<bool(const QString&)>& accept = {}) const;
    // Like suggest(), as (key, display) pairs.
    QList<std::pair<QString, QString>> suggestKeys(const QString& text, int count = 3,
        const std::function<bool(const QString&)>& accept = {}) const;
    // Every key once with its display name and all its folded spellings joined by spaces
    // (for pickers that filter as the user types).
    QList<std::pair<QString, QString>> displays() const;
    QString spellingsOf(const QString& key) const;
    // Up to `count` display names closest to `text` (edit distance on folded text, prefix and
    // containment first), for "did you mean" messages.
    QStringList suggest(const QString& text, int count = 3,
        const std::function<bool(const QString&)>& accept = {}) const;

private:
    QString fold(const QString& text) const;

    struct Entry {
        QString folded;
        QString stripped; // folded, without leading Arabic articles
        QString key;
        QString display;
    };
    QHash<QString, QList<int>> m_byFolded;
    QList<Entry> m_entries;
    mutable QHash<QString, QString> m_foldCache; // imports repeat the same few names
};

// Folded text without the Arabic article at the start of each word ("الدعم النفسي" → "دعم نفسي").
QString withoutArticles(const QString& folded);

int editDistance(const QString& a, const QString& b, int limit);

} // namespace tansiq::interop
