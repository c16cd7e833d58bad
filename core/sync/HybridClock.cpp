#include "core/sync/HybridClock.h"

namespace tansiq::sync {

quint64 HybridClock::tick(qint64 physicalMs)
{
    const quint64 physical = physicalMs > 0 ? fromMillis(physicalMs) : 0;
    m_last = physical > m_last ? physical : m_last + 1;
    return m_last;
}

void HybridClock::observe(quint64 remote)
{
    if (remote > m_last)
        m_last = remote;
}

} // namespace tansiq::sync
