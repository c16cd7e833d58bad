#include "core/sync/RecordNames.h"

#include "core/storage/Database.h"
#include "core/storage/Statement.h"

#include <QHash>

namespace tansiq::sync {

namespace {

// For each replicated table with a natural name: English name, Arabic name, by id.
const QHash<QString, QByteArray>& namingQueries()
{
    static const QHash<QString, QByteArray> queries {
        { QStringLiteral("organisation"),
            "SELECT acronym || ' — ' || name_en, acronym || ' — ' || name_ar "
            "FROM organisation WHERE id = ?" },
        { QStringLiteral("project"),
            "SELECT code || ' — ' || title_en, code || ' — ' || title_ar "
            "FROM project WHERE id = ?" },
        { QStringLiteral("activity"),
            "SELECT o.acronym || ' — ' || u.name_en, o.acronym || ' — ' || u.name_ar "
            "FROM activity a JOIN organisation o ON o.id = a.implementing_org_id "
            "JOIN admin_unit u ON u.pcode = a.admin_pcode WHERE a.id = ?" },
        { QStringLiteral("action_point"), "SELECT text, text FROM action_point WHERE id = ?" },
        { QStringLiteral("meeting"),
            "SELECT held_on || ' — ' || title, held_on || ' — ' || title "
            "FROM meeting WHERE id = ?" },
        { QStringLiteral("meeting_decision"),
            "SELECT text, text FROM meeting_decision WHERE id = ?" },
        { QStringLiteral("working_group"),
            "SELECT name_en, name_ar FROM working_group WHERE id = ?" },
        { QStringLiteral("partner_registration"),
            "SELECT o.acronym || ' — ' || r.registration_no, o.acronym || ' — ' || "
            "r.registration_no FROM partner_registration r "
            "JOIN organisation o ON o.id = r.org_id WHERE r.id = ?" },
        { QStringLiteral("monitoring_visit"),
            "SELECT v.visited_on || ' — ' || u.name_en, v.visited_on || ' — ' || u.name_ar "
            "FROM monitoring_visit v JOIN admin_unit u ON u.pcode = v.admin_pcode "
            "WHERE v.id = ?" },
        { QStringLiteral("need"),
            "SELECT u.name_en, u.name_ar FROM need n "
            "JOIN admin_unit u ON u.pcode = n.admin_pcode WHERE n.id = ?" },
    };
    return queries;
}

} // namespace

RecordNames recordNames(Database& db, const QString& table, const QUuid& row)
{
    const auto query = namingQueries().constFind(table);
    if (query == namingQueries().cend())
        return {};
    Statement select(db.handle(), query.value());
    select.bind(1, row);
    if (select.step() != Statement::Step::Row)
        return {};
    return { select.text(0), select.text(1) };
}

} // namespace tansiq::sync
