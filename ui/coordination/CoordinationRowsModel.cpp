#include "ui/coordination/CoordinationRowsModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

namespace tansiq::ui {

void CoordinationRowsModel::setHeaders(const QStringList& headers)
{
    beginResetModel();
    m_headers = headers;
    endResetModel();
}

void CoordinationRowsModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int CoordinationRowsModel::rowOf(const QUuid& id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

int CoordinationRowsModel::alertCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row& r) { return r.alert; }));
}

int CoordinationRowsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CoordinationRowsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant CoordinationRowsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return row.cells.value(index.column());
    case Qt::ForegroundRole:
        return row.alert ? QVariant(QBrush(QColor(0x9b, 0x1c, 0x1c))) : QVariant();
    case Qt::BackgroundRole:
        return row.alert ? QVariant(QBrush(QColor(0xfd, 0xe2, 0xe1))) : QVariant();
    case Qt::FontRole:
        if (row.alert) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case AlertRole:
        return row.alert;
    default:
        return {};
    }
}

QVariant CoordinationRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section);
    return {};
}

} // namespace tansiq::ui
