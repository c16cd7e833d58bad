#include "core/registry/References.h"

#include "core/storage/Database.h"

#include <QHash>
#include <QSet>

namespace tansiq {

struct References::Found {
    QHash<QString, int> adminLevels;
    QSet<QUuid> organisations;
    QSet<QUuid> sectors;
    QHash<QUuid, QUuid> activityTypeSectors;
    QSet<QUuid> projects;
};

namespace {
bool live(Statement& statement, const QUuid& id)
{
    statement.bind(1, id);
    const bool found = statement.step() == Statement::Step::Row;
    statement.reset();
    return found;
}

// Looks `id` up in `seen` first when remembering, and remembers it when found.
template<typename Lookup> bool liveRemembered(QSet<QUuid>* seen, const QUuid& id, Lookup lookup)
{
    if (seen && seen->contains(id))
        return true;
    const bool found = lookup();
    if (seen && found)
        seen->insert(id);
    return found;
}
} // namespace

References::References(Database& db) : m_db(db)
{
}

References::~References() = default;

References::Remembering::Remembering(const References& references) : m_references(references)
{
    Q_ASSERT(!m_references.m_found);
    m_references.m_found = std::make_unique<Found>();
}

References::Remembering::~Remembering()
{
    m_references.m_found.reset();
}

std::optional<int> References::adminLevel(const QString& pcode) const
{
    if (m_found) {
        const auto it = m_found->adminLevels.constFind(pcode);
        if (it != m_found->adminLevels.cend())
            return it.value();
    }
    Statement& statement = m_db.cached("SELECT level FROM admin_unit WHERE pcode = ?");
    statement.bind(1, pcode);
    std::optional<int> level;
    if (statement.step() == Statement::Step::Row)
        level = int(statement.int64(0));
    statement.reset();
    if (m_found && level)
        m_found->adminLevels.insert(pcode, *level);
    return level;
}

bool References::organisationExists(const QUuid& id) const
{
    return liveRemembered(m_found ? &m_found->organisations : nullptr, id, [&] {
        return live(m_db.cached("SELECT 1 FROM organisation WHERE id = ? AND deleted = 0"), id);
    });
}

bool References::sectorExists(const QUuid& id) const
{
    return liveRemembered(m_found ? &m_found->sectors : nullptr, id,
        [&] { return live(m_db.cached("SELECT 1 FROM sector WHERE id = ? AND deleted = 0"), id); });
}

std::optional<QUuid> References::sectorOfActivityType(const QUuid& id) const
{
    if (m_found) {
        const auto it = m_found->activityTypeSectors.constFind(id);
        if (it != m_found->activityTypeSectors.cend())
            return it.value();
    }
    Statement& statement
        = m_db.cached("SELECT sector_id FROM activity_type WHERE id = ? AND deleted = 0");
    statement.bind(1, id);
    std::optional<QUuid> sector;
    if (statement.step() == Statement::Step::Row)
        sector = statement.uuid(0);
    statement.reset();
    if (m_found && sector)
        m_found->activityTypeSectors.insert(id, *sector);
    return sector;
}

bool References::projectExists(const QUuid& id) const
{
    return liveRemembered(m_found ? &m_found->projects : nullptr, id, [&] {
        return live(m_db.cached("SELECT 1 FROM project WHERE id = ? AND deleted = 0"), id);
    });
}

} // namespace tansiq
