#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace tansiq {
class Clock;
class Database;
} // namespace tansiq

namespace tansiq::interop {

struct BoundaryImportSummary {
    int level = 0;
    int polygons = 0;
    qsizetype pointsBefore = 0;
    qsizetype pointsAfter = 0;
    double tolerance = 0.0; // degrees
    QString validOn;
    QString version;
    QStringList withoutPolygon; // gazetteer units of that level the file does not cover
};

// Imports one COD-AB level (GeoJSON) for the map: checks every P-code against the gazetteer
// (any unknown P-code refuses the whole file, naming them), simplifies the polygons for
// drawing (Douglas-Peucker, tolerance per level below) and replaces the polygons of that
// level in one transaction, keeping valid_on and version.
class BoundaryImporter {
    Q_DECLARE_TR_FUNCTIONS(tansiq::interop::BoundaryImporter)

public:
    // Simplification tolerance in degrees per level (1 governorate … 3 sub-district):
    // 0.001° ≈ 110 m north-south (≈ 90 m east-west at 35° N), below a pixel on a country map.
    static double toleranceFor(int level);

    BoundaryImporter(Database& db, const Clock& clock) : m_db(db), m_clock(clock) { }

    Result<BoundaryImportSummary> importFile(const QString& path);
    Result<BoundaryImportSummary> importBytes(const QByteArray& bytes, const QString& what);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace tansiq::interop
