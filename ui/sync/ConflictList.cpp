#include "ui/sync/ConflictList.h"

#include "core/registry/Registry.h"
#include "core/storage/Database.h"
#include "core/sync/Conflicts.h"
#include "core/sync/HybridClock.h"
#include "core/sync/Op.h"
#include "core/sync/RecordNames.h"
#include "core/sync/Roster.h"
#include "core/workspace/Workspace.h"

#include <QHash>

namespace tansiq::ui {

QList<ConflictView> readConflicts(Workspace& workspace)
{
    Database& db = workspace.database();
    sync::Conflicts conflicts(db, workspace.registry().writer());
    sync::Roster roster(db);
    QHash<QUuid, QString> officeNames;
    for (const sync::OfficeEntry& entry : roster.offices())
        officeNames.insert(entry.office, entry.name);
    QList<ConflictView> views;
    for (const sync::Conflict& conflict : conflicts.list()) {
        ConflictView view;
        view.id = conflict.id;
        view.table = conflict.table;
        view.field = conflict.fieldName;
        view.editDelete = conflict.kind == u"edit-delete";
        const sync::RecordNames names = sync::recordNames(db, conflict.table, conflict.row);
        view.recordEn = names.english;
        view.recordAr = names.arabic;
        view.current = conflict.current;
        for (qsizetype i = 0; i < conflict.heads.size(); ++i) {
            const sync::Conflict::Head& head = conflict.heads.at(i);
            ConflictView::Choice choice;
            choice.value = head.value;
            choice.office
                = officeNames.value(head.office, head.office.toString(QUuid::WithoutBraces));
            choice.atMs = sync::HybridClock::millis(head.hlc);
            if (conflict.field == sync::kDeletedField)
                choice.keep
                    = head.value.toBool() ? QStringLiteral("deletion") : QStringLiteral("record");
            else
                choice.keep = QString::number(i + 1);
            view.choices << choice;
        }
        views << view;
    }
    return views;
}

} // namespace tansiq::ui
