#pragma once

#include <cstddef>
#include <memory>
#include <vector>

namespace tansiq::engine {

// Large columns and scan buffers on transparent huge pages (decision 0115). On the machines
// measured, the first touch of every fresh 4 KiB page costs 10-20 µs (a virtual machine's page
// fault); a million-activity snapshot is 25,000 of them, and a scan that allocates its working
// arrays afresh pays them again each run. A 2 MiB page is faulted once for 512 small ones.
// Blocks of at least kHugeFrom bytes are mapped on their own, 2 MiB aligned and rounded,
// and advised as huge (Linux; the kernel decides, and falls back to small pages when it
// cannot); smaller ones, and other systems, use the ordinary allocator. The memory reads as
// zeros either way; the vectors still value-initialise what they add.
namespace hugepages {

inline constexpr std::size_t kHugeFrom = std::size_t(1) << 20;

// Whether blocks of `bytes` come from huge-page mappings on this system.
bool used(std::size_t bytes);
// A mapping of at least `bytes` (throws std::bad_alloc like operator new); only when used().
void* allocate(std::size_t bytes);
void release(void* block, std::size_t bytes) noexcept;

} // namespace hugepages

template<typename T> struct HugePageAllocator {
    using value_type = T;

    HugePageAllocator() noexcept = default;
    template<typename U> HugePageAllocator(const HugePageAllocator<U>&) noexcept { }

    T* allocate(std::size_t n)
    {
        if (hugepages::used(n * sizeof(T)))
            return static_cast<T*>(hugepages::allocate(n * sizeof(T)));
        return std::allocator<T>().allocate(n);
    }
    void deallocate(T* p, std::size_t n) noexcept
    {
        if (hugepages::used(n * sizeof(T)))
            hugepages::release(p, n * sizeof(T));
        else
            std::allocator<T>().deallocate(p, n);
    }
    template<typename U> bool operator==(const HugePageAllocator<U>&) const noexcept
    {
        return true;
    }
};

// One column of the snapshot (or a large working array of a scan).
template<typename T> using Column = std::vector<T, HugePageAllocator<T>>;

} // namespace tansiq::engine
