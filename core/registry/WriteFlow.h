#pragma once

#include "common/Result.h"
#include "storage/Transaction.h"

#include <QUuid>

namespace tansiq {

class Database;

// The shape every validated write takes: refuse on errors, otherwise run `body` in one
// transaction and return the warnings with the outcome. Nothing is half-written.
template <typename Body>
Status writeValidated(Database& db, const Issues& issues, Body&& body)
{
    if (hasErrors(issues))
        return Status::failure(issues);
    Transaction tx(db);
    if (!tx.begun().ok())
        return tx.begun();
    const Status written = body();
    if (!written.ok())
        return written;
    const Status committed = tx.commit();
    if (!committed.ok())
        return committed;
    return success(issues);
}

inline Result<QUuid> withId(const Status& status, const QUuid& id)
{
    if (!status.ok())
        return Result<QUuid>::failure(status.issues());
    return Result<QUuid>(id, status.issues());
}

}  // namespace tansiq
