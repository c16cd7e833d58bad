#include "core/publish/Wkt.h"

namespace tansiq::publish {

QString multiPolygonWkt(const QList<interop::Polygon>& parts)
{
    if (parts.isEmpty())
        return QString();
    QString wkt = QStringLiteral("MULTIPOLYGON(");
    for (qsizetype p = 0; p < parts.size(); ++p) {
        wkt += p ? QStringLiteral(",(") : QStringLiteral("(");
        const interop::Polygon& polygon = parts.at(p);
        for (qsizetype r = 0; r < polygon.size(); ++r) {
            wkt += r ? QStringLiteral(",(") : QStringLiteral("(");
            const interop::Ring& ring = polygon.at(r);
            for (qsizetype i = 0; i < ring.size(); ++i) {
                if (i)
                    wkt += QLatin1Char(',');
                wkt += QString::number(ring.at(i).x(), 'g', 10) + QLatin1Char(' ')
                    + QString::number(ring.at(i).y(), 'g', 10);
            }
            wkt += QLatin1Char(')');
        }
        wkt += QLatin1Char(')');
    }
    return wkt + QLatin1Char(')');
}

} // namespace tansiq::publish
