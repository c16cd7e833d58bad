#pragma once

class QTableView;

namespace tansiq::ui {

// Selects one whole row of a table and makes it current. Use it instead of
// QTableView::selectRow: in a right-to-left layout (Arabic) Qt 6.4's selectRow looks for the
// column at the viewport's far edge, one pixel past the last one, finds none and selects
// nothing, so whatever follows the selection (the import's suggestions and picker) stays
// empty. The selection model has no such edge.
void selectTableRow(QTableView* table, int row);

} // namespace tansiq::ui
