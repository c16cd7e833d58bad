#pragma once

#include "core/common/Issue.h"

// Refusals in words a coordinator understands. Codes are stable (tests and scripts use them).
namespace tansiq::sync::errors {

Issue notABundle(const QString& file);
Issue needsNewer(const QString& what);
Issue notForThisOffice();
Issue damaged(const QString& detail);
Issue unknownSender(const QString& who);
Issue revokedSender(const QString& who);
// Signed with a key of `who` that the head office's certification key retired.
Issue retiredKey(const QString& who);
// The signer's certificate ended on `expiredOn` (an ISO date).
Issue expiredSender(const QString& who, const QString& expiredOn);
Issue restoredDatabase();
Issue fileError(const QString& file, const QString& detail);

// Writing a bundle (export): each names the file and what is wrong with where it goes.
Issue folderMissing(const QString& file, const QString& folder);
Issue mediumReadOnly(const QString& file, const QString& folder);
Issue noPermission(const QString& file, const QString& folder);
// `needed`/`available` in bytes, or -1 when the system only said "no space left".
Issue diskFull(const QString& file, qint64 needed, qint64 available);
Issue writeFailed(const QString& file, const QString& detail);

} // namespace tansiq::sync::errors
