#pragma once

#include "common/Result.h"

namespace tansiq {

class Database;

// All-or-nothing scope: BEGIN IMMEDIATE (or a SAVEPOINT when nested); rolled back unless
// commit() succeeds.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // False when the transaction could not even begin (e.g. the database is locked).
    Status begun() const { return m_begun; }
    Status commit();
    void rollback();

private:
    Database& m_db;
    bool m_nested = false;
    Status m_begun;
    bool m_open = false;
};

}  // namespace tansiq
