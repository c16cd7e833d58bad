#pragma once

#include "core/common/Result.h"
#include "ui/sync/BundleOperations.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tansiq {
class Workspace;
}

namespace tansiq::ui {

class JobControl;

namespace bundles {

// What became of one file of a several-bundle import.
struct FileResult {
    enum class Kind {
        Imported,
        AlreadyImported, // imported before: nothing changed
        Refused, // unreadable, damaged, not for this office…: nothing changed
        NotReached, // the import was cancelled before this file
    };
    QString path;
    Kind kind = Kind::NotReached;
    ImportOutcome outcome; // Imported and AlreadyImported
    Issues refusal; // Refused: why
};

struct SessionOutcome {
    QList<FileResult> files;
    bool backedUp = false; // one safety backup, before the first bundle that changed anything
    bool cancelled = false; // stopped between bundles: the rest are NotReached
    Issues afterwards; // the op log's compaction after the last bundle failed (data is in)
};

// The files a person chose, a folder replaced by the bundles in it (*.tqb, *.tansiq, sorted by
// name); each file once, in the order chosen.
QStringList bundleFiles(const QStringList& chosen);

// Imports several bundles in one sync::ImportSession, as `tansiq-cli import-bundle FILE...`
// does (docs/decisions/0110): the keys are unlocked once; each bundle is checked whole and
// applied all or nothing in its own transaction; one safety backup before the first bundle that
// changes anything, one compaction after the last. A file that cannot be read or is refused
// changes nothing and the next one is still imported. Cancel stops before the next bundle, or
// abandons the one being applied (which then changes nothing); what was imported stays, and is
// reported. Cancelled before anything changed: the cancelled() refusal.
Result<SessionOutcome> importBundles(Workspace& workspace, const QStringList& paths,
    const QByteArray& passphrase, JobControl& control);

} // namespace bundles
} // namespace tansiq::ui
