#pragma once

#include "core/common/Result.h"
#include "core/interop/Boundaries.h"

#include <QByteArray>
#include <QJsonObject>

namespace tansiq::interop {

// One OCHA COD-AB administrative level read from GeoJSON. Both property schemas are read, with
// field names matched case-insensitively: ADM1_PCODE / ADM1_EN / ADM1_AR and adm1_pcode /
// adm1_name / adm1_name1; the level is the deepest admN_pcode present. `valid_on` (or
// validOn / date) and `version` come from the features.
struct CodAbFile {
    int level = 0;
    QString validOn;
    QString version;
    QList<AdminPolygon> polygons;
};

// Refuses, naming the feature, a file that is not a FeatureCollection of Polygon or
// MultiPolygon features with P-codes, mixes levels, or repeats a P-code.
Result<CodAbFile> parseCodAbGeoJson(const QByteArray& bytes, const QString& what);

// A geometry as GeoJSON (MultiPolygon), coordinates rounded to `decimals` (5 ≈ 1 m).
QJsonObject geometryToJson(const QList<Polygon>& parts, int decimals = 5);
// Reads a Polygon or MultiPolygon geometry; nothing when it is neither.
std::optional<QList<Polygon>> geometryFromJson(const QJsonObject& geometry);

} // namespace tansiq::interop
