#pragma once

#include "SyncOverview.h"

#include <QAbstractTableModel>

namespace tansiq::ui {

class DisplaySettings;

// The Sync page's table of known offices: role, last sent, last received, and how many
// changes each has acknowledged or is still missing.
class OfficeStatusModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Role, LastSent, LastReceived, Acknowledged, NotAcknowledged, ColumnCount };

    explicit OfficeStatusModel(const DisplaySettings& display, QObject* parent = nullptr);

    void setOffices(const QList<OfficeSyncStatus>& offices);
    const QList<OfficeSyncStatus>& offices() const { return m_offices; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // After a language or digits change.
    void retranslate();

private:
    const DisplaySettings& m_display;
    QList<OfficeSyncStatus> m_offices;
};

}  // namespace tansiq::ui
