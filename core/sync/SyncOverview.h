#pragma once

#include <QList>
#include <QString>
#include <QUuid>

namespace tansiq {
class Database;
}

namespace tansiq::sync {

// Where one known office stands: one line of `tansiq-cli sync-status`, one row of the Sync
// page's and Office and keys' lists.
struct OfficeSyncStatus {
    QUuid office;
    QString name;
    bool headOffice = false;
    bool revoked = false;
    QString fingerprint;
    qint64 lastSentMs = 0; // 0: never
    qint64 lastReceivedMs = 0; // 0: never
    quint64 acknowledged = 0; // changes it has confirmed having
    quint64 notAcknowledged = 0; // changes it is not known to have yet
};

// An alert sync raised (a replayed bundle, a revoked sender, ...), newest first.
struct SyncAlert {
    qint64 atMs = 0;
    QString kind;
    QString detail;
};

// This installation as an office, and every other office it knows: the one reading behind
// `tansiq-cli sync-status` and the Sync page, so both always say the same. Read only: safe on
// a background connection.
struct SyncOverview {
    bool hasKeys = false; // "office init" was done
    bool enrolled = false; // it knows the head office's key (a head office always does)
    bool headOffice = false;
    // A head office whose root is its offline certification key (docs/decisions/0061); false
    // for a self-rooted one, set up before certification keys, whose everyday key is the root.
    bool certificationKey = false;
    QUuid office;
    QString name;
    QString fingerprint;
    quint64 changesKnown = 0;
    QList<OfficeSyncStatus> offices; // the others, by name
    qint64 waiting = 0; // batches waiting for earlier bundles
    qint64 heldBack = 0; // clock far ahead, or released and not yet applied (quarantine list)
    qint64 setAside = 0; // from a copied or restored database
    qint64 openConflicts = 0;
    QList<SyncAlert> alerts; // newest first, at most `alertLimit`

    static SyncOverview read(Database& db, int alertLimit = 10);
};

} // namespace tansiq::sync
