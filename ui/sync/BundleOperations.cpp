#include "ui/sync/BundleOperations.h"

#include "core/registry/Registry.h"
#include "core/sync/BundleFile.h"
#include "core/sync/Exporter.h"
#include "core/sync/Roster.h"
#include "core/sync/SyncContext.h"
#include "core/sync/SyncErrors.h"
#include "core/sync/SyncLimits.h"
#include "core/workspace/Workspace.h"
#include "ui/common/BackgroundJob.h"

#include <QCoreApplication>

namespace tansiq::ui::bundles {

namespace {

struct Bundles {
    Q_DECLARE_TR_FUNCTIONS(tansiq::ui::bundles)
};

} // namespace

Issue cancelled()
{
    return Issue::error(QStringLiteral("cancelled"), QString(), QString(),
        Bundles::tr("Cancelled: nothing was changed."));
}

Result<ExportOutcome> exportBundle(
    Workspace& workspace, const ExportRequest& request, JobControl& control)
{
    sync::SyncContext context(workspace.registry(), workspace.clock());
    const std::optional<sync::OfficeEntry> recipient = context.roster().office(request.recipient);
    if (!recipient) {
        return Issue::error(QStringLiteral("unknown-office"), Bundles::tr("office"),
            request.recipient.toString(QUuid::WithoutBraces),
            Bundles::tr("This office is not in the roster."));
    }
    control.step(Bundles::tr("Unlocking this office's keys…"));
    const Result<sync::OfficeKeys> keys = context.roster().unlock(request.passphrase);
    if (!keys.ok())
        return keys;
    if (control.cancelled())
        return cancelled();
    control.step(Bundles::tr("Collecting the changes “%1” does not have…").arg(recipient->name));
    sync::Exporter exporter(context);
    const Result<sync::ExportedBundle> bundle = exporter.build(recipient->office, keys.value());
    if (!bundle.ok())
        return bundle;
    if (control.cancelled())
        return cancelled();
    control.step(Bundles::tr("Writing the bundle to %1…").arg(request.path));
    // The same checks as export-bundle: written atomically (a full, read-only or removed stick
    // is named and leaves no file), then read back and verified before it counts as sent.
    const Status written = sync::bundlefile::write(request.path, bundle->bytes);
    if (!written.ok())
        return written;
    control.step(Bundles::tr("Reading the bundle back to check it…"));
    const Status verified
        = sync::bundlefile::verifyWritten(request.path, bundle->bytes, keys.value());
    if (!verified.ok())
        return verified;
    const Status logged = exporter.recordSent(bundle.value());
    if (!logged.ok())
        return logged;
    return ExportOutcome { recipient->name, request.path, bundle->batches, bundle->ops,
        bundle->bytes.size() };
}

Result<ImportOutcome> importBundle(
    Workspace& workspace, const QString& path, const QByteArray& passphrase, JobControl& control)
{
    control.step(Bundles::tr("Reading %1…").arg(path));
    const Result<QByteArray> bytes = sync::bundlefile::read(path, sync::limits::kMaxBundleBytes);
    if (!bytes.ok())
        return bytes;
    sync::SyncContext context(workspace.registry(), workspace.clock());
    control.step(Bundles::tr("Unlocking this office's keys…"));
    const Result<sync::OfficeKeys> keys = context.roster().unlock(passphrase);
    if (!keys.ok())
        return keys;
    if (control.cancelled())
        return cancelled();
    control.step(Bundles::tr("Checking and applying the changes…"));
    sync::Importer importer(context);
    bool stopped = false;
    importer.setStepHook([&control, &stopped](const char* step) {
        if (qstrcmp(step, "applied") == 0)
            control.step(Bundles::tr("Saving…"));
        stopped = control.cancelled();
        return !stopped;
    });
    const Result<sync::ImportSummary> summary = importer.run(bytes.value(), keys.value());
    if (stopped)
        return cancelled();
    if (!summary.ok())
        return summary;
    return ImportOutcome { summary.value(), context.officeName(summary->sender) };
}

} // namespace tansiq::ui::bundles
