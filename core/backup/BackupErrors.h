#pragma once

#include "core/backup/BackupInfo.h"
#include "core/common/Issue.h"

#include <QCoreApplication>

namespace tansiq::backup {

// The messages of the backup errors, in the tansiq::backup::errors translation context.
struct BackupErrors {
    Q_DECLARE_TR_FUNCTIONS(tansiq::backup::errors)
};

} // namespace tansiq::backup

namespace tansiq::backup::errors {

// The folder named in every message is where the user has to act (free space, plug a stick).
Issue diskFull(const QString& folder, qint64 needed, qint64 available);
Issue folderUnwritable(const QString& folder, const QString& why);
Issue writeFailed(const QString& folder, const QString& why);
Issue readBackFailed(const QString& file, const QString& why);
Issue notABackup(const QString& file);
Issue damaged(const QString& file, const QString& detail);
Issue tooNew(const QString& file, int version, int latest);
Issue wrongPassphrase(const QString& file);
Issue cannotRead(const QString& file, const QString& why);
// Wraps the failure of the copy made before an operation: the operation does not start.
Issue safetyBackupFailed(Reason reason, const QString& why);
Issue replaceFailed(const QString& database, const QString& why);

} // namespace tansiq::backup::errors
