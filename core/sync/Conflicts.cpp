#include "core/sync/Conflicts.h"

#include "core/registry/RecordWriter.h"
#include "core/registry/TableSpec.h"
#include "core/storage/Database.h"
#include "core/sync/CborIn.h"
#include "core/sync/Op.h"

#include <QCoreApplication>

namespace tansiq::sync {

Conflicts::Conflicts(Database& db, RecordWriter& writer) : m_db(db), m_writer(writer)
{
}

QList<Conflict> Conflicts::list(bool includeResolved)
{
    QList<Conflict> result;
    Statement select(m_db.handle(),
        includeResolved ? "SELECT id, table_name, row_id, field, kind, heads, resolved_at FROM "
                          "sync_conflict ORDER BY id"
                        : "SELECT id, table_name, row_id, field, kind, heads, resolved_at FROM "
                          "sync_conflict WHERE resolved_at IS NULL ORDER BY id");
    while (select.step() == Statement::Step::Row) {
        Conflict conflict;
        conflict.id = select.int64(0);
        conflict.table = select.text(1);
        conflict.row = select.uuid(2);
        conflict.field = int(select.int64(3));
        conflict.kind = select.text(4);
        conflict.resolved = !select.isNull(6);
        const TableSpec* spec = tables::byName(conflict.table.toLatin1());
        if (conflict.field == kDeletedField)
            conflict.fieldName = QStringLiteral("deleted");
        else if (spec && conflict.field <= spec->columns.size())
            conflict.fieldName = QString::fromLatin1(spec->columns.at(conflict.field - 1));
        CborIn in(select.blob(5));
        const qsizetype count = in.enterArray(1000);
        for (qsizetype i = 0; i < count && in.ok(); ++i) {
            Conflict::Head head;
            in.enterArray(4);
            head.replica = in.bytes(16, 16);
            in.unsignedInt();
            head.hlc = in.unsignedInt();
            qint64 unused = -1;
            head.value = in.scalar(1 << 20, &unused);
            in.leave();
            Statement office(
                m_db.handle(), "SELECT office_id FROM sync_replica WHERE replica_id = ?");
            office.bindBlob(1, head.replica);
            if (office.step() == Statement::Step::Row)
                head.office = office.uuid(0);
            conflict.heads << head;
        }
        if (spec) {
            const auto row = m_writer.read(*spec, conflict.row);
            if (row && conflict.field >= 1 && conflict.field <= row->size())
                conflict.current = row->at(conflict.field - 1);
            else if (conflict.field == kDeletedField)
                conflict.current = qint64(m_writer.exists(*spec, conflict.row) ? 0 : 1);
        }
        result << conflict;
    }
    return result;
}

std::optional<Conflict> Conflicts::get(qint64 id)
{
    for (const Conflict& conflict : list(true)) {
        if (conflict.id == id)
            return conflict;
    }
    return std::nullopt;
}

Status Conflicts::resolve(qint64 id, const QString& keep)
{
    const std::optional<Conflict> conflict = get(id);
    if (!conflict || conflict->resolved) {
        return Issue::error(QStringLiteral("conflict-not-found"), tr("conflict"),
            QString::number(id), tr("There is no open conflict number %1.").arg(id));
    }
    const TableSpec* spec = tables::byName(conflict->table.toLatin1());
    if (!spec)
        return Issue::error(QStringLiteral("conflict-table"), tr("conflict"), conflict->table,
            tr("This version of Tansiq does not know table %1.").arg(conflict->table));
    if (conflict->field == kDeletedField) {
        if (keep == u"deletion")
            return m_writer.markDeleted(*spec, conflict->row);
        if (keep == u"record" || keep == u"current")
            return m_writer.rewriteFields(*spec, conflict->row, { kDeletedField });
        return Issue::error(QStringLiteral("conflict-keep"), QStringLiteral("--keep"), keep,
            tr("For a record edited at one office and deleted at another, keep "
               "“record” or “deletion”."));
    }
    if (keep == u"current")
        return m_writer.rewriteFields(*spec, conflict->row, { conflict->field });
    bool isNumber = false;
    const int head = keep.toInt(&isNumber);
    if (!isNumber || head < 1 || head > conflict->heads.size()) {
        return Issue::error(QStringLiteral("conflict-keep"), QStringLiteral("--keep"), keep,
            tr("Keep “current” or the number of one of the %1 listed values.")
                .arg(conflict->heads.size()));
    }
    const auto row = m_writer.read(*spec, conflict->row);
    if (!row)
        return Issue::error(QStringLiteral("conflict-row"), tr("conflict"), QString::number(id),
            tr("The record of conflict %1 no longer exists.").arg(id));
    QVariantList values = *row;
    values[conflict->field - 1] = conflict->heads.at(head - 1).value;
    const Result<bool> changed = m_writer.update(*spec, conflict->row, values);
    if (!changed.ok())
        return changed;
    if (!changed.value()) // the kept value is already shown: confirm it
        return m_writer.rewriteFields(*spec, conflict->row, { conflict->field });
    return success();
}

} // namespace tansiq::sync
