#pragma once

#include "core/common/Result.h"

#include <QUndoCommand>

#include <functional>

namespace tansiq::ui {

// One undoable edit of the registry. The edit is applied (and validated) before the command
// is pushed, so the first redo() that QUndoStack::push makes does nothing; later redo() and
// undo() call the repositories again. A step that fails (the record changed meanwhile) is
// reported and the command made obsolete, so the history never lies.
class EditCommand : public QUndoCommand {
public:
    using Step = std::function<Status()>;
    using Report = std::function<void(const Status&)>;

    EditCommand(const QString& text, Step redo, Step undo, Report report);

    void redo() override;
    void undo() override;

private:
    void run(const Step& step);

    Step m_redo;
    Step m_undo;
    Report m_report;
    bool m_applied = true;
};

} // namespace tansiq::ui
