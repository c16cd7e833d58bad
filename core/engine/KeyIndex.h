#pragma once

#include <array>
#include <cstdint>
#include <cstring>
#include <vector>

namespace tansiq::engine {

// A small open-addressing map from 16-byte keys (a UUID, or a P-code padded with zeros) to
// row or dictionary indices. Built for the snapshot's hot loops: no allocation per lookup.
class KeyIndex {
public:
    using Key = std::array<unsigned char, 16>;

    static Key keyOf(const void* bytes, int length)
    {
        Key key {};
        if (bytes && length > 0)
            std::memcpy(key.data(), bytes, size_t(length < 16 ? length : 16));
        return key;
    }

    void clear()
    {
        m_slots.assign(m_slots.size(), Slot {});
        m_size = 0;
    }
    int size() const { return m_size; }

    void insert(const Key& key, int value)
    {
        if ((m_size + 1) * 2 > int(m_slots.size()))
            grow();
        put(key, value);
    }

    // The value for `key`, or -1.
    int find(const Key& key) const
    {
        if (m_slots.empty())
            return -1;
        const size_t mask = m_slots.size() - 1;
        for (size_t i = hash(key) & mask;; i = (i + 1) & mask) {
            const Slot& slot = m_slots[i];
            if (slot.value < 0)
                return -1;
            if (slot.key == key)
                return slot.value;
        }
    }
    int find(const void* bytes, int length) const { return find(keyOf(bytes, length)); }

    // Calls f(key, value) for every entry, in no particular order.
    template<typename F> void forEach(F&& f) const
    {
        for (const Slot& slot : m_slots)
            if (slot.value >= 0)
                f(slot.key, slot.value);
    }

private:
    struct Slot {
        Key key {};
        int value = -1;
    };

    static size_t hash(const Key& key)
    {
        uint64_t a, b;
        std::memcpy(&a, key.data(), 8);
        std::memcpy(&b, key.data() + 8, 8);
        uint64_t h = (a ^ (b * 0x9E3779B97F4A7C15ull)) * 0xBF58476D1CE4E5B9ull;
        return size_t(h ^ (h >> 31));
    }

    void put(const Key& key, int value)
    {
        const size_t mask = m_slots.size() - 1;
        for (size_t i = hash(key) & mask;; i = (i + 1) & mask) {
            Slot& slot = m_slots[i];
            if (slot.value < 0) {
                slot = Slot { key, value };
                ++m_size;
                return;
            }
            if (slot.key == key) {
                slot.value = value;
                return;
            }
        }
    }

    void grow()
    {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(old.empty() ? 16 : old.size() * 2, Slot {});
        m_size = 0;
        for (const Slot& slot : old) {
            if (slot.value >= 0)
                put(slot.key, slot.value);
        }
    }

    std::vector<Slot> m_slots;
    int m_size = 0;
};

} // namespace tansiq::engine
