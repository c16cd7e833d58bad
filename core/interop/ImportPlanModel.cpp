#include "core/interop/ImportPlanModel.h"

namespace tansiq::interop {

void ImportPlanModel::setPlan(const ImportPlan& plan, NameOf names)
{
    beginResetModel();
    m_rows.clear();
    for (const PlannedRow& row : plan.rows) {
        if (row.action != RowAction::Blank)
            m_rows << row;
    }
    m_names = std::move(names);
    endResetModel();
}

const PlannedRow* ImportPlanModel::plannedRow(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ImportPlanModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPlanModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportPlanModel::actionLabel(RowAction action)
{
    switch (action) {
    case RowAction::Create:
        return tr("create");
    case RowAction::Update:
        return tr("update");
    case RowAction::Unchanged:
        return tr("unchanged");
    case RowAction::Blank:
        return tr("blank");
    case RowAction::Error:
        return tr("error");
    case RowAction::Skipped:
        return tr("left out");
    }
    return QString();
}

QVariant ImportPlanModel::data(const QModelIndex& index, int role) const
{
    const PlannedRow* row = plannedRow(index.row());
    if (!row)
        return {};
    if (role == SeverityRole) {
        int severity = 0;
        for (const Issue& issue : row->issues)
            severity = std::max(severity, issue.isError() ? 2 : 1);
        return severity;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const auto column = Column(index.column());
    switch (column) {
    case RowColumn:
        return row->row;
    case ActionColumn:
        return actionLabel(row->action);
    case OrganisationColumn:
    case SectorColumn:
        return m_names ? m_names(column, row->activity) : QString();
    case PlaceColumn:
        return m_names ? m_names(column, row->activity) : row->activity.adminPcode;
    case IssuesColumn: {
        QStringList messages;
        for (const Issue& issue : row->issues)
            messages << issue.message;
        return messages.join(
            role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral(" | "));
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ImportPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case RowColumn:
        return tr("Row");
    case ActionColumn:
        return tr("Action");
    case OrganisationColumn:
        return tr("Organisation");
    case PlaceColumn:
        return tr("Place");
    case SectorColumn:
        return tr("Sector");
    case IssuesColumn:
        return tr("Problems");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace tansiq::interop
