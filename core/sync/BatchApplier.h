#pragma once

#include "core/common/Result.h"
#include "core/sync/Batch.h"
#include "core/sync/Roster.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <optional>

namespace tansiq::sync {

class SyncContext;
struct ImportSummary;

// A verified batch on its way in: from the bundle being imported, or from the backlog.
struct PendingBatch {
    Batch batch;
    QByteArray bytes;
    bool fromBacklog = false;
    bool released = false; // a person released it from quarantine: its clock is not checked
    bool done = false;
    // Its operations, when already decoded on arrival (docs/decisions/0116); else decoded when
    // applied.
    std::optional<QList<Op>> ops;
};

// Applies verified batches in causal order inside the caller's transaction; shared by the
// Importer (a bundle) and Quarantine (a release). Batches waiting in the backlog join first,
// except those whose origin office has been revoked since they arrived: they are dropped and
// reported. What cannot be applied yet goes to the backlog; clocks far ahead are quarantined.
// Afterwards the local clock and causal context include what was applied.
class BatchApplier {
public:
    BatchApplier(SyncContext& context, quint32 localReplica, qint64 now);

    Status run(QList<PendingBatch>& pending, ImportSummary& summary);

private:
    Status loadBacklog(QList<PendingBatch>& pending, ImportSummary& summary);
    Status settleAlreadyHad(PendingBatch& p, quint32 origin, ImportSummary& summary);
    bool revokedReplica(quint32 replica);
    // How far a dependency on `replica` up to `seq` can be filled (a retired key's cut).
    quint64 fillableUpTo(const QByteArray& replica, quint64 seq);
    Status dropDamaged(PendingBatch& p, quint32 origin);

    SyncContext& m_context;
    quint32 m_local;
    qint64 m_now;
    QHash<quint32, bool> m_revoked; // per replica index: is its office revoked?
    std::optional<QList<RetiredKey>> m_retired; // read once per import
};

} // namespace tansiq::sync
