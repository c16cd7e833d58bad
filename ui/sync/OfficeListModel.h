#pragma once

#include "core/sync/SyncOverview.h"

#include <QAbstractTableModel>
#include <QList>

class QTableView;
class QWidget;

namespace tansiq::ui {

class DisplaySettings;

// The known offices as a table, in the columns a screen asks for: the Sync page shows where
// each office stands (role, last bundles, changes confirmed), Settings → Office and keys shows
// the head office's roster (role, fingerprint, enrolled or revoked). Without a State column a
// revoked office says so in its role, in grey.
class OfficeListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Name,
        Role,
        LastSent,
        LastReceived,
        Acknowledged,
        NotAcknowledged,
        Fingerprint,
        State
    };

    static QList<Column> syncColumns();
    static QList<Column> rosterColumns();

    OfficeListModel(
        const DisplaySettings& display, QList<Column> columns, QObject* parent = nullptr);

    void setOffices(const QList<sync::OfficeSyncStatus>& offices);
    const QList<sync::OfficeSyncStatus>& offices() const { return m_offices; }
    // Where `column` is shown (-1: not shown).
    int position(Column column) const { return int(m_columns.indexOf(column)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // After a language or digits change.
    void retranslate();

private:
    QVariant text(const sync::OfficeSyncStatus& office, Column column) const;

    const DisplaySettings& m_display;
    const QList<Column> m_columns;
    const bool m_revokedInRole;
    QList<sync::OfficeSyncStatus> m_offices;
};

// A table of `model`'s offices: whole rows chosen one at a time, the names taking the room left.
QTableView* officeTable(OfficeListModel* model, const QString& objectName, QWidget* parent);

} // namespace tansiq::ui
