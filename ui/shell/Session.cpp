#include "ui/shell/Session.h"

#include "core/registry/Registry.h"
#include "core/storage/Database.h"
#include "core/workspace/Workspace.h"
#include "ui/common/PlaceSelection.h"
#include "ui/common/SnapshotService.h"
#include "ui/registry/RecordEdits.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/StandardPages.h"

#include <QUndoStack>

namespace tansiq::ui {

Session::Session(Workspace& workspace, DisplaySettings& display, Prompts& prompts)
    : m_undo(std::make_unique<QUndoStack>())
    , m_selection(std::make_unique<PlaceSelection>())
    , m_edits(std::make_unique<RecordEdits>(workspace.registry(), *m_undo))
    , m_snapshots(std::make_unique<SnapshotService>(
          workspace.database().path(), workspace.registry().writer()))
{
    m_context = std::make_unique<UiContext>(
        UiContext { workspace, display, *m_selection, *m_edits, *m_undo, *m_snapshots, prompts });
    m_window = std::make_unique<MainWindow>(*m_context);
    addStandardPages(*m_window, *m_context);
    addStandardActions(*m_window, *m_context);
}

Session::~Session()
{
    m_window.reset(); // pages first: they hold references to the rest
    m_undo->clear();
}

} // namespace tansiq::ui
