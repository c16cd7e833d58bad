#pragma once

#include "common/Issue.h"

// Refusals in words a coordinator understands. Codes are stable (tests and scripts use them).
namespace tansiq::sync::errors {

Issue notABundle(const QString& file);
Issue needsNewer(const QString& what);
Issue notForThisOffice();
Issue damaged(const QString& detail);
Issue unknownSender(const QString& who);
Issue revokedSender(const QString& who);
Issue restoredDatabase();
Issue fileError(const QString& file, const QString& detail);

}  // namespace tansiq::sync::errors
