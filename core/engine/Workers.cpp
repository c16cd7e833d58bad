#include "core/engine/Workers.h"

namespace tansiq::engine {

Workers::Workers(int threads)
{
    for (int i = 1; i < threads; ++i)
        m_pool.emplace_back([this] { loop(); });
}

Workers::~Workers()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    for (std::thread& t : m_pool)
        t.join();
}

int Workers::available()
{
    const unsigned n = std::thread::hardware_concurrency();
    return n == 0 ? 1 : int(n);
}

void Workers::run(int parts, const std::function<void(int)>& task)
{
    if (parts <= 0)
        return;
    if (m_pool.empty() || parts == 1) {
        for (int p = 0; p < parts; ++p)
            task(p);
        return;
    }
    std::lock_guard serial(m_serial);
    {
        std::lock_guard lock(m_mutex);
        m_task = &task;
        m_parts = parts;
        m_next = 0;
        m_done = 0;
        ++m_generation;
    }
    m_wake.notify_all();
    drain(&task, parts);
    std::unique_lock lock(m_mutex);
    // Every part done, and no pool thread still holding this task (it could otherwise take
    // an index of the next run with this run's task).
    m_finished.wait(lock, [&] { return m_done.load() == parts && m_active == 0; });
    m_task = nullptr;
    m_parts = 0;
}

void Workers::drain(const std::function<void(int)>* task, int parts)
{
    for (;;) {
        const int p = m_next.fetch_add(1);
        if (p >= parts)
            return;
        (*task)(p);
        if (m_done.fetch_add(1) + 1 == parts) {
            std::lock_guard lock(m_mutex);
            m_finished.notify_all();
        }
    }
}

void Workers::loop()
{
    uint64_t seen = 0;
    for (;;) {
        const std::function<void(int)>* task = nullptr;
        int parts = 0;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return m_stop || (m_generation != seen && m_task); });
            if (m_stop)
                return;
            seen = m_generation;
            task = m_task;
            parts = m_parts;
            ++m_active;
        }
        drain(task, parts);
        {
            std::lock_guard lock(m_mutex);
            --m_active;
        }
        m_finished.notify_all();
    }
}

} // namespace tansiq::engine
