#include "core/sync/SyncOverview.h"

#include "core/office/LocalOffice.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "core/sync/Enrolment.h"
#include "core/sync/ReplicaDirectory.h"
#include "core/sync/Roster.h"
#include "core/sync/SyncStore.h"

#include <algorithm>

namespace tansiq::sync {

namespace {

void readOwnKey(Database& db, SyncOverview& overview)
{
    Statement own(db.handle(), "SELECT sign_pk, box_pk FROM sync_own_key");
    if (own.step() != Statement::Step::Row)
        return;
    overview.hasKeys = true;
    overview.fingerprint = crypto::fingerprint(own.blob(0), own.blob(1));
}

void readLastExchanges(Database& db, OfficeSyncStatus& status)
{
    Statement last(db.handle(),
        "SELECT max(CASE WHEN direction = 'sent' THEN at END), "
        "max(CASE WHEN direction = 'received' THEN at END) "
        "FROM sync_bundle_log WHERE office_id = ?");
    last.bind(1, status.office);
    if (last.step() != Statement::Step::Row)
        return;
    status.lastSentMs = last.isNull(0) ? 0 : last.int64(0);
    status.lastReceivedMs = last.isNull(1) ? 0 : last.int64(1);
}

void readCounts(Database& db, SyncOverview& overview, int alertLimit)
{
    SyncStore store(db);
    overview.waiting = store.backlogCount(QStringLiteral("missing"));
    overview.heldBack = store.backlogCount(QStringLiteral("future-clock"))
        + store.backlogCount(QStringLiteral("released"));
    overview.setAside = store.backlogCount(QStringLiteral("equivocation"));
    Statement conflicts(
        db.handle(), "SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL");
    if (conflicts.step() == Statement::Step::Row)
        overview.openConflicts = conflicts.int64(0);
    Statement alerts(
        db.handle(), "SELECT at, kind, detail FROM sync_alert ORDER BY id DESC LIMIT ?");
    alerts.bind(1, qint64(alertLimit));
    while (alerts.step() == Statement::Step::Row)
        overview.alerts << SyncAlert { alerts.int64(0), alerts.text(1), alerts.text(2) };
}

} // namespace

SyncOverview SyncOverview::read(Database& db, int alertLimit)
{
    SyncOverview overview;
    overview.office = QUuid(LocalOffice::setting(db, QStringLiteral("office_id")));
    overview.name = LocalOffice::setting(db, QStringLiteral("office_name"));
    readOwnKey(db, overview);
    Roster roster(db);
    const QUuid headId = roster.headOfficeId();
    overview.enrolled = !roster.rootPublic().isEmpty();
    overview.headOffice = overview.hasKeys && !headId.isNull() && headId == overview.office;
    // Field offices confirm the network's root (the certification key, docs/decisions/0061).
    if (overview.headOffice) {
        overview.fingerprint = enrolment::rootFingerprint(db);
        const std::optional<OfficeEntry> self = roster.office(headId);
        overview.certificationKey = self && self->signPublic != roster.rootPublic();
    }

    SyncStore store(db);
    ReplicaDirectory replicas(db);
    const Vector have = store.have(0);
    for (quint64 seq : have)
        overview.changesKnown += seq;
    for (const OfficeEntry& entry : roster.offices()) {
        if (entry.office == overview.office)
            continue;
        OfficeSyncStatus status;
        status.office = entry.office;
        status.name = entry.name;
        status.headOffice = entry.office == headId;
        status.revoked = entry.revoked;
        status.fingerprint = entry.fingerprint();
        const Vector peer = store.peerHave(entry.office);
        for (auto it = have.cbegin(); it != have.cend(); ++it) {
            if (replicas.officeOf(it.key()) == entry.office)
                continue; // its own changes: it has them by definition
            status.acknowledged += qMin(peer.value(it.key()), it.value());
            if (it.value() > peer.value(it.key()))
                status.notAcknowledged += it.value() - peer.value(it.key());
        }
        readLastExchanges(db, status);
        overview.offices << status;
    }
    std::sort(overview.offices.begin(), overview.offices.end(),
        [](const OfficeSyncStatus& a, const OfficeSyncStatus& b) {
            if (a.headOffice != b.headOffice)
                return a.headOffice;
            return a.name.localeAwareCompare(b.name) < 0;
        });
    readCounts(db, overview, alertLimit);
    return overview;
}

} // namespace tansiq::sync
