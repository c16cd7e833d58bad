#include "ui/backup/BackupListModel.h"

#include "ui/common/DisplaySettings.h"

#include <QDateTime>

namespace tansiq::ui {

QString backupSize(const DisplaySettings& display, qint64 bytes)
{
    const double megabytes = double(bytes) / (1024.0 * 1024.0);
    if (megabytes < 1.0)
        return BackupListModel::tr("%1 KB").arg(display.number(qMax<qint64>(1, bytes / 1024)));
    return BackupListModel::tr("%1 MB").arg(display.number(megabytes, 1));
}

QString backupTime(const DisplaySettings& display, qint64 ms)
{
    return display.digitsOf(
        QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

BackupListModel::BackupListModel(const DisplaySettings& display, QObject* parent)
    : QAbstractTableModel(parent), m_display(display)
{
}

void BackupListModel::setBackups(QList<backup::BackupInfo> backups)
{
    beginResetModel();
    m_backups = std::move(backups);
    endResetModel();
}

const backup::BackupInfo* BackupListModel::backupFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_backups.size())
        return nullptr;
    return &m_backups.at(index.row());
}

int BackupListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_backups.size());
}

int BackupListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupListModel::data(const QModelIndex& index, int role) const
{
    const backup::BackupInfo* info = backupFromIndex(index);
    if (!info)
        return {};
    if (role == Qt::TextAlignmentRole && index.column() >= Size)
        return QVariant(Qt::AlignVCenter | Qt::AlignTrailing);
    if (role == Qt::ToolTipRole)
        return info->path;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case When:
        return backupTime(m_display, info->createdAt);
    case Reason:
        return backup::reasonLabel(info->reason);
    case Size:
        return backupSize(m_display, info->size);
    case Organisations:
        return m_display.number(info->counts.organisations);
    case Projects:
        return m_display.number(info->counts.projects);
    case Activities:
        return m_display.number(info->counts.activities);
    case Needs:
        return m_display.number(info->counts.needs);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant BackupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case When:
        return tr("Made on");
    case Reason:
        return tr("Why");
    case Size:
        return tr("Size");
    case Organisations:
        return tr("Organisations");
    case Projects:
        return tr("Projects");
    case Activities:
        return tr("Activities");
    case Needs:
        return tr("Needs");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace tansiq::ui
