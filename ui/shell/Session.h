#pragma once

#include "ui/common/UiContext.h"

#include <memory>

class QUndoStack;

namespace tansiq {
class Workspace;
}

namespace tansiq::ui {

class DisplaySettings;
class MainWindow;
class PlaceSelection;
class Prompts;
class RecordEdits;
class SnapshotService;

// One open workspace on screen: the undo history, the shared place selection, the edit
// service and the main window with every page. The application and the GUI tests both
// build exactly this.
class Session {
public:
    Session(Workspace& workspace, DisplaySettings& display, Prompts& prompts);
    ~Session();

    MainWindow& window() const { return *m_window; }
    UiContext& context() { return *m_context; }
    QUndoStack& undoStack() const { return *m_undo; }

private:
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<PlaceSelection> m_selection;
    std::unique_ptr<RecordEdits> m_edits;
    std::unique_ptr<SnapshotService> m_snapshots;
    std::unique_ptr<UiContext> m_context;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace tansiq::ui
