#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <cstdint>
#include <vector>

namespace tansiq::engine {

// The distinct site names of a snapshot's activities (decision 0102: the activities table
// searches them like SQL does). Name k is the UTF-8 text bytes[offsets[k] .. offsets[k+1]);
// both vectors are plain arrays so the engine cache stores them as columns. Rows hold the
// index of their site, or -1.
struct SiteNames {
    std::vector<char> bytes;
    std::vector<int32_t> offsets; // size() + 1 entries once a name is known, else empty

    int size() const { return offsets.empty() ? 0 : int(offsets.size()) - 1; }
    QString at(int k) const
    {
        return QString::fromUtf8(
            bytes.data() + offsets[size_t(k)], offsets[size_t(k) + 1] - offsets[size_t(k)]);
    }
    // The index of a name (added when new); -1 for an empty name.
    int32_t intern(const char* text, int length);
    // Whether the offsets describe the bytes (checked when loaded from a file).
    bool valid() const;

private:
    QHash<QByteArray, int32_t> m_lookup; // rebuilt on first use after a load
};

} // namespace tansiq::engine
