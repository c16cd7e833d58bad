#include "core/engine/HugePages.h"

#include <cstdint>
#include <new>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace tansiq::engine::hugepages {

namespace {
constexpr std::size_t kHugePage = std::size_t(2) << 20;

std::size_t roundedUp(std::size_t bytes)
{
    return (bytes + kHugePage - 1) / kHugePage * kHugePage;
}
} // namespace

#if defined(__linux__)

bool used(std::size_t bytes)
{
    return bytes >= kHugeFrom;
}

void* allocate(std::size_t bytes)
{
    if (bytes > SIZE_MAX - 2 * kHugePage)
        throw std::bad_alloc();
    const std::size_t length = roundedUp(bytes);
    // One huge page more than needed, then the unaligned head and the tail given back.
    void* raw = mmap(
        nullptr, length + kHugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED)
        throw std::bad_alloc();
    const auto start = reinterpret_cast<std::uintptr_t>(raw);
    const std::uintptr_t aligned = (start + kHugePage - 1) / kHugePage * kHugePage;
    if (aligned > start)
        munmap(raw, aligned - start);
    const std::uintptr_t end = start + length + kHugePage;
    if (end > aligned + length)
        munmap(reinterpret_cast<void*>(aligned + length), end - (aligned + length));
    // Advice only: without transparent huge pages the block is ordinary memory.
    (void)madvise(reinterpret_cast<void*>(aligned), length, MADV_HUGEPAGE);
    return reinterpret_cast<void*>(aligned);
}

void release(void* block, std::size_t bytes) noexcept
{
    if (block)
        munmap(block, roundedUp(bytes));
}

#else

bool used(std::size_t)
{
    return false;
}

void* allocate(std::size_t)
{
    throw std::bad_alloc();
}

void release(void*, std::size_t) noexcept
{
}

#endif

} // namespace tansiq::engine::hugepages
