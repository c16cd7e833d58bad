#pragma once

#include "core/interop/ImportPlan.h"

#include <QAbstractTableModel>

#include <functional>

namespace tansiq::interop {

// The rows of an import plan for a review table (the GUI import wizard): file row, action,
// implementing organisation, place, sector and the row's issues. Blank rows are left out.
// Qt Core only; a QSortFilterProxyModel on SeverityRole gives "errors only".
class ImportPlanModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        RowColumn,
        ActionColumn,
        OrganisationColumn,
        PlaceColumn,
        SectorColumn,
        IssuesColumn,
        ColumnCount
    };
    enum Role { SeverityRole = Qt::UserRole + 1 }; // 0 none, 1 warnings, 2 errors

    // `names` gives display names for the ids and P-codes of the planned activities.
    using NameOf = std::function<QString(Column column, const Activity& activity)>;

    explicit ImportPlanModel(QObject* parent = nullptr) : QAbstractTableModel(parent) { }

    void setPlan(const ImportPlan& plan, NameOf names = {});
    const PlannedRow* plannedRow(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString actionLabel(RowAction action);

private:
    QList<PlannedRow> m_rows;
    NameOf m_names;
};

} // namespace tansiq::interop
