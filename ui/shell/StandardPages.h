#pragma once

namespace tansiq::ui {

class MainWindow;
struct UiContext;

// Adds every page of the application to the window, in navigation order. Pages that need
// the 4W engine, sync or HXL interop join here when those capabilities land.
void addStandardPages(MainWindow& window, UiContext& context);
// Adds the File-menu actions of the features (spreadsheet import and export).
void addStandardActions(MainWindow& window, UiContext& context);

} // namespace tansiq::ui
