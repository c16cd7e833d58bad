#include "ui/registry/NeedModel.h"

#include "ui/common/DisplaySettings.h"

namespace tansiq::ui {

NeedModel::NeedModel(const DisplaySettings& display, QObject* parent)
    : QAbstractTableModel(parent), m_display(display)
{
}

void NeedModel::setNeeds(QList<NeedRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int NeedModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NeedModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NeedModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const NeedRow& n = m_rows.at(index.row());
    const bool numeric = index.column() == Severity || index.column() == PeopleInNeed;
    if (role == Qt::TextAlignmentRole && numeric)
        return int(Qt::AlignTrailing | Qt::AlignVCenter);
    if (role == Qt::UserRole && numeric)
        return index.column() == Severity ? qint64(n.severity) : n.peopleInNeed;
    if (role != Qt::DisplayRole && role != Qt::UserRole)
        return {};
    switch (index.column()) {
    case Place:
        return m_display.pick(n.placeEn, n.placeAr);
    case Pcode:
        return n.pcode;
    case Sector:
        return m_display.pick(n.sectorEn, n.sectorAr);
    case Severity:
        return m_display.number(qint64(n.severity));
    case PeopleInNeed:
        return m_display.number(n.peopleInNeed);
    case Source:
        return n.source;
    case AssessedOn:
        return m_display.date(n.assessedOn);
    }
    return {};
}

QVariant NeedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Place:
        return tr("Place");
    case Pcode:
        return tr("P-code");
    case Sector:
        return tr("Sector");
    case Severity:
        return tr("Severity");
    case PeopleInNeed:
        return tr("People in need");
    case Source:
        return tr("Source");
    case AssessedOn:
        return tr("Assessed on");
    }
    return {};
}

} // namespace tansiq::ui
