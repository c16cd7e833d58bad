#pragma once

#include <QList>
#include <QObject>

class QTableView;

namespace tansiq::ui {

// Column widths for a wide table: each column as wide as its header and (sampled) contents, at
// most `widest` pixels; the room the last column would otherwise stretch over goes first to
// the columns that were cut, in their order, so a sector's name is not cut to "تنسيق وإدارة …"
// while the households' column is 200 px wide (issue 14). Fitted again when the view is
// resized, until the user resizes a column by hand.
class ColumnFitter : public QObject {
public:
    ColumnFitter(QTableView* table, int widest);

    // Measures the columns (once rows are there) and lays them out.
    void fit();
    // Lays the measured columns out in the room the view has now.
    void distribute();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTableView* m_table;
    int m_widest;
    QList<int> m_natural;
    bool m_fitting = false;
    bool m_pending = false;
    bool m_userSized = false;
};

} // namespace tansiq::ui
