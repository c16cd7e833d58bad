#include "core/storage/Transaction.h"

#include "core/storage/Database.h"

namespace tansiq {

// Statements are prepared once per connection. Nested scopes all use the savepoint name
// "nested": SQLite releases or rolls back the innermost savepoint of that name.
Transaction::Transaction(Database& db, Nesting nesting) : m_db(db), m_begun(success())
{
    m_nested = db.inTransaction();
    if (m_nested && nesting == Nesting::Join)
        return; // nothing of its own to commit or roll back: the caller's transaction decides
    m_begun = (m_nested ? db.cached("SAVEPOINT nested") : db.cached("BEGIN IMMEDIATE")).run();
    m_open = m_begun.ok();
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_open)
        return m_begun.ok() ? success() : m_begun;
    const Status done = (m_nested ? m_db.cached("RELEASE nested") : m_db.cached("COMMIT")).run();
    if (!done.ok()) {
        rollback();
        return done;
    }
    m_open = false;
    return done;
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    if (m_nested) {
        (void)m_db.cached("ROLLBACK TO nested").run();
        (void)m_db.cached("RELEASE nested").run();
    } else {
        (void)m_db.cached("ROLLBACK").run();
    }
}

} // namespace tansiq
