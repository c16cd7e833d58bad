#pragma once

#include "core/common/Result.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace tansiq {
class Clock;
class Database;
class Workspace;
} // namespace tansiq

namespace tansiq::ui {

class BackgroundJob;

// What a job sees of its BackgroundJob on the worker thread: whether the user pressed Cancel,
// and ways to report how far it is (a count, or the name of the step it is on). Reporting is
// cheap: the GUI hears of the newest count once per turn of its event loop, not once per row.
// A job made without a BackgroundJob (tests, synchronous callers) reports to nobody.
class JobControl : public std::enable_shared_from_this<JobControl> {
public:
    JobControl() = default;
    JobControl(const JobControl&) = delete;
    JobControl& operator=(const JobControl&) = delete;

    bool cancelled() const { return m_cancel.load(); }
    // For core operations that take a cancel flag.
    const std::atomic_bool* cancelFlag() const { return &m_cancel; }
    void cancel() { m_cancel.store(true); }

    // `total` 0 while unknown.
    void progress(qint64 done, qint64 total);
    void step(const QString& text);
    qint64 done() const { return m_done.load(); }
    qint64 total() const { return m_total.load(); }

private:
    friend class BackgroundJob;
    std::atomic_bool m_cancel { false };
    std::atomic<qint64> m_done { 0 };
    std::atomic<qint64> m_total { 0 };
    std::atomic_bool m_progressPosted { false };
    BackgroundJob* m_job = nullptr; // outlives the worker: its destructor waits for it
};

// The issue a cancelled job comes back with (code "cancelled", as in core), and the test for it.
Issue cancelledIssue();
bool wasCancelled(const Issues& issues);

// The one way to run work off the GUI thread (docs/decisions/0105); only the engine's
// analysis thread (SnapshotService) is separate. One job at a time runs on a thread of its
// own; with a database path, with its own connection to that database, opened on the worker
// thread under a name of its own and closed and removed there before the answer comes back.
//
// The answer is a Result delivered to `done` on the GUI thread: the job's value, the issues it
// returned (errors are data; an exception escaping the job becomes an issue too), or, when
// Cancel was pressed and the job stopped, cancelledIssue() rather than a result. Deleting the
// BackgroundJob (its page closing) cancels the job, waits for it and drops the answer, so a job
// never outlives what it reports to. Make it a child of the page that shows its answer.
class BackgroundJob : public QObject {
    Q_OBJECT
public:
    // Jobs that need no database (writing a PDF, making a new file).
    explicit BackgroundJob(QObject* parent = nullptr);
    // Jobs that read or write the database at `databasePath`.
    BackgroundJob(QString databasePath, const Clock& clock, QObject* parent = nullptr);
    ~BackgroundJob() override;

    // Deletes this object once an answer was delivered (a job made for one request).
    void setDeleteWhenDone(bool on) { m_deleteWhenDone = on; }

    // Each returns false, and nothing runs, while another job is running. `step` names what
    // runs (for the progress panel; may be empty).
    template<typename T>
    bool run(const QString& step, std::function<Result<T>(JobControl&)> work,
        std::function<void(Result<T>)> done)
    {
        auto result = std::make_shared<std::optional<Result<T>>>();
        return launch(
            step,
            [result, work = std::move(work)](JobControl& control) -> const Issues* {
                result->emplace(work(control));
                return (*result)->ok() ? nullptr : &(*result)->issues();
            },
            [result, done = std::move(done)](const Issues* instead) {
                if (instead)
                    done(Result<T>::failure(*instead));
                else
                    done(std::move(**result));
            });
    }

    // With the workspace (the registry and its writers) on the job's own connection.
    template<typename T>
    bool runOnWorkspace(const QString& step, std::function<Result<T>(Workspace&, JobControl&)> work,
        std::function<void(Result<T>)> done)
    {
        return run<T>(
            step,
            [this, work = std::move(work)](JobControl& control) -> Result<T> {
                auto workspace = openWorkspace();
                if (!workspace.ok())
                    return Result<T>::failure(workspace.issues());
                return work(*workspace.value(), control);
            },
            std::move(done));
    }

    // With only a connection to the database (read-only queries: no registry is attached).
    template<typename T>
    bool runOnDatabase(const QString& step, std::function<Result<T>(Database&, JobControl&)> work,
        std::function<void(Result<T>)> done)
    {
        return run<T>(
            step,
            [this, work = std::move(work)](JobControl& control) -> Result<T> {
                auto db = openDatabase();
                if (!db.ok())
                    return Result<T>::failure(db.issues());
                return work(*db.value(), control);
            },
            std::move(done));
    }

    bool busy() const { return m_thread != nullptr; }
    // Asks the running job to stop at its next safe point.
    void cancel();
    bool cancelRequested() const;
    // The newest count the running job reported (for pages that poll on a timer).
    qint64 done() const;
    qint64 total() const;
    // Blocks until the running job has finished (shutdown, tests); its answer still comes
    // through the event loop.
    void wait();

signals:
    void started(const QString& step);
    void stepChanged(const QString& step);
    void progressChanged(qint64 done, qint64 total);
    // After `done` has run.
    void finished();

private:
    friend class JobControl;
    // `body` runs on the worker and returns the job's issues when it failed (null when it
    // succeeded); `deliver` runs on the GUI thread with the issues to report instead of the
    // job's own result, if any.
    bool launch(const QString& step, std::function<const Issues*(JobControl&)> body,
        std::function<void(const Issues* instead)> deliver);
    // On the worker thread; the connection closes when the returned object goes.
    Result<std::unique_ptr<Workspace>> openWorkspace() const;
    Result<std::unique_ptr<Database>> openDatabase() const;
    void postProgress(const std::shared_ptr<JobControl>& control);
    void postStep(const std::shared_ptr<JobControl>& control, const QString& text);

    const QString m_databasePath;
    const Clock* m_clock = nullptr;
    QThread* m_thread = nullptr;
    std::shared_ptr<JobControl> m_control;
    bool m_deleteWhenDone = false;
};

} // namespace tansiq::ui
