#include "core/registry/NeedRepository.h"

#include "core/registry/WriteFlow.h"
#include "core/registry/validation/Validators.h"

namespace tansiq {

QVariantList NeedRepository::toValues(const Need& n)
{
    return { n.adminPcode.trimmed(), n.sectorId, n.severity, n.peopleInNeed, n.source.trimmed(),
        n.assessedOn };
}

Result<QUuid> NeedRepository::create(Need need, RecordWriter::Audit audit)
{
    const QUuid id = need.meta.id.isNull() ? QUuid::createUuid() : need.meta.id;
    const Status status = writeValidated(m_writer.database(), m_validators.check(need),
        [&] { return m_writer.insert(tables::need, id, toValues(need), audit); });
    return withId(status, id);
}

Status NeedRepository::update(const Need& need)
{
    return writeValidated(m_writer.database(), m_validators.check(need), [&]() -> Status {
        const Result<bool> changed = m_writer.update(tables::need, need.meta.id, toValues(need));
        return changed.status();
    });
}

Status NeedRepository::remove(const QUuid& id)
{
    return writeValidated(
        m_writer.database(), {}, [&] { return m_writer.markDeleted(tables::need, id); });
}

std::optional<Need> NeedRepository::get(const QUuid& id) const
{
    const std::optional<QVariantList> v = m_writer.read(tables::need, id);
    if (!v)
        return std::nullopt;
    Need need;
    need.meta.id = id;
    need.adminPcode = v->at(0).toString();
    need.sectorId = QUuid::fromRfc4122(v->at(1).toByteArray());
    need.severity = v->at(2).toInt();
    need.peopleInNeed = v->at(3).toLongLong();
    need.source = v->at(4).toString();
    need.assessedOn = v->at(5).toString();
    return need;
}

} // namespace tansiq
