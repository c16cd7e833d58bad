#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>
#include <QUuid>

#include <functional>

namespace tansiq::sync {

class SyncContext;
struct OfficeKeys;

struct ImportSummary {
    bool alreadyImported = false;
    QUuid sender;
    qint64 applied = 0; // operations applied
    qint64 alreadyHad = 0; // operations this office already had
    qint64 conflicts = 0; // concurrent edits recorded for review
    qint64 waiting = 0; // batches waiting for a missing predecessor
    qint64 quarantined = 0; // batches held back: clock far in the future
    qint64 equivocations = 0;
    qint64 unknownOps = 0; // for tables this version does not know
    qint64 revokedBatches = 0; // refused: their origin office is revoked (new or waiting)
    qint64 released = 0; // quarantined batches a person released, now applied
    qint64 refusedBatches = 0; // refused alone: forged, damaged, or another office's replica
    qint64 refusedAgain = 0; // of those, refused and alerted before (no new alert, no warning)
    QStringList warnings;
};

// Imports one bundle, all or nothing (one BEGIN IMMEDIATE transaction): checks the envelope,
// the sender, every batch's origin signature, then applies batches in causal order, keeps
// those whose predecessors are missing in a backlog, and records the sender's acknowledgement.
class Importer {
public:
    explicit Importer(SyncContext& context);

    Result<ImportSummary> run(const QByteArray& file, const OfficeKeys& keys);

    // Test hook, called at named steps ("verified", "applied") inside the transaction;
    // returning false abandons the import there, as a crash would.
    void setStepHook(std::function<bool(const char*)> hook) { m_hook = std::move(hook); }

    // For ImportSession (docs/decisions/0110): what keeps a copy of the database before this
    // bundle changes it (by default the database's own safety backup), and whether the op log
    // is compacted inside this bundle's transaction (by default it is).
    void setSafetyBackup(std::function<Status()> backup) { m_safetyBackup = std::move(backup); }
    void setCompaction(bool inTransaction) { m_compact = inTransaction; }

private:
    SyncContext& m_context;
    std::function<bool(const char*)> m_hook;
    std::function<Status()> m_safetyBackup;
    bool m_compact = true;
};

// Several bundles imported one after the other, as a head office does with one bundle from
// each field office (docs/decisions/0110). Each bundle is imported exactly as Importer::run
// does: checked whole, all or nothing in its own transaction, safe to repeat; a refused or
// damaged one changes nothing and the others still land. What is shared: one safety backup,
// taken before the first bundle that changes anything, and one compaction of the op log, by
// finish() after the last.
class ImportSession {
public:
    explicit ImportSession(SyncContext& context);

    Result<ImportSummary> import(const QByteArray& file, const OfficeKeys& keys);
    // Compacts the op log once if any bundle changed something (its own transaction).
    Status finish();

    void setStepHook(std::function<bool(const char*)> hook) { m_hook = std::move(hook); }
    bool backedUp() const { return m_backedUp; }

private:
    SyncContext& m_context;
    std::function<bool(const char*)> m_hook;
    bool m_backedUp = false;
    bool m_changed = false;
};

} // namespace tansiq::sync
