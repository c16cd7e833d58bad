#pragma once

#include "core/backup/BackupInfo.h"

#include <QAbstractTableModel>
#include <QList>

namespace tansiq::ui {

class DisplaySettings;

// The backups of the open database, newest first: date, reason, size and record counts.
class BackupListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, Reason, Size, Organisations, Projects, Activities, Needs, ColumnCount };

    explicit BackupListModel(const DisplaySettings& display, QObject* parent = nullptr);

    void setBackups(QList<backup::BackupInfo> backups);
    const backup::BackupInfo* backupFromIndex(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const DisplaySettings& m_display;
    QList<backup::BackupInfo> m_backups;
};

// "12.4 MB" in the user's digits.
QString backupSize(const DisplaySettings& display, qint64 bytes);
// The date and time of a backup, local time, in the user's digits.
QString backupTime(const DisplaySettings& display, qint64 ms);

} // namespace tansiq::ui
