#pragma once

#include <QtGlobal>

namespace tansiq {

// Time as a dependency, so tests control it. Milliseconds since the Unix epoch, UTC.
class Clock {
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
};

class SystemClock final : public Clock {
public:
    qint64 nowMs() const override;
};

class FixedClock final : public Clock {
public:
    explicit FixedClock(qint64 ms) : m_ms(ms) { }
    qint64 nowMs() const override { return m_ms; }
    void set(qint64 ms) { m_ms = ms; }
    void advance(qint64 ms) { m_ms += ms; }

private:
    qint64 m_ms;
};

} // namespace tansiq
