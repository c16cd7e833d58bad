#include "RosterModel.h"

#include "OfficeOperations.h"

namespace tansiq::ui {

void RosterModel::setOffices(const QList<OfficeSyncStatus>& offices)
{
    beginResetModel();
    m_offices = offices;
    endResetModel();
}

int RosterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_offices.size());
}

int RosterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RosterModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_offices.size() || role != Qt::DisplayRole)
        return {};
    const OfficeSyncStatus& office = m_offices.at(index.row());
    switch (index.column()) {
    case Name:
        return office.name;
    case Role:
        return office.headOffice ? tr("Head office") : tr("Field office");
    case Fingerprint:
        return offices::spacedFingerprint(office.fingerprint);
    case State:
        return office.revoked ? tr("Revoked") : tr("Enrolled");
    default:
        return {};
    }
}

QVariant RosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Office");
    case Role:
        return tr("Role");
    case Fingerprint:
        return tr("Fingerprint");
    case State:
        return tr("State");
    default:
        return {};
    }
}

void RosterModel::retranslate()
{
    beginResetModel();
    endResetModel();
}

}  // namespace tansiq::ui
