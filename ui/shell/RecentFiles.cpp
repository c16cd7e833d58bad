#include "ui/shell/RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

namespace tansiq::ui {

namespace {
const QString kKey = QStringLiteral("files/recent");
}

QStringList RecentFiles::list() const
{
    const QStringList stored = m_store.value(kKey).toStringList();
    QStringList existing;
    for (const QString& file : stored) {
        if (QFileInfo(file).isFile() && !existing.contains(file))
            existing << file;
    }
    if (existing != stored)
        const_cast<RecentFiles*>(this)->save(existing);
    return existing;
}

void RecentFiles::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = list();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaximum)
        files.removeLast();
    save(files);
}

void RecentFiles::remove(const QString& path)
{
    QStringList files = list();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    save(files);
}

void RecentFiles::save(const QStringList& files)
{
    m_store.setValue(kKey, files);
}

} // namespace tansiq::ui
