#include "ui/common/BackgroundJob.h"

#include "core/registry/ReferenceRepository.h"
#include "core/registry/Registry.h"
#include "core/storage/Database.h"
#include "core/workspace/Workspace.h"
#include "tests/support/TestWorkspace.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QThread>
#include <QWidget>

#include <atomic>
#include <gtest/gtest.h>
#include <stdexcept>

namespace tansiq::test {
namespace {

using ui::BackgroundJob;
using ui::JobControl;

// Processes events until `done` holds (or a generous deadline passes, reported by the caller).
template<typename Predicate> bool processUntil(Predicate done)
{
    QDeadlineTimer deadline(20000);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

// Blocks the worker until the job is cancelled, after saying that it runs.
Status waitForCancel(JobControl& control, std::atomic_bool& running)
{
    running = true;
    while (!control.cancelled())
        QThread::msleep(1);
    return Status::failure({});
}

TEST(BackgroundJobTest, DeliversTheResultOnTheGuiThread)
{
    BackgroundJob job;
    QThread* worker = nullptr;
    std::optional<Result<int>> answer;
    QThread* answeredOn = nullptr;
    QSignalSpy finished(&job, &BackgroundJob::finished);
    ASSERT_TRUE(job.run<int>(
        QString(),
        [&worker](JobControl&) -> Result<int> {
            worker = QThread::currentThread();
            return 42;
        },
        [&](Result<int> result) {
            answeredOn = QThread::currentThread();
            answer = std::move(result);
        }));
    EXPECT_TRUE(job.busy());
    ASSERT_TRUE(processUntil([&] { return !finished.isEmpty(); }));
    ASSERT_TRUE(answer.has_value());
    ASSERT_TRUE(answer->ok());
    EXPECT_EQ(answer->value(), 42);
    EXPECT_NE(worker, QCoreApplication::instance()->thread());
    EXPECT_EQ(answeredOn, QCoreApplication::instance()->thread());
    EXPECT_FALSE(job.busy());
}

TEST(BackgroundJobTest, ReportsProgressAndStepsOnTheGuiThread)
{
    BackgroundJob job;
    QSignalSpy progress(&job, &BackgroundJob::progressChanged);
    QSignalSpy steps(&job, &BackgroundJob::stepChanged);
    QSignalSpy started(&job, &BackgroundJob::started);
    bool answered = false;
    job.run<Done>(
        QStringLiteral("Counting"),
        [](JobControl& control) -> Status {
            control.step(QStringLiteral("Counting rows"));
            for (qint64 i = 1; i <= 1000; ++i)
                control.progress(i, 1000);
            return success();
        },
        [&answered](Status) { answered = true; });
    ASSERT_EQ(started.size(), 1);
    EXPECT_EQ(started.first().first().toString(), QStringLiteral("Counting"));
    ASSERT_TRUE(processUntil([&] { return answered; }));
    ASSERT_FALSE(progress.isEmpty());
    // Notices are merged, never lost at the end: the last one has the final count.
    EXPECT_LE(progress.size(), 1000);
    EXPECT_EQ(progress.last().at(0).toLongLong(), 1000);
    EXPECT_EQ(progress.last().at(1).toLongLong(), 1000);
    ASSERT_EQ(steps.size(), 1);
    EXPECT_EQ(steps.first().first().toString(), QStringLiteral("Counting rows"));
}

TEST(BackgroundJobTest, CancelStopsTheJobAndReportsCancelledInsteadOfAResult)
{
    BackgroundJob job;
    std::atomic_bool running { false };
    std::optional<Status> answer;
    job.run<Done>(
        QString(), [&running](JobControl& control) { return waitForCancel(control, running); },
        [&answer](Status result) { answer = std::move(result); });
    ASSERT_TRUE(processUntil([&] { return running.load(); }));
    EXPECT_FALSE(job.cancelRequested());
    job.cancel();
    EXPECT_TRUE(job.cancelRequested());
    ASSERT_TRUE(processUntil([&] { return answer.has_value(); }));
    EXPECT_FALSE(answer->ok());
    EXPECT_TRUE(ui::wasCancelled(answer->issues()));
    // The next job starts afresh, not cancelled.
    std::optional<Result<int>> next;
    ASSERT_TRUE(job.run<int>(
        QString(), [](JobControl& control) -> Result<int> { return control.cancelled() ? 0 : 7; },
        [&next](Result<int> result) { next = std::move(result); }));
    ASSERT_TRUE(processUntil([&] { return next.has_value(); }));
    ASSERT_TRUE(next->ok());
    EXPECT_EQ(next->value(), 7);
}

TEST(BackgroundJobTest, AJobThatFinishedDespiteALateCancelKeepsItsResult)
{
    BackgroundJob job;
    std::optional<Result<int>> answer;
    job.run<int>(
        QString(),
        [](JobControl& control) -> Result<int> {
            control.cancel(); // pressed after the point of no return
            return 5;
        },
        [&answer](Result<int> result) { answer = std::move(result); });
    ASSERT_TRUE(processUntil([&] { return answer.has_value(); }));
    ASSERT_TRUE(answer->ok());
    EXPECT_EQ(answer->value(), 5);
}

TEST(BackgroundJobTest, ErrorsComeBackAsData)
{
    BackgroundJob job;
    std::optional<Result<int>> refused;
    job.run<int>(
        QString(),
        [](JobControl&) -> Result<int> {
            return Issue::error(QStringLiteral("bad-file"), QStringLiteral("file"),
                QStringLiteral("x.csv"), QStringLiteral("The file “x.csv” cannot be read."));
        },
        [&refused](Result<int> result) { refused = std::move(result); });
    ASSERT_TRUE(processUntil([&] { return refused.has_value(); }));
    ASSERT_FALSE(refused->ok());
    EXPECT_EQ(
        refused->issues().first().message, QStringLiteral("The file “x.csv” cannot be read."));
    EXPECT_FALSE(ui::wasCancelled(refused->issues()));

    std::optional<Result<int>> thrown;
    job.run<int>(
        QString(), [](JobControl&) -> Result<int> { throw std::runtime_error("disk full"); },
        [&thrown](Result<int> result) { thrown = std::move(result); });
    ASSERT_TRUE(processUntil([&] { return thrown.has_value(); }));
    ASSERT_FALSE(thrown->ok());
    EXPECT_TRUE(thrown->errorText().contains(QStringLiteral("disk full")));
}

TEST(BackgroundJobTest, RunsOneJobAtATime)
{
    BackgroundJob job;
    std::atomic_bool running { false };
    bool firstAnswered = false;
    ASSERT_TRUE(job.run<Done>(
        QString(), [&running](JobControl& control) { return waitForCancel(control, running); },
        [&firstAnswered](Status) { firstAnswered = true; }));
    bool secondRan = false;
    EXPECT_FALSE(job.run<Done>(
        QString(),
        [&secondRan](JobControl&) -> Status {
            secondRan = true;
            return success();
        },
        [](Status) {}));
    job.cancel();
    ASSERT_TRUE(processUntil([&] { return firstAnswered; }));
    EXPECT_FALSE(secondRan);
}

TEST(BackgroundJobTest, WorksOnItsOwnConnectionAndRemovesIt)
{
    TestWorkspace workspace;
    const QStringList before = QSqlDatabase::connectionNames();
    BackgroundJob job(workspace.path(), workspace.clock());
    std::optional<Result<qsizetype>> governorates;
    QStringList during;
    job.runOnWorkspace<qsizetype>(
        QString(),
        [&during](Workspace& own, JobControl&) -> Result<qsizetype> {
            during = QSqlDatabase::connectionNames();
            return own.registry().reference().adminUnits(1).size();
        },
        [&governorates](Result<qsizetype> result) { governorates = std::move(result); });
    ASSERT_TRUE(processUntil([&] { return governorates.has_value(); }));
    ASSERT_TRUE(governorates->ok()) << governorates->errorText().toStdString();
    EXPECT_EQ(governorates->value(), workspace->registry().reference().adminUnits(1).size());
    EXPECT_EQ(during.size(), before.size() + 1); // a connection of its own, by a name of its own
    EXPECT_EQ(QSqlDatabase::connectionNames(), before);

    std::optional<Result<bool>> read;
    job.runOnDatabase<bool>(
        QString(),
        [](Database& db, JobControl&) -> Result<bool> {
            return db.path().endsWith(QStringLiteral(".db"));
        },
        [&read](Result<bool> result) { read = std::move(result); });
    ASSERT_TRUE(processUntil([&] { return read.has_value(); }));
    ASSERT_TRUE(read->ok());
    EXPECT_EQ(QSqlDatabase::connectionNames(), before);
}

TEST(BackgroundJobTest, ADatabaseThatCannotBeOpenedIsAnAnswerToo)
{
    TestWorkspace workspace;
    FixedClock clock { 0 };
    BackgroundJob job(workspace.dir() + QStringLiteral("/missing.db"), clock);
    std::optional<Result<int>> answer;
    bool ran = false;
    job.runOnWorkspace<int>(
        QString(),
        [&ran](Workspace&, JobControl&) -> Result<int> {
            ran = true;
            return 1;
        },
        [&answer](Result<int> result) { answer = std::move(result); });
    ASSERT_TRUE(processUntil([&] { return answer.has_value(); }));
    EXPECT_FALSE(answer->ok());
    EXPECT_TRUE(answer->errorText().contains(QStringLiteral("missing.db")));
    EXPECT_FALSE(ran);
}

TEST(BackgroundJobTest, SurvivesItsPageBeingClosedAndDropsTheAnswer)
{
    TestWorkspace workspace;
    const QStringList before = QSqlDatabase::connectionNames();
    auto* page = new QWidget;
    auto* job = new BackgroundJob(workspace.path(), workspace.clock(), page);
    QPointer<BackgroundJob> watch(job);
    std::atomic_bool running { false };
    bool answered = false;
    job->runOnWorkspace<Done>(
        QString(),
        [&running](Workspace&, JobControl& control) {
            control.progress(1, 2);
            control.step(QStringLiteral("still here"));
            return waitForCancel(control, running);
        },
        [page, &answered](Status) {
            answered = true;
            page->setWindowTitle(QStringLiteral("answered")); // would touch a deleted page
        });
    ASSERT_TRUE(processUntil([&] { return running.load(); }));
    delete page; // the page closes while its job runs: the job is cancelled and waited for
    EXPECT_TRUE(watch.isNull());
    QCoreApplication::processEvents(); // progress and step notices already posted are dropped
    EXPECT_FALSE(answered);
    EXPECT_EQ(QSqlDatabase::connectionNames(), before);
}

TEST(BackgroundJobTest, AJobForOneRequestDeletesItselfWhenAnswered)
{
    QWidget page;
    auto* job = new BackgroundJob(&page);
    job->setDeleteWhenDone(true);
    QPointer<BackgroundJob> watch(job);
    bool answered = false;
    job->run<int>(
        QString(), [](JobControl&) -> Result<int> { return 1; },
        [&answered](Result<int>) { answered = true; });
    ASSERT_TRUE(processUntil([&] { return answered && watch.isNull(); }));
}

TEST(BackgroundJobTest, AControlWithoutAJobStillCancels)
{
    JobControl control;
    control.progress(3, 4); // nobody listens: no crash
    control.step(QStringLiteral("alone"));
    EXPECT_FALSE(control.cancelled());
    control.cancel();
    EXPECT_TRUE(control.cancelled());
    EXPECT_TRUE(control.cancelFlag()->load());
    EXPECT_EQ(control.done(), 3);
}

} // namespace
} // namespace tansiq::test
