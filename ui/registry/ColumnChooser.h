#pragma once

#include <QObject>
#include <QSet>

#include <functional>

class QHeaderView;
class QMenu;

namespace tansiq::ui {

// Lets the user choose which columns of a table are shown: a right click on the header lists
// every column with a check mark. Columns for which `optional` answers true start hidden (the
// activity table's breakdown by sex and age). The first column can never be hidden.
class ColumnChooser : public QObject {
    Q_OBJECT
public:
    ColumnChooser(QHeaderView* header, std::function<bool(int)> optional);

    // The menu the header shows, built from the model's current headers (tests call it).
    QMenu* menu();
    // Shows or hides a column as the menu would.
    void setShown(int column, bool shown);

private:
    void apply();

    QHeaderView* m_header;
    std::function<bool(int)> m_optional;
    QMenu* m_menu = nullptr;
    QSet<int> m_hidden;
};

} // namespace tansiq::ui
