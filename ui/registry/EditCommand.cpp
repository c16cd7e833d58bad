#include "ui/registry/EditCommand.h"

namespace tansiq::ui {

EditCommand::EditCommand(const QString& text, Step redo, Step undo, Report report)
    : QUndoCommand(text)
    , m_redo(std::move(redo))
    , m_undo(std::move(undo))
    , m_report(std::move(report))
{
}

void EditCommand::redo()
{
    if (m_applied) { // the edit was made before the push
        m_applied = false;
        return;
    }
    run(m_redo);
}

void EditCommand::undo()
{
    run(m_undo);
}

void EditCommand::run(const Step& step)
{
    const Status status = step();
    if (!status.ok())
        setObsolete(true);
    m_report(status);
}

} // namespace tansiq::ui
