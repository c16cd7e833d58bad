#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace tansiq::ui {
class Session;
}

namespace tansiq::test {

// Shows every page of the main window, then every dialog and editor the user can open (the
// four editors, import wizard, export, restore, drill-down, note, a message box with Qt's
// standard buttons, the file dialog), one after the other, and calls `visit` with each while
// it is on screen. `settle` waits for background queries. Dialogs are closed afterwards.
void walkScreens(ui::Session& session, const std::function<void()>& settle,
    const std::function<void(const QString& name, QWidget& screen)>& visit);

// What a user reads on `screen`: labels, buttons, group and tab titles, combo items, place
// holders, menu entries (without their shortcuts), column heads and the first rows of
// tables, chart titles and axis categories. Hidden widgets are left out. `records` gets what
// comes from the records (table cells, list entries) rather than from the program.
QStringList visibleTexts(QWidget& screen, QStringList* records = nullptr);

} // namespace tansiq::test
