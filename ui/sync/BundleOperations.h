#pragma once

#include "core/common/Result.h"
#include "core/sync/Importer.h"

#include <QString>
#include <QUuid>

namespace tansiq {
class Workspace;
}

namespace tansiq::ui {

class JobControl;

// The Sync page's bundle operations, run on a worker thread against that thread's own
// workspace (the same core calls as `tansiq-cli export-bundle` and `import-bundle`). They
// never show anything: the page turns their results into messages.
namespace bundles {

struct ExportRequest {
    QUuid recipient;
    QString path;
    QByteArray passphrase;
};

struct ExportOutcome {
    QString recipientName;
    QString path;
    qint64 batches = 0;
    qint64 operations = 0;
    qint64 bytes = 0;
};

// Unlocks the keys, builds the bundle, writes it atomically, reads it back from the stick and
// opens it completely before recording it as sent. Cancel is honoured until the file is
// written; a cancelled export changes nothing.
Result<ExportOutcome> exportBundle(
    Workspace& workspace, const ExportRequest& request, JobControl& control);

struct ImportOutcome {
    sync::ImportSummary summary;
    QString senderName;
};

// Reads the file, unlocks the keys and imports, all or nothing. Cancel abandons the import
// transaction at the importer's next step (before applying, before committing).
Result<ImportOutcome> importBundle(
    Workspace& workspace, const QString& path, const QByteArray& passphrase, JobControl& control);

// The refusal for a cancelled operation (code "cancelled": ui::wasCancelled knows it).
Issue cancelled();

} // namespace bundles
} // namespace tansiq::ui
