#pragma once

#include <QList>
#include <QObject>

class QTableView;

namespace tansiq::ui {

// Column widths for a table in the room its view has, at any window size (issue 14):
// - each column gets what its (sampled) contents need, and its header in the fewest lines (one
//   to three) at which the whole table fits: a header wraps rather than widening a column of
//   short numbers («طريقة تقديم المساعدة» over «خدمات»), and is never elided;
// - room left over puts headers on fewer lines, cheapest first; the rest goes to the last
//   column, which stretches;
// - when the contents do not fit even with three-line headers, the widest columns (long names)
//   give up room first, down to a common width, never below their header or eight letters: a
//   sector's name is cut only when no other column has room to spare, and the table scrolls
//   sideways only when even that is not enough.
// The header grows to the lines its headers need. Fitted again when the view is resized, until
// the user resizes a column by hand. The fitter sets the header's resize mode (interactive, the
// last section stretching), its wrapping and no elision.
class ColumnFitter : public QObject {
public:
    explicit ColumnFitter(QTableView* table);

    // Measures the columns (once rows are there) and lays them out.
    void fit();
    // Lays the measured columns out in the room the view has now.
    void distribute();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Measure {
        int content = 0; // the cells' widest (sampled) text, with the cell's margins
        QList<int> header; // [n]: the header's width in at most n lines (1 to 3)
        int overhead = 0; // what the header needs besides its text
    };
    QList<int> widthsFor(int room) const;
    void fitHeaderHeight();

    QTableView* m_table;
    QList<Measure> m_measured;
    bool m_fitting = false;
    bool m_pending = false;
    bool m_userSized = false;
};

} // namespace tansiq::ui
