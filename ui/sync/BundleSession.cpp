#include "ui/sync/BundleSession.h"

#include "core/registry/Registry.h"
#include "core/sync/BundleFile.h"
#include "core/sync/Roster.h"
#include "core/sync/SyncContext.h"
#include "core/sync/SyncLimits.h"
#include "core/workspace/Workspace.h"
#include "ui/common/BackgroundJob.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace tansiq::ui::bundles {

namespace {

struct Bundles {
    Q_DECLARE_TR_FUNCTIONS(tansiq::ui::bundles)
};

bool isBundleName(const QString& name)
{
    return name.endsWith(QStringLiteral(".tqb"), Qt::CaseInsensitive)
        || name.endsWith(QStringLiteral(".tansiq"), Qt::CaseInsensitive);
}

} // namespace

QStringList bundleFiles(const QStringList& chosen)
{
    QStringList files;
    QSet<QString> seen;
    const auto add = [&](const QString& path) {
        const QString canonical = QFileInfo(path).absoluteFilePath();
        if (!seen.contains(canonical)) {
            seen.insert(canonical);
            files << path;
        }
    };
    for (const QString& path : chosen) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            add(path);
            continue;
        }
        const QDir folder(path);
        for (const QFileInfo& entry :
            folder.entryInfoList(QDir::Files | QDir::Readable, QDir::Name | QDir::IgnoreCase)) {
            if (isBundleName(entry.fileName()))
                add(entry.filePath());
        }
    }
    return files;
}

Result<SessionOutcome> importBundles(Workspace& workspace, const QStringList& paths,
    const QByteArray& passphrase, JobControl& control)
{
    sync::SyncContext context(workspace.registry(), workspace.clock());
    control.step(Bundles::tr("Unlocking this office's keys…"));
    const Result<sync::OfficeKeys> keys = context.roster().unlock(passphrase);
    if (!keys.ok())
        return keys;
    if (control.cancelled())
        return cancelled();
    SessionOutcome outcome;
    sync::ImportSession session(context);
    bool stopped = false;
    session.setStepHook([&control, &stopped](const char* step) {
        if (qstrcmp(step, "applied") == 0)
            control.step(Bundles::tr("Saving…"));
        stopped = control.cancelled();
        return !stopped;
    });
    const qint64 total = paths.size();
    bool changed = false;
    for (qint64 i = 0; i < total; ++i) {
        FileResult& file = outcome.files.emplaceBack();
        file.path = paths.at(i);
        // Cancel is honoured between bundles: what came before stays imported.
        if (stopped || control.cancelled()) {
            outcome.cancelled = true;
            continue;
        }
        control.progress(i, total);
        control.step(Bundles::tr("Bundle %1 of %2: checking and applying %3…")
                         .arg(i + 1)
                         .arg(total)
                         .arg(QFileInfo(file.path).fileName()));
        const Result<QByteArray> bytes
            = sync::bundlefile::read(file.path, sync::limits::kMaxBundleBytes);
        if (!bytes.ok()) {
            file.kind = FileResult::Kind::Refused;
            file.refusal = bytes.issues();
            continue;
        }
        const Result<sync::ImportSummary> summary = session.import(bytes.value(), keys.value());
        if (stopped) {
            // Abandoned inside its transaction: this bundle changed nothing.
            outcome.cancelled = true;
            continue;
        }
        if (!summary.ok()) {
            file.kind = FileResult::Kind::Refused;
            file.refusal = summary.issues();
            continue;
        }
        file.kind = summary->alreadyImported ? FileResult::Kind::AlreadyImported
                                             : FileResult::Kind::Imported;
        file.outcome = ImportOutcome { summary.value(), context.officeName(summary->sender) };
        changed = changed || !summary->alreadyImported;
    }
    control.progress(total, total);
    outcome.backedUp = session.backedUp();
    if (changed) {
        control.step(Bundles::tr("Finishing the import…"));
        const Status compacted = session.finish();
        if (!compacted.ok())
            outcome.afterwards = compacted.issues();
    }
    if (outcome.cancelled && !changed)
        return cancelled();
    return outcome;
}

} // namespace tansiq::ui::bundles
