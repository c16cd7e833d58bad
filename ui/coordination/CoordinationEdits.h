#pragma once

#include "core/common/Result.h"
#include "core/registry/coordination/Coordination.h"

#include <QCoreApplication>

#include <functional>

class QUndoStack;

namespace tansiq {
class Registry;
}

namespace tansiq::ui {

class RecordEdits;

// The coordination editors' way to change the registry: through the coordination
// repositories (validated, transactional) and, when that succeeds, onto the shared undo stack
// as an EditCommand; RecordEdits::changed tells the pages ("working_group", "meeting",
// "action_point", "monitoring_visit").
class CoordinationEdits {
    Q_DECLARE_TR_FUNCTIONS(tansiq::ui::CoordinationEdits)

public:
    CoordinationEdits(RecordEdits& edits, QUndoStack& undo);

    Result<QUuid> create(WorkingGroup group);
    Status update(const WorkingGroup& group);
    Result<QUuid> create(Meeting meeting);
    Status update(const Meeting& meeting);
    Result<QUuid> create(ActionPoint point);
    // A changed status is kept in the point's history with `note`.
    Status update(const ActionPoint& point, const QString& note);
    Result<QUuid> create(MonitoringVisit visit);
    Status update(const MonitoringVisit& visit);

    Registry& registry() const;

private:
    using Step = std::function<Status()>;
    void push(const QString& text, const QString& table, Step redo, Step undo);
    Step restoreStep(const QString& table, const QUuid& id) const;

    RecordEdits& m_edits;
    QUndoStack& m_undo;
};

} // namespace tansiq::ui
