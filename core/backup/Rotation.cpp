#include "core/backup/Rotation.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>
#include <functional>

namespace tansiq::backup {

namespace {

// Marks the newest backup of each of the first `limit` distinct periods (newest first).
void keepNewestPer(const QList<BackupInfo>& newestFirst, int limit,
    const std::function<qint64(const QDate&)>& period, const QTimeZone& zone, QSet<int>& keep)
{
    QSet<qint64> seen;
    for (int i = 0; i < newestFirst.size() && seen.size() < limit; ++i) {
        const QDate date = QDateTime::fromMSecsSinceEpoch(newestFirst.at(i).createdAt, zone).date();
        const qint64 key = period(date);
        if (!seen.contains(key)) {
            seen.insert(key);
            keep.insert(i);
        }
    }
}

} // namespace

QList<BackupInfo> backupsToDelete(
    const QList<BackupInfo>& backups, const RotationPolicy& policy, const QTimeZone& zone)
{
    QList<BackupInfo> newestFirst = backups;
    std::stable_sort(
        newestFirst.begin(), newestFirst.end(), [](const BackupInfo& a, const BackupInfo& b) {
            return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.path > b.path;
        });
    QSet<int> keep;
    keepNewestPer(
        newestFirst, policy.daily, [](const QDate& d) { return d.toJulianDay(); }, zone, keep);
    keepNewestPer(
        newestFirst, policy.weekly,
        [](const QDate& d) {
            int year = 0;
            const int week = d.weekNumber(&year);
            return qint64(year) * 100 + week;
        },
        zone, keep);
    keepNewestPer(
        newestFirst, policy.monthly,
        [](const QDate& d) { return qint64(d.year()) * 100 + d.month(); }, zone, keep);
    int operations = 0;
    for (int i = 0; i < newestFirst.size() && operations < policy.operations; ++i) {
        if (newestFirst.at(i).reason != Reason::Daily) {
            keep.insert(i);
            ++operations;
        }
    }
    QList<BackupInfo> remove;
    for (int i = 0; i < newestFirst.size(); ++i) {
        if (!keep.contains(i))
            remove << newestFirst.at(i);
    }
    return remove;
}

} // namespace tansiq::backup
