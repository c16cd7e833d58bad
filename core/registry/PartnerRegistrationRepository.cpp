#include "core/registry/PartnerRegistrationRepository.h"

#include "core/registry/WriteFlow.h"
#include "core/registry/validation/Validators.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"

#include <QSet>

namespace tansiq {

namespace {

constexpr const char* kSelect
    = "SELECT id, org_id, authority, authority_name, registration_no, registered_on, expires_on, "
      "status, origin_office, created_at, updated_at, deleted FROM partner_registration ";

PartnerRegistration fromRow(const Statement& row)
{
    PartnerRegistration r;
    int i = 0;
    r.meta.id = row.uuid(i++);
    r.orgId = row.uuid(i++);
    r.authority = row.text(i++);
    r.authorityName = row.text(i++);
    r.number = row.text(i++);
    r.registeredOn = row.text(i++);
    r.expiresOn = row.isNull(i) ? QString() : row.text(i);
    ++i;
    r.status = row.text(i++);
    r.meta.originOffice = row.uuid(i++);
    r.meta.createdAt = row.int64(i++);
    r.meta.updatedAt = row.int64(i++);
    r.meta.deleted = row.int64(i++) != 0;
    return r;
}

QList<PartnerRegistration> select(Database& db, const QByteArray& where, const QUuid& orgId)
{
    Statement query(db.handle(), QByteArray(kSelect) + where);
    if (!orgId.isNull())
        query.bind(1, orgId);
    QList<PartnerRegistration> result;
    while (query.step() == Statement::Step::Row)
        result << fromRow(query);
    return result;
}

} // namespace

QVariantList PartnerRegistrationRepository::toValues(const PartnerRegistration& r)
{
    return { r.orgId, r.authority, r.authorityName.trimmed(), r.number.trimmed(),
        r.registeredOn.trimmed(),
        r.expiresOn.trimmed().isEmpty() ? QVariant() : QVariant(r.expiresOn.trimmed()), r.status };
}

Issues PartnerRegistrationRepository::check(const PartnerRegistration& registration) const
{
    return m_validators.check(registration);
}

Result<QUuid> PartnerRegistrationRepository::create(PartnerRegistration r)
{
    const QUuid id = r.meta.id.isNull() ? QUuid::createUuid() : r.meta.id;
    const Status status = writeValidated(m_writer.database(), check(r),
        [&] { return m_writer.insert(tables::partnerRegistration, id, toValues(r)); });
    return withId(status, id);
}

Status PartnerRegistrationRepository::update(const PartnerRegistration& r)
{
    return writeValidated(m_writer.database(), check(r), [&]() -> Status {
        const Result<bool> changed
            = m_writer.update(tables::partnerRegistration, r.meta.id, toValues(r));
        return changed.status();
    });
}

Status PartnerRegistrationRepository::remove(const QUuid& id)
{
    return writeValidated(m_writer.database(), {},
        [&] { return m_writer.markDeleted(tables::partnerRegistration, id); });
}

Status PartnerRegistrationRepository::replaceFor(
    const QUuid& orgId, const QList<PartnerRegistration>& registrations)
{
    Issues issues;
    for (PartnerRegistration r : registrations) {
        r.orgId = orgId;
        issues << check(r);
    }
    return writeValidated(m_writer.database(), issues, [&]() -> Status {
        QSet<QUuid> kept;
        for (PartnerRegistration r : registrations) {
            r.orgId = orgId;
            if (r.meta.id.isNull())
                r.meta.id = QUuid::createUuid();
            kept.insert(r.meta.id);
            const TableSpec& table = tables::partnerRegistration;
            Status written = success();
            if (!m_writer.exists(table, r.meta.id, true)) {
                written = m_writer.insert(table, r.meta.id, toValues(r));
            } else {
                if (!m_writer.exists(table, r.meta.id)) {
                    written = m_writer.restore(table, r.meta.id);
                    if (!written.ok())
                        return written;
                }
                const Result<bool> changed = m_writer.update(table, r.meta.id, toValues(r));
                written = changed.status();
            }
            if (!written.ok())
                return written;
        }
        for (const PartnerRegistration& stale : listFor(orgId)) {
            if (kept.contains(stale.meta.id))
                continue;
            const Status removed = m_writer.markDeleted(tables::partnerRegistration, stale.meta.id);
            if (!removed.ok())
                return removed;
        }
        return success();
    });
}

std::optional<PartnerRegistration> PartnerRegistrationRepository::get(const QUuid& id) const
{
    static const QByteArray sql = QByteArray(kSelect) + "WHERE id = ?";
    Statement& query = m_writer.database().cached(sql.constData());
    query.bind(1, id);
    std::optional<PartnerRegistration> found;
    if (query.step() == Statement::Step::Row)
        found = fromRow(query);
    query.reset();
    return found;
}

QList<PartnerRegistration> PartnerRegistrationRepository::listFor(const QUuid& orgId) const
{
    return select(m_writer.database(),
        "WHERE org_id = ? AND deleted = 0 ORDER BY registered_on DESC, id", orgId);
}

QList<PartnerRegistration> PartnerRegistrationRepository::list() const
{
    return select(
        m_writer.database(), "WHERE deleted = 0 ORDER BY org_id, registered_on DESC", QUuid());
}

} // namespace tansiq
