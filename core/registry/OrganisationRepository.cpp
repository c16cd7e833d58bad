#include "core/registry/OrganisationRepository.h"

#include "core/registry/WriteFlow.h"
#include "core/registry/validation/Validators.h"
#include "core/storage/Database.h"

namespace tansiq {

namespace {
Organisation fromRow(const Statement& row)
{
    Organisation org;
    int i = 0;
    org.meta.id = row.uuid(i++);
    org.acronym = row.text(i++);
    org.nameEn = row.text(i++);
    org.nameAr = row.text(i++);
    org.type = row.text(i++);
    org.registrationNo = row.text(i++);
    org.contactName = row.text(i++);
    org.contactEmail = row.text(i++);
    org.contactPhone = row.text(i++);
    org.active = row.int64(i++) != 0;
    org.meta.originOffice = row.uuid(i++);
    org.meta.createdAt = row.int64(i++);
    org.meta.updatedAt = row.int64(i++);
    org.meta.deleted = row.int64(i++) != 0;
    return org;
}

constexpr const char* kSelect
    = "SELECT id, acronym, name_en, name_ar, org_type, registration_no, contact_name, "
      "contact_email, contact_phone, active, origin_office, created_at, updated_at, deleted "
      "FROM organisation ";
} // namespace

QVariantList OrganisationRepository::toValues(const Organisation& o)
{
    return { o.acronym.trimmed(), o.nameEn.trimmed(), o.nameAr.trimmed(), o.type,
        o.registrationNo.trimmed(), o.contactName.trimmed(), o.contactEmail.trimmed(),
        o.contactPhone.trimmed(), o.active };
}

Result<QUuid> OrganisationRepository::create(Organisation org, RecordWriter::Audit audit)
{
    const QUuid id = org.meta.id.isNull() ? QUuid::createUuid() : org.meta.id;
    const Status status = writeValidated(m_writer.database(), m_validators.check(org),
        [&] { return m_writer.insert(tables::organisation, id, toValues(org), audit); });
    return withId(status, id);
}

Status OrganisationRepository::update(const Organisation& org)
{
    return writeValidated(m_writer.database(), m_validators.check(org), [&]() -> Status {
        const Result<bool> changed
            = m_writer.update(tables::organisation, org.meta.id, toValues(org));
        return changed.status();
    });
}

Status OrganisationRepository::remove(const QUuid& id)
{
    return writeValidated(
        m_writer.database(), {}, [&] { return m_writer.markDeleted(tables::organisation, id); });
}

std::optional<Organisation> OrganisationRepository::get(const QUuid& id) const
{
    static const QByteArray sql = QByteArray(kSelect) + "WHERE id = ?";
    Statement& query = m_writer.database().cached(sql.constData());
    query.bind(1, id);
    std::optional<Organisation> found;
    if (query.step() == Statement::Step::Row)
        found = fromRow(query);
    query.reset();
    return found;
}

QList<Organisation> OrganisationRepository::list() const
{
    Statement query(m_writer.database().handle(),
        QByteArray(kSelect) + "WHERE deleted = 0 ORDER BY acronym COLLATE NOCASE");
    QList<Organisation> result;
    while (query.step() == Statement::Step::Row)
        result << fromRow(query);
    return result;
}

} // namespace tansiq
