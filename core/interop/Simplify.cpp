#include "core/interop/Simplify.h"

#include <cmath>

namespace tansiq::interop {

namespace {

double distanceToSegment(const QPointF& p, const QPointF& a, const QPointF& b)
{
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double length2 = dx * dx + dy * dy;
    if (length2 == 0.0)
        return std::hypot(p.x() - a.x(), p.y() - a.y());
    const double t = std::clamp(((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / length2, 0.0, 1.0);
    return std::hypot(p.x() - (a.x() + t * dx), p.y() - (a.y() + t * dy));
}

// Iterative Douglas-Peucker over [first, last] (no recursion: rings have 100,000 points).
void markKept(
    const Ring& points, qsizetype first, qsizetype last, double tolerance, QList<bool>& keep)
{
    QList<std::pair<qsizetype, qsizetype>> stack { { first, last } };
    while (!stack.isEmpty()) {
        const auto [from, to] = stack.takeLast();
        double farthest = 0.0;
        qsizetype index = -1;
        for (qsizetype i = from + 1; i < to; ++i) {
            const double d = distanceToSegment(points.at(i), points.at(from), points.at(to));
            if (d > farthest) {
                farthest = d;
                index = i;
            }
        }
        if (index >= 0 && farthest > tolerance) {
            keep[index] = true;
            stack.append({ from, index });
            stack.append({ index, to });
        }
    }
}

} // namespace

Ring simplifyRing(const Ring& ring, double tolerance)
{
    if (ring.size() < 4)
        return {};
    // Split the closed ring at its first point and the point farthest from it, so both
    // halves have distinct ends.
    const qsizetype last = ring.size() - 1;
    qsizetype opposite = 1;
    double farthest = -1.0;
    for (qsizetype i = 1; i < last; ++i) {
        const double d
            = std::hypot(ring.at(i).x() - ring.at(0).x(), ring.at(i).y() - ring.at(0).y());
        if (d > farthest) {
            farthest = d;
            opposite = i;
        }
    }
    QList<bool> keep(ring.size(), false);
    keep[0] = keep[last] = keep[opposite] = true;
    markKept(ring, 0, opposite, tolerance, keep);
    markKept(ring, opposite, last, tolerance, keep);
    Ring out;
    for (qsizetype i = 0; i <= last; ++i) {
        if (keep.at(i))
            out << ring.at(i);
    }
    return out.size() >= 4 ? out : Ring {};
}

QList<Polygon> simplifyParts(const QList<Polygon>& parts, double tolerance)
{
    QList<Polygon> out;
    for (const Polygon& polygon : parts) {
        if (polygon.isEmpty())
            continue;
        const Ring outer = simplifyRing(polygon.first(), tolerance);
        if (outer.isEmpty())
            continue; // an islet smaller than the tolerance
        Polygon simplified { outer };
        for (qsizetype h = 1; h < polygon.size(); ++h) {
            const Ring hole = simplifyRing(polygon.at(h), tolerance);
            if (!hole.isEmpty())
                simplified << hole;
        }
        out << simplified;
    }
    if (out.isEmpty() && !parts.isEmpty()) {
        // Everything was smaller than the tolerance: keep the largest outer ring as it was.
        const Polygon* largest = &parts.first();
        for (const Polygon& polygon : parts) {
            if (!polygon.isEmpty() && !largest->isEmpty()
                && polygon.first().size() > largest->first().size())
                largest = &polygon;
        }
        if (!largest->isEmpty())
            out << Polygon { largest->first() };
    }
    return out;
}

qsizetype pointCount(const QList<Polygon>& parts)
{
    qsizetype n = 0;
    for (const Polygon& polygon : parts) {
        for (const Ring& ring : polygon)
            n += ring.size();
    }
    return n;
}

} // namespace tansiq::interop
