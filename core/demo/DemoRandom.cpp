#include "core/demo/DemoRandom.h"

#include <QtEndian>

#include <algorithm>
#include <cmath>

namespace tansiq::demo {

double DemoRandom::uniform()
{
    return double(m_engine() >> 11) * (1.0 / 9007199254740992.0);
}

int DemoRandom::below(int n)
{
    return n <= 1 ? 0 : int(uniform() * n);
}

double DemoRandom::normal(double mean, double deviation)
{
    // Box-Muller, one value per call (reproducible, no cached state).
    const double u1 = std::max(uniform(), 1e-12);
    const double u2 = uniform();
    return mean + deviation * std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
}

QUuid DemoRandom::uuid()
{
    uchar bytes[16];
    qToBigEndian(m_engine(), bytes);
    qToBigEndian(m_engine(), bytes + 8);
    bytes[6] = uchar((bytes[6] & 0x0F) | 0x40); // version 4
    bytes[8] = uchar((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char*>(bytes), 16));
}

WeightedIndex::WeightedIndex(const QList<double>& weights)
{
    double total = 0;
    m_cumulative.reserve(weights.size());
    for (double weight : weights) {
        total += std::max(weight, 0.0);
        m_cumulative << total;
    }
}

int WeightedIndex::draw(DemoRandom& random) const
{
    if (m_cumulative.isEmpty())
        return -1;
    const double target = random.uniform() * m_cumulative.last();
    const auto it = std::upper_bound(m_cumulative.cbegin(), m_cumulative.cend(), target);
    return int(std::min<qsizetype>(it - m_cumulative.cbegin(), m_cumulative.size() - 1));
}

} // namespace tansiq::demo
