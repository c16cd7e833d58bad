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
    QStringList find(const QString& text,
                     const std::function<bool(const QString&)>& accept = {}) const;
    // Up to `count` display names closest to `text` (edit distance on folded text, prefix and
    // containment first), for "did you mean" messages.
    QStringList suggest(const QString& text, int count = 3,
                        const std::function<bool(const QString&)>& accept = {}) const;

private:
    QString fold(const QString& text) const;

    struct Entry {
        QString folded;
        QString key;
        QString display;
    };
    QHash<QString, QList<int>> m_byFolded;
    QList<Entry> m_entries;
    mutable QHash<QString, QString> m_foldCache;  // imports repeat the same few names
};

int editDistance(const QString& a, const QString& b, int limit);

}  // namespace tansiq::interop
