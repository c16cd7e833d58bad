#pragma once

#include "core/common/Result.h"
#include "core/registry/RecordWriter.h"
#include "core/registry/coordination/Coordination.h"

namespace tansiq {

class CoordinationValidators;

// Working groups with their member organisations (lead, co-lead, member), written together.
// Members are rows of their own (an add-wins set, docs/decisions/0067): two offices adding the
// same organisation both keep a row, and reading folds them into one member.
class WorkingGroupRepository {
public:
    WorkingGroupRepository(RecordWriter& writer, const CoordinationValidators& validators)
        : m_writer(writer), m_validators(validators)
    {
    }

    Result<QUuid> create(WorkingGroup group);
    Status update(const WorkingGroup& group);
    Status remove(const QUuid& id);

    std::optional<WorkingGroup> get(const QUuid& id) const;
    QList<WorkingGroup> list() const; // live groups, by English name
    // Live groups an organisation leads, co-leads or belongs to.
    QList<QUuid> groupsOf(const QUuid& orgId) const;

    static QVariantList toValues(const WorkingGroup& group);

private:
    Status writeMembers(const WorkingGroup& group);
    QList<WorkingGroupMember> members(const QUuid& groupId) const;

    RecordWriter& m_writer;
    const CoordinationValidators& m_validators;
};

} // namespace tansiq
