#include "core/interop/CodAbGeoJson.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

namespace tansiq::interop {

namespace {

struct CodAbGeoJson {
    Q_DECLARE_TR_FUNCTIONS(tansiq::interop::CodAbGeoJson)
};

Issue bad(const QString& what, const QString& value, const QString& message)
{
    return Issue::error(QStringLiteral("bad-boundaries"), what, value, message);
}

std::optional<Ring> ringFromJson(const QJsonArray& points)
{
    Ring ring;
    ring.reserve(points.size());
    for (const QJsonValue& point : points) {
        const QJsonArray xy = point.toArray();
        if (xy.size() < 2 || !xy.at(0).isDouble() || !xy.at(1).isDouble())
            return std::nullopt;
        ring << QPointF(xy.at(0).toDouble(), xy.at(1).toDouble());
    }
    if (ring.size() < 4)
        return std::nullopt;
    if (ring.first() != ring.last())
        ring << ring.first();
    return ring;
}

std::optional<Polygon> polygonFromJson(const QJsonArray& rings)
{
    Polygon polygon;
    for (const QJsonValue& value : rings) {
        const auto ring = ringFromJson(value.toArray());
        if (!ring)
            return std::nullopt;
        polygon << *ring;
    }
    if (polygon.isEmpty())
        return std::nullopt;
    return polygon;
}

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

} // namespace

std::optional<QList<Polygon>> geometryFromJson(const QJsonObject& geometry)
{
    const QString type = geometry.value(u"type").toString();
    const QJsonArray coordinates = geometry.value(u"coordinates").toArray();
    QList<Polygon> parts;
    if (type == u"Polygon") {
        const auto polygon = polygonFromJson(coordinates);
        if (!polygon)
            return std::nullopt;
        parts << *polygon;
    } else if (type == u"MultiPolygon") {
        for (const QJsonValue& value : coordinates) {
            const auto polygon = polygonFromJson(value.toArray());
            if (!polygon)
                return std::nullopt;
            parts << *polygon;
        }
    } else {
        return std::nullopt;
    }
    if (parts.isEmpty())
        return std::nullopt;
    return parts;
}

QJsonObject geometryToJson(const QList<Polygon>& parts, int decimals)
{
    QJsonArray polygons;
    for (const Polygon& polygon : parts) {
        QJsonArray rings;
        for (const Ring& ring : polygon) {
            QJsonArray points;
            for (const QPointF& p : ring)
                points.append(QJsonArray { rounded(p.x(), decimals), rounded(p.y(), decimals) });
            rings.append(points);
        }
        polygons.append(rings);
    }
    return QJsonObject { { QStringLiteral("type"), QStringLiteral("MultiPolygon") },
        { QStringLiteral("coordinates"), polygons } };
}

Result<CodAbFile> parseCodAbGeoJson(const QByteArray& bytes, const QString& what)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return bad(what, error.errorString(),
            CodAbGeoJson::tr("“%1” is not GeoJSON (%2 at byte %3).")
                .arg(what, error.errorString())
                .arg(error.offset));
    }
    const QJsonObject root = document.object();
    if (root.value(u"type").toString() != u"FeatureCollection") {
        return bad(what, root.value(u"type").toString(),
            CodAbGeoJson::tr("“%1” is not a GeoJSON FeatureCollection.").arg(what));
    }
    CodAbFile file;
    QSet<QString> seen;
    const QJsonArray features = root.value(u"features").toArray();
    for (qsizetype i = 0; i < features.size(); ++i) {
        const QJsonObject feature = features.at(i).toObject();
        QHash<QString, QJsonValue> props; // lower-case names: both COD-AB schemas
        const QJsonObject properties = feature.value(u"properties").toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it)
            props.insert(it.key().toLower(), it.value());
        const auto text = [&](const QString& key) {
            const QJsonValue v = props.value(key);
            return v.isString() ? v.toString().trimmed() : QString();
        };
        int level = 0;
        for (int l = 3; l >= 1 && level == 0; --l) {
            if (!text(QStringLiteral("adm%1_pcode").arg(l)).isEmpty())
                level = l;
        }
        const QString featureName = CodAbGeoJson::tr("feature %1").arg(i + 1);
        if (level == 0) {
            return bad(what, featureName,
                CodAbGeoJson::tr(
                    "“%1”: %2 has no admin P-code (ADM1_PCODE, ADM2_PCODE or ADM3_PCODE).")
                    .arg(what, featureName));
        }
        if (file.level != 0 && level != file.level) {
            return bad(what, featureName,
                CodAbGeoJson::tr(
                    "“%1” mixes administrative levels (%2 and %3); import one level per file.")
                    .arg(what)
                    .arg(file.level)
                    .arg(level));
        }
        file.level = level;
        AdminPolygon polygon;
        polygon.level = level;
        const QString prefix = QStringLiteral("adm%1_").arg(level);
        polygon.pcode = text(prefix + QStringLiteral("pcode")).toUpper();
        polygon.nameEn = text(prefix + QStringLiteral("en"));
        if (polygon.nameEn.isEmpty())
            polygon.nameEn = text(prefix + QStringLiteral("name"));
        polygon.nameAr = text(prefix + QStringLiteral("ar"));
        if (polygon.nameAr.isEmpty())
            polygon.nameAr = text(prefix + QStringLiteral("name1"));
        if (seen.contains(polygon.pcode)) {
            return bad(what, polygon.pcode,
                CodAbGeoJson::tr("“%1” has the P-code %2 twice.").arg(what, polygon.pcode));
        }
        seen.insert(polygon.pcode);
        const auto parts = geometryFromJson(feature.value(u"geometry").toObject());
        if (!parts) {
            return bad(what, polygon.pcode,
                CodAbGeoJson::tr("“%1”: the geometry of %2 is not a valid Polygon or MultiPolygon.")
                    .arg(what, polygon.pcode));
        }
        polygon.parts = *parts;
        for (const QString& key :
            { QStringLiteral("valid_on"), QStringLiteral("validon"), QStringLiteral("date") }) {
            if (file.validOn.isEmpty() && !text(key).isEmpty())
                file.validOn = text(key).left(10);
        }
        if (file.version.isEmpty())
            file.version = text(QStringLiteral("version"));
        file.polygons << polygon;
    }
    if (file.polygons.isEmpty())
        return bad(what, QString(), CodAbGeoJson::tr("“%1” has no features.").arg(what));
    return file;
}

} // namespace tansiq::interop
