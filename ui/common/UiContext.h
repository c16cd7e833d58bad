#pragma once

class QUndoStack;

namespace tansiq {
class Workspace;
}

namespace tansiq::ui {

class DisplaySettings;
class PlaceSelection;
class RecordEdits;

// What every page is given (dependencies passed down, no singletons): the open workspace,
// display preferences, the shared place selection, the edit service and its undo history.
struct UiContext {
    Workspace& workspace;
    DisplaySettings& display;
    PlaceSelection& selection;
    RecordEdits& edits;
    QUndoStack& undo;
};

}  // namespace tansiq::ui
