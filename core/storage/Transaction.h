#pragma once

#include "core/common/Result.h"

#include <type_traits>

namespace tansiq {

class Database;

// All-or-nothing scope: BEGIN IMMEDIATE (or a SAVEPOINT when nested); rolled back unless
// commit() succeeds. Write code opens one through inTransaction() below, the one idiom for
// writing (docs/decisions/0107); the class itself is for the few scopes that are not a body.
class Transaction {
public:
    // What to do when the connection is already in a transaction.
    enum class Nesting {
        Savepoint, // nest a savepoint: a failure undoes this scope's writes only
        Join, // take part in the caller's: its commit or rollback decides (no savepoint)
    };

    explicit Transaction(Database& db, Nesting nesting = Nesting::Savepoint);
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

// Runs `body` (returning Status or Result<T>) in one transaction and returns its outcome. A
// failure to begin, from the body or to commit rolls back everything the body wrote and is
// returned with its issues; nothing is half-written. Nested calls make savepoints, or join the
// caller's transaction with Nesting::Join.
template<typename Body>
auto inTransaction(Database& db, Transaction::Nesting nesting, Body&& body)
    -> std::decay_t<decltype(body())>
{
    Transaction tx(db, nesting);
    if (!tx.begun().ok())
        return tx.begun();
    auto outcome = body();
    if (!outcome.ok())
        return outcome;
    if (Status committed = tx.commit(); !committed.ok())
        return committed;
    return outcome;
}

template<typename Body>
auto inTransaction(Database& db, Body&& body) -> std::decay_t<decltype(body())>
{
    return inTransaction(db, Transaction::Nesting::Savepoint, std::forward<Body>(body));
}

} // namespace tansiq
