#pragma once

class QUndoStack;

namespace tansiq {
class Workspace;
}

namespace tansiq::ui {

class DisplaySettings;
class PlaceSelection;
class Prompts;
class RecordEdits;
class SnapshotService;

// What every page is given (dependencies passed down, no singletons): the open workspace,
// display preferences, the shared place selection, the edit service and its undo history, the
// 4W engine's snapshot with its analysis thread, and the prompts (every modal question).
struct UiContext {
    Workspace& workspace;
    DisplaySettings& display;
    PlaceSelection& selection;
    RecordEdits& edits;
    QUndoStack& undo;
    SnapshotService& snapshots;
    Prompts& prompts;
};

} // namespace tansiq::ui
