#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace tansiq::engine {

// A small fixed pool for the engine's scans (decision 0091): `run(parts, task)` calls
// task(0) … task(parts - 1) on the calling thread and the pool's threads and returns when all
// have run. Made by whoever owns the engine (the GUI's analysis service, a CLI command) and
// passed in; never a global. One `run` at a time (callers are serialised).
class Workers {
public:
    // `threads` counts the caller: Workers(2) starts one extra thread; 1 or less runs inline.
    explicit Workers(int threads);
    ~Workers();
    Workers(const Workers&) = delete;
    Workers& operator=(const Workers&) = delete;

    int threads() const { return int(m_pool.size()) + 1; }
    void run(int parts, const std::function<void(int)>& task);

    // The machine's cores (at least 1).
    static int available();

    // Splits rows [0, n) into `parts` contiguous ranges: part p is [begin, end).
    static std::pair<int64_t, int64_t> range(int64_t n, int parts, int p)
    {
        return { n * p / parts, n * (p + 1) / parts };
    }

private:
    void loop();
    void drain(const std::function<void(int)>* task, int parts);

    std::vector<std::thread> m_pool;
    std::mutex m_serial; // one run at a time
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_finished;
    const std::function<void(int)>* m_task = nullptr;
    int m_parts = 0;
    uint64_t m_generation = 0;
    int m_active = 0; // pool threads inside drain()
    bool m_stop = false;
    std::atomic<int> m_next { 0 };
    std::atomic<int> m_done { 0 };
};

} // namespace tansiq::engine
