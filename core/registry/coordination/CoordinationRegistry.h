#pragma once

#include "core/registry/References.h"
#include "core/registry/coordination/ActionPointRepository.h"
#include "core/registry/coordination/CoordinationValidators.h"
#include "core/registry/coordination/MeetingRepository.h"
#include "core/registry/coordination/MonitoringVisitRepository.h"
#include "core/registry/coordination/WorkingGroupRepository.h"

namespace tansiq {

class Registry;

// The coordination repositories over a registry's write path, made where they are needed
// (`CoordinationRegistry coordination(registry);`): they hold no state of their own.
class CoordinationRegistry {
public:
    explicit CoordinationRegistry(Registry& registry);
    CoordinationRegistry(const CoordinationRegistry&) = delete;
    CoordinationRegistry& operator=(const CoordinationRegistry&) = delete;

    WorkingGroupRepository& groups() { return m_groups; }
    MeetingRepository& meetings() { return m_meetings; }
    ActionPointRepository& actions() { return m_actions; }
    MonitoringVisitRepository& visits() { return m_visits; }
    const CoordinationValidators& validators() const { return m_validators; }

private:
    References m_references;
    CoordinationValidators m_validators;
    WorkingGroupRepository m_groups;
    MeetingRepository m_meetings;
    ActionPointRepository m_actions;
    MonitoringVisitRepository m_visits;
};

} // namespace tansiq
