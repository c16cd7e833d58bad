#include "core/interop/BoundaryStore.h"

#include "core/interop/CodAbGeoJson.h"
#include "core/storage/Database.h"

#include <QFile>
#include <QJsonDocument>

namespace tansiq::interop {

BoundarySet BoundaryStore::bundled(int level)
{
    BoundarySet set;
    set.level = level;
    if (level < 1 || level > 3)
        return set;
    QFile file(QStringLiteral(":/geodata/syr_admin%1_simplified.geojson").arg(level));
    if (!file.open(QIODevice::ReadOnly))
        return set;
    auto parsed = parseCodAbGeoJson(file.readAll(), file.fileName());
    if (!parsed.ok())
        return set;
    set.polygons = parsed->polygons;
    return set;
}

bool BoundaryStore::hasImported(int level) const
{
    Statement& query = m_db.cached("SELECT 1 FROM boundary_polygon WHERE level = ? LIMIT 1");
    query.bind(1, level);
    const bool found = query.step() == Statement::Step::Row;
    query.reset();
    return found;
}

BoundarySet BoundaryStore::polygons(int level) const
{
    if (!hasImported(level))
        return bundled(level);
    BoundarySet set;
    set.level = level;
    set.source = BoundarySet::Source::Imported;
    Statement query(m_db.handle(),
        "SELECT pcode, name_en, name_ar, geometry, valid_on, version "
        "FROM boundary_polygon WHERE level = ? ORDER BY pcode");
    query.bind(1, level);
    while (query.step() == Statement::Step::Row) {
        AdminPolygon polygon;
        polygon.pcode = query.text(0);
        polygon.level = level;
        polygon.nameEn = query.text(1);
        polygon.nameAr = query.text(2);
        const auto parts
            = geometryFromJson(QJsonDocument::fromJson(query.text(3).toUtf8()).object());
        if (parts)
            polygon.parts = *parts;
        set.validOn = query.text(4);
        set.version = query.text(5);
        set.polygons << polygon;
    }
    return set;
}

Status BoundaryStore::replace(
    const BoundarySet& set, const QString& source, double tolerance, qint64 nowMs)
{
    Statement clear(m_db.handle(), "DELETE FROM boundary_polygon WHERE level = ?");
    clear.bind(1, set.level);
    Status done = clear.run();
    if (!done.ok())
        return done;
    Statement insert(m_db.handle(),
        "INSERT INTO boundary_polygon (pcode, level, name_en, name_ar, geometry, valid_on,"
        " version, source, tolerance, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const AdminPolygon& polygon : set.polygons) {
        insert.bind(1, polygon.pcode);
        insert.bind(2, set.level);
        insert.bind(3, polygon.nameEn);
        insert.bind(4, polygon.nameAr);
        insert.bind(5,
            QString::fromUtf8(
                QJsonDocument(geometryToJson(polygon.parts)).toJson(QJsonDocument::Compact)));
        insert.bind(6, set.validOn);
        insert.bind(7, set.version);
        insert.bind(8, source);
        insert.bind(9, tolerance);
        insert.bind(10, nowMs);
        done = insert.run();
        if (!done.ok())
            return done;
    }
    return success();
}

} // namespace tansiq::interop
