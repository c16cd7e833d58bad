#pragma once

#include <QList>
#include <QUuid>

#include <random>

namespace tansiq::demo {

// A seeded random source whose output is the same on every platform (std::mt19937_64 is
// specified exactly; the distributions here are written out so they are too).
class DemoRandom {
public:
    explicit DemoRandom(quint64 seed) : m_engine(seed) { }

    double uniform(); // [0, 1)
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    int below(int n); // [0, n)
    bool chance(double probability) { return uniform() < probability; }
    double normal(double mean, double deviation);
    QUuid uuid(); // version 4 layout, reproducible from the seed

    template<typename T> const T& pick(const QList<T>& list)
    {
        return list.at(below(int(list.size())));
    }

private:
    std::mt19937_64 m_engine;
};

// Draws indices in proportion to fixed weights (binary search on the cumulative sums).
class WeightedIndex {
public:
    WeightedIndex() = default;
    explicit WeightedIndex(const QList<double>& weights);
    int draw(DemoRandom& random) const;

private:
    QList<double> m_cumulative;
};

} // namespace tansiq::demo
