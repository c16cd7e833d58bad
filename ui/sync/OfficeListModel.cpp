#include "ui/sync/OfficeListModel.h"

#include "ui/common/DisplaySettings.h"
#include "ui/sync/OfficeOperations.h"
#include "ui/sync/SyncMessages.h"

#include <QBrush>
#include <QHeaderView>
#include <QPalette>
#include <QTableView>

namespace tansiq::ui {

QList<OfficeListModel::Column> OfficeListModel::syncColumns()
{
    return { Name, Role, LastSent, LastReceived, Acknowledged, NotAcknowledged };
}

QList<OfficeListModel::Column> OfficeListModel::rosterColumns()
{
    return { Name, Role, Fingerprint, State };
}

OfficeListModel::OfficeListModel(
    const DisplaySettings& display, QList<Column> columns, QObject* parent)
    : QAbstractTableModel(parent)
    , m_display(display)
    , m_columns(std::move(columns))
    , m_revokedInRole(!m_columns.contains(State))
{
}

void OfficeListModel::setOffices(const QList<sync::OfficeSyncStatus>& offices)
{
    beginResetModel();
    m_offices = offices;
    endResetModel();
}

int OfficeListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_offices.size());
}

int OfficeListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant OfficeListModel::text(const sync::OfficeSyncStatus& office, Column column) const
{
    switch (column) {
    case Name:
        return office.name;
    case Role:
        if (office.revoked && m_revokedInRole)
            return tr("Revoked");
        return office.headOffice ? tr("Head office") : tr("Field office");
    case LastSent:
        return SyncMessages(m_display).when(office.lastSentMs);
    case LastReceived:
        return SyncMessages(m_display).when(office.lastReceivedMs);
    case Acknowledged:
        return m_display.number(qint64(office.acknowledged));
    case NotAcknowledged:
        return m_display.number(qint64(office.notAcknowledged));
    case Fingerprint:
        return offices::spacedFingerprint(office.fingerprint);
    case State:
        return office.revoked ? tr("Revoked") : tr("Enrolled");
    }
    return {};
}

QVariant OfficeListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_offices.size() || index.column() >= m_columns.size())
        return {};
    const sync::OfficeSyncStatus& office = m_offices.at(index.row());
    const Column column = m_columns.at(index.column());
    if (role == Qt::DisplayRole)
        return text(office, column);
    if (!m_revokedInRole)
        return {};
    if (role == Qt::ToolTipRole && column == Name)
        return tr("Fingerprint: %1").arg(office.fingerprint);
    if (role == Qt::ForegroundRole && office.revoked)
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    if (role == Qt::TextAlignmentRole && (column == Acknowledged || column == NotAcknowledged))
        return int(Qt::AlignTrailing | Qt::AlignVCenter);
    return {};
}

QVariant OfficeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= m_columns.size())
        return {};
    switch (m_columns.at(section)) {
    case Name:
        return tr("Office");
    case Role:
        return tr("Role");
    case LastSent:
        return tr("Last bundle sent");
    case LastReceived:
        return tr("Last bundle received");
    case Acknowledged:
        return tr("Changes it confirmed");
    case NotAcknowledged:
        return tr("Changes not yet confirmed");
    case Fingerprint:
        return tr("Fingerprint");
    case State:
        return tr("State");
    }
    return {};
}

void OfficeListModel::retranslate()
{
    beginResetModel();
    endResetModel();
}

QTableView* officeTable(OfficeListModel* model, const QString& objectName, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(
        model->position(OfficeListModel::Name), QHeaderView::Stretch);
    return view;
}

} // namespace tansiq::ui
