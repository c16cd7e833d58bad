#include "core/registry/coordination/CoordinationRegistry.h"

#include "core/registry/Registry.h"

namespace tansiq {

CoordinationRegistry::CoordinationRegistry(Registry& registry)
    : m_references(registry.database())
    , m_validators(registry.database(), m_references)
    , m_groups(registry.writer(), m_validators)
    , m_meetings(registry.writer(), m_validators)
    , m_actions(registry.writer(), m_validators)
    , m_visits(registry.writer(), m_validators)
{
}

} // namespace tansiq
