#include "ui/coordination/CoordinationEdits.h"

#include "core/registry/Registry.h"
#include "core/registry/TableSpec.h"
#include "core/registry/coordination/CoordinationRegistry.h"
#include "core/storage/Transaction.h"
#include "ui/registry/EditCommand.h"
#include "ui/registry/RecordEdits.h"

#include <QUndoStack>

namespace tansiq::ui {

CoordinationEdits::CoordinationEdits(RecordEdits& edits, QUndoStack& undo)
    : m_edits(edits), m_undo(undo)
{
}

Registry& CoordinationEdits::registry() const
{
    return m_edits.registry();
}

void CoordinationEdits::push(const QString& text, const QString& table, Step redo, Step undo)
{
    RecordEdits* edits = &m_edits;
    auto report = [edits, table](const Status& status) {
        if (!status.ok())
            emit edits->failed(status.errorText());
        emit edits->changed(table);
    };
    m_undo.push(new EditCommand(text, std::move(redo), std::move(undo), report));
    emit m_edits.changed(table);
}

CoordinationEdits::Step CoordinationEdits::restoreStep(const QString& table, const QUuid& id) const
{
    Registry* registry = &m_edits.registry();
    return [registry, table, id]() -> Status {
        const TableSpec* spec = tables::byName(table.toLatin1());
        if (!spec)
            return success();
        return inTransaction(
            registry->database(), [&] { return registry->writer().restore(*spec, id); });
    };
}

Result<QUuid> CoordinationEdits::create(WorkingGroup group)
{
    group.meta.id = QUuid::createUuid(); // fixed now so redo brings back the same record
    const Result<QUuid> created = CoordinationRegistry(registry()).groups().create(group);
    if (created.ok()) {
        Registry* r = &registry();
        const QUuid id = created.value();
        push(tr("Add working group %1").arg(group.nameEn), QStringLiteral("working_group"),
            restoreStep(QStringLiteral("working_group"), id),
            [r, id] { return CoordinationRegistry(*r).groups().remove(id); });
    }
    return created;
}

Status CoordinationEdits::update(const WorkingGroup& group)
{
    Registry* r = &registry();
    const auto before = CoordinationRegistry(*r).groups().get(group.meta.id);
    const Status updated = CoordinationRegistry(*r).groups().update(group);
    if (updated.ok() && before)
        push(
            tr("Edit working group %1").arg(group.nameEn), QStringLiteral("working_group"),
            [r, group] { return CoordinationRegistry(*r).groups().update(group); },
            [r, old = *before] { return CoordinationRegistry(*r).groups().update(old); });
    return updated;
}

Result<QUuid> CoordinationEdits::create(Meeting meeting)
{
    meeting.meta.id = QUuid::createUuid();
    const Result<QUuid> created = CoordinationRegistry(registry()).meetings().create(meeting);
    if (created.ok()) {
        Registry* r = &registry();
        const QUuid id = created.value();
        push(tr("Add meeting %1").arg(meeting.title), QStringLiteral("meeting"),
            restoreStep(QStringLiteral("meeting"), id),
            [r, id] { return CoordinationRegistry(*r).meetings().remove(id); });
    }
    return created;
}

Status CoordinationEdits::update(const Meeting& meeting)
{
    Registry* r = &registry();
    const auto before = CoordinationRegistry(*r).meetings().get(meeting.meta.id);
    const Status updated = CoordinationRegistry(*r).meetings().update(meeting);
    if (updated.ok() && before)
        push(
            tr("Edit meeting %1").arg(meeting.title), QStringLiteral("meeting"),
            [r, meeting] { return CoordinationRegistry(*r).meetings().update(meeting); },
            [r, old = *before] { return CoordinationRegistry(*r).meetings().update(old); });
    return updated;
}

Result<QUuid> CoordinationEdits::create(ActionPoint point)
{
    point.meta.id = QUuid::createUuid();
    const Result<QUuid> created = CoordinationRegistry(registry()).actions().create(point);
    if (created.ok()) {
        Registry* r = &registry();
        const QUuid id = created.value();
        push(tr("Add action point"), QStringLiteral("action_point"),
            restoreStep(QStringLiteral("action_point"), id),
            [r, id] { return CoordinationRegistry(*r).actions().remove(id); });
    }
    return created;
}

Status CoordinationEdits::update(const ActionPoint& point, const QString& note)
{
    Registry* r = &registry();
    const auto before = CoordinationRegistry(*r).actions().get(point.meta.id);
    const Status updated = CoordinationRegistry(*r).actions().update(point, note);
    if (updated.ok() && before)
        push(
            tr("Edit action point"), QStringLiteral("action_point"),
            [r, point, note] { return CoordinationRegistry(*r).actions().update(point, note); },
            [r, old = *before] { return CoordinationRegistry(*r).actions().update(old); });
    return updated;
}

Result<QUuid> CoordinationEdits::create(MonitoringVisit visit)
{
    visit.meta.id = QUuid::createUuid();
    const Result<QUuid> created = CoordinationRegistry(registry()).visits().create(visit);
    if (created.ok()) {
        Registry* r = &registry();
        const QUuid id = created.value();
        push(tr("Add monitoring visit"), QStringLiteral("monitoring_visit"),
            restoreStep(QStringLiteral("monitoring_visit"), id),
            [r, id] { return CoordinationRegistry(*r).visits().remove(id); });
    }
    return created;
}

Status CoordinationEdits::update(const MonitoringVisit& visit)
{
    Registry* r = &registry();
    const auto before = CoordinationRegistry(*r).visits().get(visit.meta.id);
    const Status updated = CoordinationRegistry(*r).visits().update(visit);
    if (updated.ok() && before)
        push(
            tr("Edit monitoring visit"), QStringLiteral("monitoring_visit"),
            [r, visit] { return CoordinationRegistry(*r).visits().update(visit); },
            [r, old = *before] { return CoordinationRegistry(*r).visits().update(old); });
    return updated;
}

} // namespace tansiq::ui
