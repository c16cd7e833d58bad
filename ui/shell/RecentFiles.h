#pragma once

#include <QString>
#include <QStringList>

class QSettings;

namespace tansiq::ui {

// The databases opened last (File → Recent files), newest first, in the per-user settings.
// Files that no longer exist are dropped when the list is read.
class RecentFiles {
public:
    static constexpr int kMaximum = 6;

    explicit RecentFiles(QSettings& store) : m_store(store) { }

    QStringList list() const;
    void add(const QString& path);
    void remove(const QString& path);

private:
    void save(const QStringList& files);

    QSettings& m_store;
};

} // namespace tansiq::ui
