#pragma once

#include "ui/common/Page.h"

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace tansiq::ui {

class ColumnFitter;
class FoldingFilterProxy;
struct UiContext;

// The shape shared by the organisations, projects and needs pages: a search field, add /
// edit / delete buttons, a sortable table and a count. Subclasses supply the model and open
// their editor.
class RecordListPage : public Page {
    Q_OBJECT
public:
    RecordListPage(UiContext& context, QAbstractItemModel* model, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QLineEdit* searchField() const { return m_search; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* removeButton() const { return m_remove; }
    // The source-model row of the current selection, or -1.
    int currentRow() const;

protected:
    virtual void addRecord() = 0;
    virtual void editRecord(int sourceRow) = 0;
    virtual void removeRecord(int sourceRow) = 0;
    void retranslate() override;
    void updateCount();

    UiContext& m_context;
    FoldingFilterProxy* m_proxy;

private:
    QLineEdit* m_search;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QTableView* m_table;
    QLabel* m_count;
    ColumnFitter* m_columns;
};

} // namespace tansiq::ui
