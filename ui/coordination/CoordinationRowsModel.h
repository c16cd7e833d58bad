#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <QUuid>

namespace tansiq::ui {

// The coordination pages' tables: rows of cells already in the interface language, each with
// its record id; rows flagged as an alert (an overdue action point, a group with overdue
// points) are drawn in dark red on a light red background and in bold, so they stand out.
class CoordinationRowsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    struct Row {
        QUuid id;
        QStringList cells;
        bool alert = false;
    };
    static constexpr int AlertRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setHeaders(const QStringList& headers);
    void setRows(QList<Row> rows);
    const Row& rowAt(int row) const { return m_rows.at(row); }
    int rowOf(const QUuid& id) const;
    int alertCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QStringList m_headers;
    QList<Row> m_rows;
};

} // namespace tansiq::ui
