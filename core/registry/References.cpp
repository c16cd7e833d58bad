#include "core/registry/References.h"

#include "core/storage/Database.h"

namespace tansiq {

namespace {
bool live(Statement& statement, const QUuid& id)
{
    statement.bind(1, id);
    const bool found = statement.step() == Statement::Step::Row;
    statement.reset();
    return found;
}
} // namespace

std::optional<int> References::adminLevel(const QString& pcode) const
{
    Statement& statement = m_db.cached("SELECT level FROM admin_unit WHERE pcode = ?");
    statement.bind(1, pcode);
    std::optional<int> level;
    if (statement.step() == Statement::Step::Row)
        level = int(statement.int64(0));
    statement.reset();
    return level;
}

bool References::organisationExists(const QUuid& id) const
{
    return live(m_db.cached("SELECT 1 FROM organisation WHERE id = ? AND deleted = 0"), id);
}

bool References::sectorExists(const QUuid& id) const
{
    return live(m_db.cached("SELECT 1 FROM sector WHERE id = ? AND deleted = 0"), id);
}

std::optional<QUuid> References::sectorOfActivityType(const QUuid& id) const
{
    Statement& statement
        = m_db.cached("SELECT sector_id FROM activity_type WHERE id = ? AND deleted = 0");
    statement.bind(1, id);
    std::optional<QUuid> sector;
    if (statement.step() == Statement::Step::Row)
        sector = statement.uuid(0);
    statement.reset();
    return sector;
}

bool References::projectExists(const QUuid& id) const
{
    return live(m_db.cached("SELECT 1 FROM project WHERE id = ? AND deleted = 0"), id);
}

} // namespace tansiq
