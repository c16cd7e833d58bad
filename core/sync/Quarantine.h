#pragma once

#include "core/common/Result.h"
#include "core/sync/Importer.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace tansiq::sync {

class SyncContext;

// A batch held back because its clock was more than 48 hours ahead of this computer's.
struct QuarantinedBatch {
    QString id; // short and stable: the first 8 hex digits of the batch's hash
    QUuid originOffice;
    QString originName;
    quint64 firstSeq = 0;
    quint64 lastSeq = 0;
    quint64 ops = 0;
    qint64 clockMs = 0; // the batch's latest clock (the sender's date and time)
    qint64 receivedAt = 0;
    bool released = false; // released, but still waiting for an earlier batch
};

// Quarantined batches are applied automatically once this computer's clock catches up; a person
// who has checked them (the sender's clock was wrong, the changes are genuine) can release them
// now. A released batch is applied without its clock moving this office's clock forward.
class Quarantine {
public:
    explicit Quarantine(SyncContext& context);

    QList<QuarantinedBatch> list();
    // Releases the batches with these ids (all quarantined batches when `ids` is empty) and
    // applies what can be applied, in one transaction. An unknown id changes nothing.
    Result<ImportSummary> release(const QStringList& ids);

private:
    SyncContext& m_context;
};

} // namespace tansiq::sync
