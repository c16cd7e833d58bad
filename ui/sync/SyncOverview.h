#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace tansiq {
class Database;
}

namespace tansiq::ui {

// Where one known office stands (what `tansiq-cli sync-status` prints).
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

// This installation as an office, and every other office it knows. Read only: safe on a
// background connection.
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
    qint64 heldBack = 0; // clock far ahead
    qint64 setAside = 0; // from a copied or restored database
    qint64 openConflicts = 0;
    QStringList alerts; // newest first, at most 5

    static SyncOverview read(Database& db);
};

} // namespace tansiq::ui
