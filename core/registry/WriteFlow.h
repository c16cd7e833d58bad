#pragma once

#include "core/common/Result.h"
#include "core/storage/Transaction.h"

#include <QUuid>

#include <type_traits>

namespace tansiq {

class Database;

// The shape every validated write takes: refuse on errors, otherwise run `body` in one
// transaction and return the warnings with the outcome. Nothing is half-written. `nesting`
// says what to do inside a caller's transaction (a savepoint unless the caller's is all or
// nothing: Transaction::Nesting).
template<typename Body>
Status writeValidated(Database& db, Transaction::Nesting nesting, const Issues& issues, Body&& body)
{
    static_assert(std::is_same_v<std::decay_t<decltype(body())>, Status>,
        "the body of a validated write returns a Status");
    if (hasErrors(issues))
        return Status::failure(issues);
    const Status written = inTransaction(db, nesting, std::forward<Body>(body));
    return written.ok() ? success(issues) : written;
}

template<typename Body> Status writeValidated(Database& db, const Issues& issues, Body&& body)
{
    return writeValidated(db, Transaction::Nesting::Savepoint, issues, std::forward<Body>(body));
}

inline Result<QUuid> withId(const Status& status, const QUuid& id)
{
    if (!status.ok())
        return status;
    return Result<QUuid>(id, status.issues());
}

} // namespace tansiq
