#pragma once

#include "core/common/Result.h"
#include "core/registry/RecordWriter.h"
#include "core/registry/coordination/Coordination.h"

namespace tansiq {

class CoordinationValidators;

struct ActionPointFilter {
    QString overdueOn; // YYYY-MM-DD: only points open or in progress and due before it
    QUuid orgId; // responsible organisation
    QUuid meetingId;
    QUuid visitId;
    QUuid groupId; // set by a meeting of this working group
    QString dueMonth; // YYYY-MM
};

// Action points and their status history. Every change of status appends a row to the
// history in the same transaction; the history is insert-only, so histories written at two
// offices merge as a union (docs/decisions/0067), while the status itself is one field whose
// concurrent changes become a conflict for a person to resolve.
class ActionPointRepository {
public:
    ActionPointRepository(RecordWriter& writer, const CoordinationValidators& validators)
        : m_writer(writer), m_validators(validators)
    {
    }

    Result<QUuid> create(ActionPoint point);
    // Writes the fields; a new status is recorded in the history with `note`.
    Status update(const ActionPoint& point, const QString& note = QString());
    Status setStatus(const QUuid& id, const QString& status, const QString& note = QString());
    Status remove(const QUuid& id);

    std::optional<ActionPoint> get(const QUuid& id) const;
    // Live points by due date.
    QList<ActionPoint> list(const ActionPointFilter& filter = {}) const;
    // Oldest first.
    QList<ActionPointStatusChange> history(const QUuid& id) const;

    static QVariantList toValues(const ActionPoint& point);

private:
    Status recordChange(
        const QUuid& id, const QString& from, const QString& to, const QString& note);

    RecordWriter& m_writer;
    const CoordinationValidators& m_validators;
};

} // namespace tansiq
