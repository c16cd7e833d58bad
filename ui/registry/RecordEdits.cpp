#include "ui/registry/RecordEdits.h"

#include "core/registry/References.h"
#include "core/registry/Registry.h"
#include "core/registry/TableSpec.h"
#include "core/registry/validation/Validators.h"
#include "core/storage/Transaction.h"
#include "ui/registry/EditCommand.h"

#include <QUndoStack>

namespace tansiq::ui {

RecordEdits::RecordEdits(Registry& registry, QUndoStack& undoStack, QObject* parent)
    : QObject(parent), m_registry(registry), m_undo(undoStack)
{
}

void RecordEdits::push(const QString& text, const QString& table, std::function<Status()> redo,
    std::function<Status()> undo)
{
    auto report = [this, table](const Status& status) {
        if (!status.ok())
            emit failed(status.errorText());
        emit changed(table);
    };
    m_undo.push(new EditCommand(text, std::move(redo), std::move(undo), report));
    emit changed(table);
}

Status RecordEdits::restore(const QString& table, const QUuid& id)
{
    const TableSpec* spec = tables::byName(table.toLatin1());
    if (!spec)
        return success();
    return inTransaction(
        m_registry.database(), [&] { return m_registry.writer().restore(*spec, id); });
}

// The repositories' own validators, over the same references (read from the open database).
Issues RecordEdits::check(const Organisation& organisation) const
{
    const References references(m_registry.database());
    return Validators(references).check(organisation);
}

Issues RecordEdits::check(const Project& project) const
{
    const References references(m_registry.database());
    return Validators(references).check(project);
}

Issues RecordEdits::check(Activity activity) const
{
    Validators::complete(activity); // as the repository does before it validates
    const References references(m_registry.database());
    return Validators(references).check(activity);
}

Issues RecordEdits::check(const Need& need) const
{
    const References references(m_registry.database());
    return Validators(references).check(need);
}

template<typename Repository, typename Record>
Result<QUuid> RecordEdits::createWith(
    Repository& repository, Record record, const QString& table, const QString& text)
{
    record.meta.id = QUuid::createUuid(); // fixed now so redo brings back the same record
    const Result<QUuid> created = repository.create(record);
    if (!created.ok())
        return created;
    const QUuid id = created.value();
    push(
        text, table, [this, table, id] { return restore(table, id); },
        [&repository, id] { return repository.remove(id); });
    return created;
}

template<typename Repository, typename Record>
Status RecordEdits::updateWith(
    Repository& repository, const Record& record, const QString& table, const QString& text)
{
    const std::optional<Record> before = repository.get(record.meta.id);
    const Status updated = repository.update(record);
    if (!updated.ok() || !before)
        return updated;
    push(
        text, table, [&repository, record] { return repository.update(record); },
        [&repository, old = *before] { return repository.update(old); });
    return updated;
}

template<typename Repository>
Status RecordEdits::removeWith(
    Repository& repository, const QUuid& id, const QString& table, const QString& text)
{
    const Status removed = repository.remove(id);
    if (!removed.ok())
        return removed;
    push(
        text, table, [&repository, id] { return repository.remove(id); },
        [this, table, id] { return restore(table, id); });
    return removed;
}

Result<QUuid> RecordEdits::create(Organisation o)
{
    const QString text = tr("Add organisation %1").arg(o.shortLabel(false));
    return createWith(
        m_registry.organisations(), std::move(o), QStringLiteral("organisation"), text);
}

Status RecordEdits::update(const Organisation& o)
{
    return updateWith(m_registry.organisations(), o, QStringLiteral("organisation"),
        tr("Edit organisation %1").arg(o.shortLabel(false)));
}

Status RecordEdits::writeOrganisation(
    const Organisation& o, const QList<PartnerRegistration>& registrations, bool create)
{
    return inTransaction(m_registry.database(), [&]() -> Status {
        Status written = success();
        if (!create) {
            written = m_registry.organisations().update(o);
        } else if (m_registry.writer().exists(tables::organisation, o.meta.id, true)) {
            written = m_registry.writer().restore(tables::organisation, o.meta.id); // a redo
        } else {
            written = m_registry.organisations().create(o).status();
        }
        if (!written.ok())
            return written;
        const Status registered = m_registry.registrations().replaceFor(o.meta.id, registrations);
        if (!registered.ok())
            return registered;
        return success(written.issues() + registered.issues());
    });
}

Result<QUuid> RecordEdits::create(Organisation o, QList<PartnerRegistration> registrations)
{
    o.meta.id = QUuid::createUuid(); // fixed now so redo brings back the same records
    for (PartnerRegistration& r : registrations) {
        r.orgId = o.meta.id;
        if (r.meta.id.isNull())
            r.meta.id = QUuid::createUuid();
    }
    const Status written = writeOrganisation(o, registrations, true);
    if (!written.ok())
        return written;
    const QUuid id = o.meta.id;
    push(
        tr("Add organisation %1").arg(o.acronym), QStringLiteral("organisation"),
        [this, o, registrations] { return writeOrganisation(o, registrations, true); },
        [this, id] {
            return inTransaction(m_registry.database(), [&]() -> Status {
                const Status cleared = m_registry.registrations().replaceFor(id, {});
                if (!cleared.ok())
                    return cleared;
                return m_registry.organisations().remove(id);
            });
        });
    return Result<QUuid>(id, written.issues());
}

Status RecordEdits::update(const Organisation& o, QList<PartnerRegistration> registrations)
{
    const std::optional<Organisation> before = m_registry.organisations().get(o.meta.id);
    const QList<PartnerRegistration> registeredBefore
        = m_registry.registrations().listFor(o.meta.id);
    for (PartnerRegistration& r : registrations) {
        r.orgId = o.meta.id;
        if (r.meta.id.isNull())
            r.meta.id = QUuid::createUuid();
    }
    const Status written = writeOrganisation(o, registrations, false);
    if (!written.ok() || !before)
        return written;
    push(
        tr("Edit organisation %1").arg(o.acronym), QStringLiteral("organisation"),
        [this, o, registrations] { return writeOrganisation(o, registrations, false); },
        [this, old = *before, registeredBefore] {
            return writeOrganisation(old, registeredBefore, false);
        });
    return written;
}

Result<QUuid> RecordEdits::create(Project p)
{
    const QString text = tr("Add project %1").arg(p.code);
    return createWith(m_registry.projects(), std::move(p), QStringLiteral("project"), text);
}

Status RecordEdits::update(const Project& p)
{
    return updateWith(
        m_registry.projects(), p, QStringLiteral("project"), tr("Edit project %1").arg(p.code));
}

Result<QUuid> RecordEdits::create(Activity a)
{
    return createWith(
        m_registry.activities(), std::move(a), QStringLiteral("activity"), tr("Add activity"));
}

Status RecordEdits::update(const Activity& a)
{
    return updateWith(m_registry.activities(), a, QStringLiteral("activity"), tr("Edit activity"));
}

Result<QUuid> RecordEdits::create(Need n)
{
    return createWith(m_registry.needs(), std::move(n), QStringLiteral("need"), tr("Add need"));
}

Status RecordEdits::update(const Need& n)
{
    return updateWith(m_registry.needs(), n, QStringLiteral("need"), tr("Edit need"));
}

Status RecordEdits::removeOrganisation(const QUuid& id)
{
    return removeWith(
        m_registry.organisations(), id, QStringLiteral("organisation"), tr("Delete organisation"));
}

Status RecordEdits::removeProject(const QUuid& id)
{
    return removeWith(m_registry.projects(), id, QStringLiteral("project"), tr("Delete project"));
}

Status RecordEdits::removeActivity(const QUuid& id)
{
    return removeWith(
        m_registry.activities(), id, QStringLiteral("activity"), tr("Delete activity"));
}

Status RecordEdits::removeNeed(const QUuid& id)
{
    return removeWith(m_registry.needs(), id, QStringLiteral("need"), tr("Delete need"));
}

} // namespace tansiq::ui
