#pragma once

#include "core/common/Result.h"

#include <QString>

#include <optional>

namespace tansiq {
class Database;
}

namespace tansiq::sync::trustedtime {

// How far ahead of this computer's clock a head-office bundle may be dated and still move the
// trusted time on its own. Further ahead, the date is held until a person confirms it.
constexpr qint64 kMaxAheadMs = qint64(3) * 24 * 3600 * 1000;

// The time certificates are judged at: this computer's clock, never earlier than the latest
// head-office bundle date accepted (a clock set back cannot revive an expired certificate).
qint64 now(Database& db, qint64 clockNow);

struct Observed {
    bool held = false; // dated too far ahead: kept aside, trusted time unchanged
    qint64 behindMs = 0; // how far this computer's clock is behind the head office's
};
// A head-office bundle dated `createdAt` was imported at `clockNow` (inside the import's
// transaction): moves the trusted time, or holds the date for a person to confirm.
Result<Observed> observeHeadOffice(Database& db, qint64 createdAt, qint64 clockNow);

// The date held back, if any.
std::optional<qint64> held(Database& db);
// A person confirmed the held date (the head office's clock was right): it becomes the trusted
// time. Fails when nothing is held.
Status confirmHeld(Database& db);

} // namespace tansiq::sync::trustedtime
