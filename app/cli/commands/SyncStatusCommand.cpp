#include "app/cli/CliCommand.h"
#include "app/cli/commands/SyncCliSupport.h"
#include "core/common/Clock.h"
#include "core/registry/Registry.h"
#include "core/sync/SyncContext.h"
#include "core/sync/SyncOverview.h"

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
    sync::SyncContext sync(workspace->registry(), context.clock());
    QTextStream& out = context.out();
    const auto local = sync.localReplica();
    if (!local.ok())
        return context.fail(local.issues());
    // The same reading as the Sync page (core/sync/SyncOverview), so both say the same.
    const sync::SyncOverview overview = sync::SyncOverview::read(workspace->database());
    out << Cli::tr("This office: %1 (%2 changes known)")
               .arg(sync.officeName(sync.officeId()))
               .arg(overview.changesKnown)
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
    for (const sync::OfficeSyncStatus& office : overview.offices) {
        out << Cli::tr(
            "%1%2: last sent %3, last received %4; it has acknowledged %5 changes, %6 not "
            "yet acknowledged")
                   .arg(office.name, office.revoked ? Cli::tr(" (revoked)") : QString(),
                       synccli::formatTime(office.lastSentMs),
                       synccli::formatTime(office.lastReceivedMs))
                   .arg(office.acknowledged)
                   .arg(office.notAcknowledged)
            << '\n';
    }
    out << Cli::tr(
        "Batches waiting for earlier bundles: %1; held back (clock ahead, see “tansiq-cli "
        "quarantine list”): %2; set aside (copied or restored database): %3")
               .arg(overview.waiting)
               .arg(overview.heldBack)
               .arg(overview.setAside)
        << '\n';
    out << Cli::tr("Conflicts to review: %1").arg(overview.openConflicts) << '\n';
    for (const sync::SyncAlert& alert : overview.alerts) {
        out << Cli::tr("ALERT %1 %2: %3")
                   .arg(synccli::formatTime(alert.atMs), alert.kind, alert.detail)
            << '\n';
    }
    return Success;
}

} // namespace tansiq::cli
