#pragma once

#include "core/backup/BackupInfo.h"

#include <QList>
#include <QTimeZone>

namespace tansiq::backup {

// Grandfather-father-son rotation (docs/decisions/0041). A backup is kept when it is the
// newest one of one of the `daily` most recent days that have a backup, of one of the `weekly`
// most recent ISO weeks, of one of the `monthly` most recent months, or one of the
// `operations` newest backups that were not daily ones (asked for, or made before an import,
// an upgrade or a restore). Days, weeks and months are counted in `zone` (the computer's).
// Counting days that have backups, not calendar days, means a laptop left off for a month
// still keeps its last week of work.
struct RotationPolicy {
    int daily = 7;
    int weekly = 4;
    int monthly = 12;
    int operations = 3;
};

// The backups to delete (a subset of `backups`, any order in, newest first out).
QList<BackupInfo> backupsToDelete(const QList<BackupInfo>& backups, const RotationPolicy& policy,
    const QTimeZone& zone = QTimeZone::systemTimeZone());

} // namespace tansiq::backup
