// A year of daily backups (and some before imports) keeps exactly the newest backup of each of
// the last 7 days, 4 weeks and 12 months, plus the 3 newest made before an operation.

#include "core/backup/BackupStore.h"
#include "tests/support/TestWorkspace.h"

#include <QDateTime>
#include <QDir>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace tansiq::test {
namespace {

constexpr qint64 kDay = 24 * 3600 * 1000;

QDate localDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).date();
}

TEST(BackupRotation, AYearOfDailyBackupsKeepsSevenDaysFourWeeksTwelveMonths)
{
    Workspace::Options options;
    options.seedGazetteer = false;
    TestWorkspace workspace(options);
    QTemporaryDir root;
    backup::BackupStore store(root.path(), workspace.clock());
    const QString path = workspace.path();

    // Noon local time on 2026-01-01, then every day for a year.
    const qint64 start = QDateTime(QDate(2026, 1, 1), QTime(12, 0)).toMSecsSinceEpoch();
    QList<qint64> operations;
    QMap<QDate, qint64> newestOfDay; // every backup made, the newest per day
    int made = 0;
    for (int day = 0; day < 365; ++day) {
        workspace.clock().set(start + day * kDay);
        auto daily = store.backUpIfDue(path);
        ASSERT_TRUE(daily.ok()) << daily.errorText().toStdString();
        ASSERT_TRUE(daily.value().has_value()) << "day " << day;
        newestOfDay[localDate(daily.value()->createdAt)] = daily.value()->createdAt;
        ++made;
        // Due once a day only.
        workspace.clock().advance(3600 * 1000);
        auto again = store.backUpIfDue(path);
        ASSERT_TRUE(again.ok());
        EXPECT_FALSE(again.value().has_value());
        // Imports on some days: the first of the year and four in the last month.
        if (day == 10 || day == 340 || day == 350 || day == 355 || day == 360) {
            auto before = store.backUp(workspace->database(), backup::Reason::BeforeBundleImport);
            ASSERT_TRUE(before.ok());
            operations << before->createdAt;
            newestOfDay[localDate(before->createdAt)] = before->createdAt;
        }
    }
    ASSERT_EQ(made, 365);

    // What should remain, worked out from the calendar.
    const QDate last = localDate(start + 364 * kDay);
    QSet<QDate> dailyDates;
    for (int i = 0; i < 7; ++i)
        dailyDates.insert(last.addDays(-i));
    for (int week = 0; week < 4; ++week) {
        // The newest day of each of the last 4 ISO weeks (Sunday, or the last day for this week).
        const QDate inWeek = last.addDays(-7 * week);
        const QDate sunday = inWeek.addDays(7 - inWeek.dayOfWeek());
        dailyDates.insert(qMin(sunday, last));
    }
    for (int month = 0; month < 12; ++month) {
        const QDate first = QDate(last.year(), last.month(), 1).addMonths(-month);
        dailyDates.insert(qMin(first.addDays(first.daysInMonth() - 1), last));
    }

    QSet<qint64> expected;
    for (const QDate& date : dailyDates)
        expected.insert(newestOfDay.value(date));
    // The three newest backups made before an operation; the one from January is gone.
    for (int i = 2; i < 5; ++i)
        expected.insert(operations.at(i));

    const QList<backup::BackupInfo> kept = store.list(path);
    QSet<qint64> keptTimes;
    for (const backup::BackupInfo& info : kept)
        keptTimes.insert(info.createdAt);
    EXPECT_EQ(keptTimes, expected);
    EXPECT_EQ(kept.size(), expected.size());
    EXPECT_LE(dailyDates.size(), 7 + 4 + 12);
    EXPECT_GE(dailyDates.size(), 12 + 6);
    EXPECT_FALSE(keptTimes.contains(operations.at(0)));
    // Every file in the folder is a listed backup with its facts: nothing else piles up.
    EXPECT_EQ(
        QDir(store.folderFor(path)).entryList(QDir::Files | QDir::Hidden).size(), kept.size() * 2);
}

} // namespace
} // namespace tansiq::test
