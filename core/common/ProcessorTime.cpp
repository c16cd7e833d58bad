#include "core/common/ProcessorTime.h"

#include "core/common/WindowsApi.h"

#include <QtGlobal>

#ifndef Q_OS_WIN
#include <ctime>
#endif

namespace tansiq::processor {

#ifdef Q_OS_WIN
namespace {
double millisecondsOf(const FILETIME& kernel, const FILETIME& user)
{
    const auto ticks = [](const FILETIME& t) {
        return (qint64(t.dwHighDateTime) << 32) | qint64(t.dwLowDateTime);
    };
    return double(ticks(kernel) + ticks(user)) / 10000.0; // 100 ns ticks
}
} // namespace

double processMs()
{
    FILETIME created, exited, kernel, user;
    if (!GetProcessTimes(GetCurrentProcess(), &created, &exited, &kernel, &user))
        return 0;
    return millisecondsOf(kernel, user);
}

double threadMs()
{
    FILETIME created, exited, kernel, user;
    if (!GetThreadTimes(GetCurrentThread(), &created, &exited, &kernel, &user))
        return 0;
    return millisecondsOf(kernel, user);
}
#else
namespace {
double millisecondsOf(clockid_t clock)
{
    timespec used {};
    if (clock_gettime(clock, &used) != 0)
        return 0;
    return double(used.tv_sec) * 1e3 + double(used.tv_nsec) / 1e6;
}
} // namespace

double processMs()
{
    return millisecondsOf(CLOCK_PROCESS_CPUTIME_ID);
}
double threadMs()
{
    return millisecondsOf(CLOCK_THREAD_CPUTIME_ID);
}
#endif

} // namespace tansiq::processor
