#include "Transaction.h"

#include "Database.h"

#include <QAtomicInteger>

namespace tansiq {

Transaction::Transaction(Database& db) : m_db(db), m_begun(success())
{
    if (db.inTransaction()) {
        static QAtomicInteger<quint64> counter;
        m_savepoint = "sp_" + QByteArray::number(counter.fetchAndAddRelaxed(1));
        m_begun = db.execScript("SAVEPOINT " + m_savepoint);
    } else {
        m_begun = db.execScript("BEGIN IMMEDIATE");
    }
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
    const Status done = m_db.execScript(m_savepoint.isEmpty() ? QByteArray("COMMIT")
                                                              : "RELEASE " + m_savepoint);
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
    if (m_savepoint.isEmpty()) {
        (void)m_db.execScript("ROLLBACK");
    } else {
        (void)m_db.execScript("ROLLBACK TO " + m_savepoint + "; RELEASE " + m_savepoint);
    }
}

}  // namespace tansiq
