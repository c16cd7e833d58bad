#pragma once

namespace tansiq::processor {

// Processor time used so far, in milliseconds, for benchmarks and build timings: by the whole
// process (every thread, user and system), or by the calling thread alone. 0 when the system
// cannot tell. Differences of two readings are what mean something.
double processMs();
double threadMs();

} // namespace tansiq::processor
