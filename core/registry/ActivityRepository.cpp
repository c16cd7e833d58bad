#include "core/registry/ActivityRepository.h"

#include "core/registry/WriteFlow.h"
#include "core/registry/validation/Validators.h"
#include "core/storage/Database.h"

namespace tansiq {

namespace {

template<typename T> QVariant opt(const std::optional<T>& value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QUuid uuidAt(const QVariant& value)
{
    const QByteArray bytes = value.toByteArray();
    return bytes.size() == 16 ? QUuid::fromRfc4122(bytes) : QUuid();
}

std::optional<qint64> countAt(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

std::optional<double> realAt(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

} // namespace

QVariantList ActivityRepository::toValues(const Activity& a)
{
    return { a.projectId, a.reportingOrgId, a.implementingOrgId, a.programmingOrgId, a.donorOrgId,
        a.sectorId, a.activityTypeId, a.adminPcode.trimmed(), a.siteName.trimmed(), opt(a.latitude),
        opt(a.longitude), a.startDate, textOrNull(a.endDate), a.reportingMonth, a.status,
        a.modality, a.populationGroup, opt(a.targeted), opt(a.reached), opt(a.reachedGirls),
        opt(a.reachedBoys), opt(a.reachedWomen), opt(a.reachedMen), opt(a.reachedElderlyWomen),
        opt(a.reachedElderlyMen), opt(a.households), opt(a.budget), a.currency,
        opt(a.transferValue), a.contactName.trimmed(), a.contactEmail.trimmed(),
        a.contactPhone.trimmed(), a.comments, a.sensitive, opt(a.targetedGirls),
        opt(a.targetedBoys), opt(a.targetedWomen), opt(a.targetedMen), opt(a.targetedElderlyWomen),
        opt(a.targetedElderlyMen) };
}

Activity ActivityRepository::fromValues(const QUuid& id, const QVariantList& v)
{
    Activity a;
    a.meta.id = id;
    int i = 0;
    a.projectId = uuidAt(v.at(i++));
    a.reportingOrgId = uuidAt(v.at(i++));
    a.implementingOrgId = uuidAt(v.at(i++));
    a.programmingOrgId = uuidAt(v.at(i++));
    a.donorOrgId = uuidAt(v.at(i++));
    a.sectorId = uuidAt(v.at(i++));
    a.activityTypeId = uuidAt(v.at(i++));
    a.adminPcode = v.at(i++).toString();
    a.siteName = v.at(i++).toString();
    a.latitude = realAt(v.at(i++));
    a.longitude = realAt(v.at(i++));
    a.startDate = v.at(i++).toString();
    a.endDate = v.at(i++).toString();
    a.reportingMonth = v.at(i++).toString();
    a.status = v.at(i++).toString();
    a.modality = v.at(i++).toString();
    a.populationGroup = v.at(i++).toString();
    a.targeted = countAt(v.at(i++));
    a.reached = countAt(v.at(i++));
    a.reachedGirls = countAt(v.at(i++));
    a.reachedBoys = countAt(v.at(i++));
    a.reachedWomen = countAt(v.at(i++));
    a.reachedMen = countAt(v.at(i++));
    a.reachedElderlyWomen = countAt(v.at(i++));
    a.reachedElderlyMen = countAt(v.at(i++));
    a.households = countAt(v.at(i++));
    a.budget = realAt(v.at(i++));
    a.currency = v.at(i++).toString();
    a.transferValue = realAt(v.at(i++));
    a.contactName = v.at(i++).toString();
    a.contactEmail = v.at(i++).toString();
    a.contactPhone = v.at(i++).toString();
    a.comments = v.at(i++).toString();
    a.sensitive = v.at(i++).toLongLong() != 0;
    a.targetedGirls = countAt(v.value(i++));
    a.targetedBoys = countAt(v.value(i++));
    a.targetedWomen = countAt(v.value(i++));
    a.targetedMen = countAt(v.value(i++));
    a.targetedElderlyWomen = countAt(v.value(i++));
    a.targetedElderlyMen = countAt(v.value(i++));
    return a;
}

Result<QUuid> ActivityRepository::create(
    Activity activity, RecordWriter::Audit audit, Transaction::Nesting nesting)
{
    Validators::complete(activity);
    const QUuid id = activity.meta.id.isNull() ? QUuid::createUuid() : activity.meta.id;
    const Status status = writeValidated(m_writer.database(), nesting, m_validators.check(activity),
        [&] { return m_writer.insert(tables::activity, id, toValues(activity), audit); });
    return withId(status, id);
}

Status ActivityRepository::update(Activity activity)
{
    Validators::complete(activity);
    return writeValidated(m_writer.database(), m_validators.check(activity), [&]() -> Status {
        const Result<bool> changed
            = m_writer.update(tables::activity, activity.meta.id, toValues(activity));
        return changed.status();
    });
}

Status ActivityRepository::remove(const QUuid& id)
{
    return writeValidated(
        m_writer.database(), {}, [&] { return m_writer.markDeleted(tables::activity, id); });
}

std::optional<Activity> ActivityRepository::get(const QUuid& id) const
{
    const std::optional<QVariantList> values = m_writer.read(tables::activity, id);
    if (!values)
        return std::nullopt;
    Activity activity = fromValues(id, *values);
    Statement& meta = m_writer.database().cached(
        "SELECT origin_office, created_at, updated_at, deleted FROM activity WHERE id = ?");
    meta.bind(1, id);
    if (meta.step() == Statement::Step::Row) {
        activity.meta.originOffice = meta.uuid(0);
        activity.meta.createdAt = meta.int64(1);
        activity.meta.updatedAt = meta.int64(2);
        activity.meta.deleted = meta.int64(3) != 0;
    }
    meta.reset();
    return activity;
}

qint64 ActivityRepository::count() const
{
    Statement& query
        = m_writer.database().cached("SELECT count(*) FROM activity WHERE deleted = 0");
    query.step();
    const qint64 n = query.int64(0);
    query.reset();
    return n;
}

} // namespace tansiq
