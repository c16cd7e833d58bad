#include "BundleOperations.h"

#include "SyncJobRunner.h"
#include "registry/Registry.h"
#include "sync/Batch.h"
#include "sync/Envelope.h"
#include "sync/Exporter.h"
#include "sync/Manifest.h"
#include "sync/Roster.h"
#include "sync/SyncContext.h"
#include "sync/SyncErrors.h"
#include "sync/SyncLimits.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace tansiq::ui::bundles {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tansiq::ui::bundles", text);
}

Status writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush()
        || !file.commit()) {
        return sync::errors::fileError(path, file.errorString());
    }
    return success();
}

Result<QByteArray> readFile(const QString& path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return sync::errors::fileError(path, file.errorString());
    if (file.size() > maxBytes)
        return sync::errors::fileError(path, tr("the file is too large to be a bundle"));
    return file.readAll();
}

// The file on the stick is exactly what was built, and opens, verifies and parses completely.
bool readsBack(const QString& path, const QByteArray& expected, const sync::OfficeKeys& keys)
{
    const Result<QByteArray> written = readFile(path, sync::limits::kMaxBundleBytes);
    if (!written.ok() || written.value() != expected)
        return false;
    const auto plain = sync::envelope::open(written.value(), keys, nullptr);
    if (!plain.ok())
        return false;
    const auto content = sync::manifest::parse(plain.value());
    if (!content.ok() || !sync::manifest::verify(content.value(), keys.signPublic))
        return false;
    for (const QByteArray& batch : content->batches) {
        if (!sync::batch::parse(batch).ok())
            return false;
    }
    return true;
}

}  // namespace

Issue cancelled()
{
    return Issue::error(QStringLiteral("cancelled"), QString(), QString(),
                        tr("Cancelled: nothing was changed."));
}

bool wasCancelled(const Issues& issues)
{
    return !issues.isEmpty() && issues.first().code == u"cancelled";
}

Result<ExportOutcome> exportBundle(Workspace& workspace, const ExportRequest& request,
                                   JobControl& control)
{
    sync::SyncContext context(workspace.registry(), workspace.clock());
    const std::optional<sync::OfficeEntry> recipient = context.roster().office(request.recipient);
    if (!recipient) {
        return Issue::error(QStringLiteral("unknown-office"), tr("office"),
                            request.recipient.toString(QUuid::WithoutBraces),
                            tr("This office is not in the roster."));
    }
    control.step(tr("Unlocking this office's keys…"));
    const Result<sync::OfficeKeys> keys = context.roster().unlock(request.passphrase);
    if (!keys.ok())
        return Result<ExportOutcome>::failure(keys.issues());
    if (control.cancelled())
        return cancelled();
    control.step(tr("Collecting the changes “%1” does not have…").arg(recipient->name));
    sync::Exporter exporter(context);
    const Result<sync::ExportedBundle> bundle = exporter.build(recipient->office, keys.value());
    if (!bundle.ok())
        return Result<ExportOutcome>::failure(bundle.issues());
    if (control.cancelled())
        return cancelled();
    control.step(tr("Writing the bundle to %1…").arg(request.path));
    const Status written = writeFile(request.path, bundle->bytes);
    if (!written.ok())
        return Result<ExportOutcome>::failure(written.issues());
    control.step(tr("Reading the bundle back to check it…"));
    if (!readsBack(request.path, bundle->bytes, keys.value())) {
        return Issue::error(QStringLiteral("read-back"), tr("file"), request.path,
                            tr("The bundle written to “%1” does not read back correctly (a faulty "
                               "or full stick?). Export again to another stick.")
                                .arg(request.path));
    }
    const Status logged = exporter.recordSent(bundle.value());
    if (!logged.ok())
        return Result<ExportOutcome>::failure(logged.issues());
    return ExportOutcome{recipient->name, request.path, bundle->batches, bundle->ops,
                         bundle->bytes.size()};
}

Result<ImportOutcome> importBundle(Workspace& workspace, const QString& path,
                                   const QByteArray& passphrase, JobControl& control)
{
    control.step(tr("Reading %1…").arg(path));
    const Result<QByteArray> bytes = readFile(path, sync::limits::kMaxBundleBytes);
    if (!bytes.ok())
        return Result<ImportOutcome>::failure(bytes.issues());
    sync::SyncContext context(workspace.registry(), workspace.clock());
    control.step(tr("Unlocking this office's keys…"));
    const Result<sync::OfficeKeys> keys = context.roster().unlock(passphrase);
    if (!keys.ok())
        return Result<ImportOutcome>::failure(keys.issues());
    if (control.cancelled())
        return cancelled();
    control.step(tr("Checking and applying the changes…"));
    sync::Importer importer(context);
    bool stopped = false;
    importer.setStepHook([&control, &stopped](const char* step) {
        if (qstrcmp(step, "applied") == 0)
            control.step(tr("Saving…"));
        stopped = control.cancelled();
        return !stopped;
    });
    const Result<sync::ImportSummary> summary = importer.run(bytes.value(), keys.value());
    if (stopped)
        return cancelled();
    if (!summary.ok())
        return Result<ImportOutcome>::failure(summary.issues());
    return ImportOutcome{summary.value(), context.officeName(summary->sender)};
}

}  // namespace tansiq::ui::bundles
