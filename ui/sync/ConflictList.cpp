#include "ui/sync/ConflictList.h"

#include "core/registry/Registry.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "core/sync/Conflicts.h"
#include "core/sync/HybridClock.h"
#include "core/sync/Op.h"
#include "core/sync/Roster.h"
#include "core/workspace/Workspace.h"

#include <QHash>

namespace tansiq::ui {

namespace {

// Names a record in English and Arabic; empty when the table has no natural name.
QPair<QString, QString> recordNames(Database& db, const QString& table, const QUuid& row)
{
    QByteArray sql;
    if (table == u"organisation")
        sql = "SELECT acronym || ' — ' || name_en, acronym || ' — ' || name_ar FROM organisation "
              "WHERE id = ?";
    else if (table == u"project")
        sql = "SELECT code || ' — ' || title_en, code || ' — ' || title_ar FROM project WHERE id = "
              "?";
    else if (table == u"activity")
        sql = "SELECT o.acronym || ' — ' || u.name_en, o.acronym || ' — ' || u.name_ar "
              "FROM activity a JOIN organisation o ON o.id = a.implementing_org_id "
              "JOIN admin_unit u ON u.pcode = a.admin_pcode WHERE a.id = ?";
    else if (table == u"action_point") // coordination (issue 16): the text names it
        sql = "SELECT text, text FROM action_point WHERE id = ?";
    else if (table == u"meeting")
        sql = "SELECT held_on || ' — ' || title, held_on || ' — ' || title FROM meeting WHERE id = "
              "?";
    else if (table == u"meeting_decision")
        sql = "SELECT text, text FROM meeting_decision WHERE id = ?";
    else if (table == u"working_group")
        sql = "SELECT name_en, name_ar FROM working_group WHERE id = ?";
    else if (table == u"partner_registration")
        sql = "SELECT o.acronym || ' — ' || r.registration_no, o.acronym || ' — ' || "
              "r.registration_no "
              "FROM partner_registration r JOIN organisation o ON o.id = r.org_id WHERE r.id = ?";
    else if (table == u"monitoring_visit")
        sql = "SELECT v.visited_on || ' — ' || u.name_en, v.visited_on || ' — ' || u.name_ar "
              "FROM monitoring_visit v JOIN admin_unit u ON u.pcode = v.admin_pcode WHERE v.id = ?";
    else if (table == u"need")
        sql = "SELECT u.name_en, u.name_ar FROM need n JOIN admin_unit u ON u.pcode = "
              "n.admin_pcode "
              "WHERE n.id = ?";
    else
        return {};
    Statement select(db.handle(), sql);
    select.bind(1, row);
    if (select.step() != Statement::Step::Row)
        return {};
    return { select.text(0), select.text(1) };
}

} // namespace

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
        const auto names = recordNames(db, conflict.table, conflict.row);
        view.recordEn = names.first;
        view.recordAr = names.second;
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
