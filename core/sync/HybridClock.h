#pragma once

#include <QtGlobal>

namespace tansiq::sync {

// A hybrid logical clock: 48 bits of Unix milliseconds and 16 bits of counter in one 64-bit
// number. It never goes backwards (a laptop clock stepping back only slows the counter), and
// observing a remote time moves it forward, so a write always orders after what it has seen.
class HybridClock {
public:
    // The time for a new local write, given the physical clock.
    quint64 tick(qint64 physicalMs);
    // Moves past a time seen in received data.
    void observe(quint64 remote);
    quint64 last() const { return m_last; }

    static qint64 millis(quint64 hlc) { return qint64(hlc >> 16); }
    static quint64 fromMillis(qint64 ms) { return quint64(ms) << 16; }

private:
    quint64 m_last = 0;
};

} // namespace tansiq::sync
