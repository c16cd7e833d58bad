#include "app/cli/CliCommand.h"
#include "app/cli/commands/SyncCliSupport.h"
#include "core/common/Clock.h"
#include "core/registry/Registry.h"
#include "core/storage/Database.h"
#include "core/sync/SyncContext.h"

namespace tansiq::cli {

int runSyncStatus(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    if (auto stop = context.parse(parser, args,
            Cli::tr("Shows, per known office, what was last sent and "
                    "acknowledged, and what waits.")))
        return *stop;
    Workspace* workspace = context.workspace({ .createIfMissing = false, .seedGazetteer = false });
    if (!workspace)
        return Failure;
    Database& db = workspace->database();
    sync::SyncContext sync(workspace->registry(), context.clock());
    QTextStream& out = context.out();
    const auto local = sync.localReplica();
    if (!local.ok())
        return context.fail(local.issues());
    const sync::Vector have = sync.store().have(local.value());
    quint64 total = 0;
    for (quint64 seq : have)
        total += seq;
    out << Cli::tr("This office: %1 (%2 changes known)")
               .arg(sync.officeName(sync.officeId()))
               .arg(total)
        << '\n';
    // Certificates that have ended or end soon: the head office renews them (office renew).
    const qint64 now = context.clock().nowMs();
    for (const sync::OfficeEntry& office : sync.roster().offices()) {
        if (office.revoked || office.expiresAt <= 0
            || office.expiresAt - now >= sync::certs::kRenewalWarningMs)
            continue;
        out << (office.expiredAt(now)
                ? Cli::tr("CERTIFICATE EXPIRED: “%1” since %2; its bundles are refused until the "
                          "head office renews it (“tansiq-cli office renew %1”)")
                : Cli::tr("Certificate of “%1” ends on %2; the head office should renew it "
                          "(“tansiq-cli office renew %1”)"))
                   .arg(office.name, synccli::formatTime(office.expiresAt))
            << '\n';
    }
    for (const sync::OfficeEntry& office : sync.roster().offices()) {
        if (office.office == sync.officeId())
            continue;
        const sync::Vector peer = sync.store().peerHave(office.office);
        quint64 acknowledged = 0;
        quint64 missing = 0;
        for (auto it = have.cbegin(); it != have.cend(); ++it) {
            if (sync.replicas().officeOf(it.key()) == office.office)
                continue;
            acknowledged += qMin(peer.value(it.key()), it.value());
            if (it.value() > peer.value(it.key()))
                missing += it.value() - peer.value(it.key());
        }
        Statement last(db.handle(),
            "SELECT max(CASE WHEN direction = 'sent' THEN at END), "
            "max(CASE WHEN direction = 'received' THEN at END) "
            "FROM sync_bundle_log WHERE office_id = ?");
        last.bind(1, office.office);
        last.step();
        out << Cli::tr(
            "%1%2: last sent %3, last received %4; it has acknowledged %5 changes, %6 not "
            "yet acknowledged")
                   .arg(office.name, office.revoked ? Cli::tr(" (revoked)") : QString(),
                       synccli::formatTime(last.isNull(0) ? 0 : last.int64(0)),
                       synccli::formatTime(last.isNull(1) ? 0 : last.int64(1)))
                   .arg(acknowledged)
                   .arg(missing)
            << '\n';
    }
    out << Cli::tr(
        "Batches waiting for earlier bundles: %1; held back (clock ahead, see “tansiq-cli "
        "quarantine list”): %2; set aside (copied or restored database): %3")
               .arg(sync.store().backlogCount(QStringLiteral("missing")))
               .arg(sync.store().backlogCount(QStringLiteral("future-clock"))
                   + sync.store().backlogCount(QStringLiteral("released")))
               .arg(sync.store().backlogCount(QStringLiteral("equivocation")))
        << '\n';
    Statement conflicts(
        db.handle(), "SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL");
    conflicts.step();
    out << Cli::tr("Conflicts to review: %1").arg(conflicts.int64(0)) << '\n';
    Statement alerts(
        db.handle(), "SELECT at, kind, detail FROM sync_alert ORDER BY id DESC LIMIT 10");
    while (alerts.step() == Statement::Step::Row) {
        out << Cli::tr("ALERT %1 %2: %3")
                   .arg(synccli::formatTime(alerts.int64(0)), alerts.text(1), alerts.text(2))
            << '\n';
    }
    return Success;
}

} // namespace tansiq::cli
