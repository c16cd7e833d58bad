#include "core/engine/SiteNames.h"

namespace tansiq::engine {

int32_t SiteNames::intern(const char* text, int length)
{
    if (!text || length <= 0)
        return -1;
    if (m_lookup.size() != size()) {
        m_lookup.clear();
        for (int k = 0; k < size(); ++k)
            m_lookup.insert(QByteArray(bytes.data() + offsets[size_t(k)],
                                offsets[size_t(k) + 1] - offsets[size_t(k)]),
                k);
    }
    const auto found = m_lookup.constFind(QByteArray::fromRawData(text, length));
    if (found != m_lookup.cend())
        return found.value();
    if (offsets.empty())
        offsets.push_back(0);
    bytes.insert(bytes.end(), text, text + length);
    offsets.push_back(int32_t(bytes.size()));
    const int32_t k = int32_t(offsets.size()) - 2;
    m_lookup.insert(QByteArray(text, length), k);
    return k;
}

bool SiteNames::valid() const
{
    if (offsets.empty())
        return bytes.empty();
    if (offsets.front() != 0 || size_t(offsets.back()) != bytes.size())
        return false;
    for (size_t i = 1; i < offsets.size(); ++i) {
        if (offsets[i] < offsets[i - 1])
            return false;
    }
    return true;
}

} // namespace tansiq::engine
