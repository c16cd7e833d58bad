#include "ui/common/RowSelection.h"

#include <QItemSelectionModel>
#include <QTableView>

namespace tansiq::ui {

void selectTableRow(QTableView* table, int row)
{
    const QAbstractItemModel* model = table->model();
    if (!model || row < 0 || row >= model->rowCount())
        return;
    const QModelIndex index = model->index(row, 0);
    table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table->scrollTo(index);
}

} // namespace tansiq::ui
