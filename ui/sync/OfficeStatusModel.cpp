#include "OfficeStatusModel.h"

#include "SyncMessages.h"
#include "common/DisplaySettings.h"

#include <QBrush>
#include <QPalette>

namespace tansiq::ui {

OfficeStatusModel::OfficeStatusModel(const DisplaySettings& display, QObject* parent)
    : QAbstractTableModel(parent), m_display(display)
{
}

void OfficeStatusModel::setOffices(const QList<OfficeSyncStatus>& offices)
{
    beginResetModel();
    m_offices = offices;
    endResetModel();
}

int OfficeStatusModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_offices.size());
}

int OfficeStatusModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OfficeStatusModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_offices.size())
        return {};
    const OfficeSyncStatus& office = m_offices.at(index.row());
    if (role == Qt::DisplayRole) {
        const SyncMessages messages(m_display);
        switch (index.column()) {
        case Name:
            return office.name;
        case Role:
            if (office.revoked)
                return tr("Revoked");
            return office.headOffice ? tr("Head office") : tr("Field office");
        case LastSent:
            return messages.when(office.lastSentMs);
        case LastReceived:
            return messages.when(office.lastReceivedMs);
        case Acknowledged:
            return m_display.number(qint64(office.acknowledged));
        case NotAcknowledged:
            return m_display.number(qint64(office.notAcknowledged));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Name)
        return tr("Fingerprint: %1").arg(office.fingerprint);
    if (role == Qt::ForegroundRole && office.revoked)
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    if (role == Qt::TextAlignmentRole && index.column() >= Acknowledged)
        return int(Qt::AlignTrailing | Qt::AlignVCenter);
    return {};
}

QVariant OfficeStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
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
    default:
        return {};
    }
}

void OfficeStatusModel::retranslate()
{
    beginResetModel();
    endResetModel();
}

}  // namespace tansiq::ui
