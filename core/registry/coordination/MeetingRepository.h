#pragma once

#include "core/common/Result.h"
#include "core/registry/RecordWriter.h"
#include "core/registry/coordination/Coordination.h"

namespace tansiq {

class CoordinationValidators;

// Meetings with their attendance and decisions, written together in one transaction.
// Attendance rows form an add-wins set and decisions are records of their own, each edited
// field by field (docs/decisions/0067).
class MeetingRepository {
public:
    MeetingRepository(RecordWriter& writer, const CoordinationValidators& validators)
        : m_writer(writer), m_validators(validators)
    {
    }

    Result<QUuid> create(Meeting meeting);
    Status update(const Meeting& meeting);
    Status remove(const QUuid& id);

    std::optional<Meeting> get(const QUuid& id) const;
    // Live meetings, newest first; `month` (YYYY-MM) or a group narrows them when given.
    QList<Meeting> list(const QString& month = QString(), const QUuid& groupId = QUuid()) const;

    static QVariantList toValues(const Meeting& meeting);

private:
    Status writeAttendance(const Meeting& meeting);
    Status writeDecisions(const Meeting& meeting);
    void readChildren(Meeting& meeting) const;

    RecordWriter& m_writer;
    const CoordinationValidators& m_validators;
};

} // namespace tansiq
