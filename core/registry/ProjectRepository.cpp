#include "core/registry/ProjectRepository.h"

#include "core/registry/WriteFlow.h"
#include "core/registry/validation/Validators.h"
#include "core/storage/Database.h"

#include <QSet>

namespace tansiq {

namespace {

constexpr const char* kSelect
    = "SELECT id, code, title_en, title_ar, lead_org_id, start_date, end_date, status, budget, "
      "currency, origin_office, created_at, updated_at, deleted FROM project ";

Project fromRow(const Statement& row)
{
    Project p;
    int i = 0;
    p.meta.id = row.uuid(i++);
    p.code = row.text(i++);
    p.titleEn = row.text(i++);
    p.titleAr = row.text(i++);
    p.leadOrgId = row.uuid(i++);
    p.startDate = row.text(i++);
    p.endDate = row.isNull(i) ? QString() : row.text(i);
    ++i;
    p.status = row.text(i++);
    p.budget = row.isNull(i) ? std::nullopt : std::optional<double>(row.real(i));
    ++i;
    p.currency = row.text(i++);
    p.meta.originOffice = row.uuid(i++);
    p.meta.createdAt = row.int64(i++);
    p.meta.updatedAt = row.int64(i++);
    p.meta.deleted = row.int64(i++) != 0;
    return p;
}

QString partnerKey(const QUuid& org, const QString& role)
{
    return org.toString() + role;
}

} // namespace

QVariantList ProjectRepository::toValues(const Project& p)
{
    return { p.code.trimmed(), p.titleEn.trimmed(), p.titleAr.trimmed(), p.leadOrgId, p.startDate,
        p.endDate.isEmpty() ? QVariant() : QVariant(p.endDate), p.status,
        p.budget ? QVariant(*p.budget) : QVariant(), p.currency };
}

Status ProjectRepository::writeChildren(const Project& project, RecordWriter::Audit audit)
{
    Database& db = m_writer.database();
    // Current live children, keyed by what they mean.
    QHash<QString, QUuid> partners;
    Statement partnerRows(db.handle(),
        "SELECT id, org_id, role FROM project_partner "
        "WHERE project_id = ? AND deleted = 0");
    partnerRows.bind(1, project.meta.id);
    while (partnerRows.step() == Statement::Step::Row)
        partners.insert(partnerKey(partnerRows.uuid(1), partnerRows.text(2)), partnerRows.uuid(0));
    QHash<QUuid, QUuid> sectors;
    Statement sectorRows(db.handle(),
        "SELECT id, sector_id FROM project_sector "
        "WHERE project_id = ? AND deleted = 0");
    sectorRows.bind(1, project.meta.id);
    while (sectorRows.step() == Statement::Step::Row)
        sectors.insert(sectorRows.uuid(1), sectorRows.uuid(0));

    for (const ProjectPartner& partner : project.partners) {
        const QString key = partnerKey(partner.orgId, partner.role);
        if (partners.remove(key))
            continue;
        const Status added = m_writer.insert(tables::projectPartner, QUuid::createUuid(),
            { project.meta.id, partner.orgId, partner.role }, audit);
        if (!added.ok())
            return added;
    }
    for (const QUuid& sectorId : project.sectorIds) {
        if (sectors.remove(sectorId))
            continue;
        const Status added = m_writer.insert(
            tables::projectSector, QUuid::createUuid(), { project.meta.id, sectorId }, audit);
        if (!added.ok())
            return added;
    }
    for (const QUuid& stale : partners) {
        const Status removed = m_writer.markDeleted(tables::projectPartner, stale);
        if (!removed.ok())
            return removed;
    }
    for (const QUuid& stale : sectors) {
        const Status removed = m_writer.markDeleted(tables::projectSector, stale);
        if (!removed.ok())
            return removed;
    }
    return success();
}

Result<QUuid> ProjectRepository::create(Project project, RecordWriter::Audit audit)
{
    if (project.meta.id.isNull())
        project.meta.id = QUuid::createUuid();
    const Status status = writeValidated(m_writer.database(), m_validators.check(project), [&] {
        const Status written
            = m_writer.insert(tables::project, project.meta.id, toValues(project), audit);
        return written.ok() ? writeChildren(project, audit) : written;
    });
    return withId(status, project.meta.id);
}

Status ProjectRepository::update(const Project& project)
{
    return writeValidated(m_writer.database(), m_validators.check(project), [&]() -> Status {
        const Result<bool> changed
            = m_writer.update(tables::project, project.meta.id, toValues(project));
        if (!changed.ok())
            return changed;
        return writeChildren(project, RecordWriter::Audit::PerRecord);
    });
}

Status ProjectRepository::remove(const QUuid& id)
{
    return writeValidated(
        m_writer.database(), {}, [&] { return m_writer.markDeleted(tables::project, id); });
}

std::optional<Project> ProjectRepository::get(const QUuid& id) const
{
    Database& db = m_writer.database();
    Statement query(db.handle(), QByteArray(kSelect) + "WHERE id = ?");
    query.bind(1, id);
    if (query.step() != Statement::Step::Row)
        return std::nullopt;
    Project project = fromRow(query);
    Statement partners(db.handle(),
        "SELECT org_id, role FROM project_partner "
        "WHERE project_id = ? AND deleted = 0 ORDER BY role");
    partners.bind(1, id);
    while (partners.step() == Statement::Step::Row)
        project.partners << ProjectPartner { partners.uuid(0), partners.text(1) };
    Statement sectors(db.handle(),
        "SELECT sector_id FROM project_sector "
        "WHERE project_id = ? AND deleted = 0");
    sectors.bind(1, id);
    while (sectors.step() == Statement::Step::Row)
        project.sectorIds << sectors.uuid(0);
    return project;
}

QList<Project> ProjectRepository::list() const
{
    Statement query(
        m_writer.database().handle(), QByteArray(kSelect) + "WHERE deleted = 0 ORDER BY code");
    QList<Project> result;
    while (query.step() == Statement::Step::Row)
        result << fromRow(query);
    return result;
}

} // namespace tansiq
