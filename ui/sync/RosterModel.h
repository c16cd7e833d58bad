#pragma once

#include "SyncOverview.h"

#include <QAbstractTableModel>

namespace tansiq::ui {

// The offices the head office enrolled (as this installation knows them): name, role,
// fingerprint and whether it was revoked.
class RosterModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Role, Fingerprint, State, ColumnCount };

    explicit RosterModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}

    void setOffices(const QList<OfficeSyncStatus>& offices);
    const QList<OfficeSyncStatus>& offices() const { return m_offices; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void retranslate();

private:
    QList<OfficeSyncStatus> m_offices;
};

}  // namespace tansiq::ui
