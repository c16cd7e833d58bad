#include "core/registry/ReferenceRepository.h"

#include "core/storage/Database.h"

namespace tansiq {

QList<Sector> ReferenceRepository::sectors() const
{
    Statement query(m_db.handle(),
        "SELECT id, code, name_en, name_ar FROM sector WHERE deleted = 0 ORDER BY code");
    QList<Sector> result;
    while (query.step() == Statement::Step::Row)
        result << Sector { query.uuid(0), query.text(1), query.text(2), query.text(3) };
    return result;
}

QList<ActivityType> ReferenceRepository::activityTypes() const
{
    Statement query(m_db.handle(),
        "SELECT id, sector_id, code, name_en, name_ar FROM "
        "activity_type WHERE deleted = 0 ORDER BY code");
    QList<ActivityType> result;
    while (query.step() == Statement::Step::Row)
        result << ActivityType { query.uuid(0), query.uuid(1), query.text(2), query.text(3),
            query.text(4) };
    return result;
}

QList<AdminUnit> ReferenceRepository::queryUnits(
    const QByteArray& where, const QString& value) const
{
    Statement query(m_db.handle(),
        "SELECT pcode, level, parent_pcode, name_en, name_ar, alt_names, latitude, "
        "longitude, population, population_year FROM admin_unit "
            + where + " ORDER BY pcode");
    if (!value.isNull())
        query.bind(1, value);
    QList<AdminUnit> result;
    while (query.step() == Statement::Step::Row) {
        AdminUnit unit;
        unit.pcode = query.text(0);
        unit.level = int(query.int64(1));
        unit.parentPcode = query.isNull(2) ? QString() : query.text(2);
        unit.nameEn = query.text(3);
        unit.nameAr = query.text(4);
        unit.altNames = query.text(5);
        if (!query.isNull(6))
            unit.latitude = query.real(6);
        if (!query.isNull(7))
            unit.longitude = query.real(7);
        if (!query.isNull(8))
            unit.population = query.int64(8);
        if (!query.isNull(9))
            unit.populationYear = int(query.int64(9));
        result << unit;
    }
    return result;
}

std::optional<AdminUnit> ReferenceRepository::adminUnit(const QString& pcode) const
{
    const QList<AdminUnit> found = queryUnits("WHERE pcode = ?", pcode);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<AdminUnit> ReferenceRepository::adminUnits(int level) const
{
    if (level < 0)
        return queryUnits("", QString());
    return queryUnits("WHERE level = ?", QString::number(level));
}

QList<AdminUnit> ReferenceRepository::children(const QString& parentPcode) const
{
    return queryUnits("WHERE parent_pcode = ?", parentPcode);
}

Result<ReferenceRepository::Upsert> ReferenceRepository::upsertAdminUnit(const AdminUnit& unit)
{
    const std::optional<AdminUnit> before = adminUnit(unit.pcode);
    if (before && before->level == unit.level && before->parentPcode == unit.parentPcode
        && before->nameEn == unit.nameEn && before->nameAr == unit.nameAr
        && before->altNames == unit.altNames && before->latitude == unit.latitude
        && before->longitude == unit.longitude && before->population == unit.population
        && before->populationYear == unit.populationYear)
        return Upsert::Unchanged;
    Statement& upsert = m_db.cached(
        "INSERT INTO admin_unit (pcode, level, parent_pcode, name_en, name_ar, alt_names, "
        "latitude, longitude, population, population_year) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (pcode) DO UPDATE SET level = excluded.level, "
        "parent_pcode = excluded.parent_pcode, name_en = excluded.name_en, "
        "name_ar = excluded.name_ar, alt_names = excluded.alt_names, "
        "latitude = excluded.latitude, longitude = excluded.longitude, "
        "population = excluded.population, population_year = excluded.population_year");
    upsert.bind(1, unit.pcode);
    upsert.bind(2, unit.level);
    upsert.bind(3, unit.parentPcode.isEmpty() ? QVariant() : QVariant(unit.parentPcode));
    upsert.bind(4, unit.nameEn);
    upsert.bind(5, unit.nameAr);
    upsert.bind(6, unit.altNames);
    upsert.bind(7, unit.latitude ? QVariant(*unit.latitude) : QVariant());
    upsert.bind(8, unit.longitude ? QVariant(*unit.longitude) : QVariant());
    upsert.bind(9, unit.population ? QVariant(*unit.population) : QVariant());
    upsert.bind(10, unit.populationYear ? QVariant(*unit.populationYear) : QVariant());
    const Status written = upsert.run();
    if (!written.ok())
        return written;
    return before ? Upsert::Updated : Upsert::Added;
}

} // namespace tansiq
