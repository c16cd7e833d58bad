#pragma once

#include "common/Result.h"
#include "workspace/Workspace.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace tansiq {
class Clock;
}

namespace tansiq::ui {

// What a running import or export shares with the window that started it: the Cancel flag
// and progress counters the worker updates and the GUI polls (no signal per row).
struct JobProgress {
    std::atomic_bool cancel{false};
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};  // 0 while unknown
};

// Runs `work` on a thread of its own with its own connection to the workspace's database (a
// Database is per thread), then hands the result to `done` on the receiver's thread; the
// answer is dropped when the receiver is gone. Returns the thread so its owner can wait for
// it before the database goes away. `work` returns a Result so that a database that cannot
// be opened is reported like any other failure.
template <typename T>
QThread* runWorkspaceJob(QObject* receiver, const QString& databasePath, const Clock& clock,
                         std::shared_ptr<JobProgress> progress,
                         std::function<Result<T>(Workspace&, JobProgress&)> work,
                         std::function<void(Result<T>)> done)
{
    auto result = std::make_shared<std::optional<Result<T>>>();
    QThread* thread = QThread::create([result, databasePath, &clock, progress, work = std::move(work)] {
        auto workspace = Workspace::open(databasePath, clock, {.createIfMissing = false, .seedGazetteer = false});
        if (!workspace.ok())
            result->emplace(Result<T>::failure(workspace.issues()));
        else
            result->emplace(work(*workspace.value(), *progress));
    });
    QPointer<QObject> guard(receiver);
    QObject::connect(thread, &QThread::finished, receiver, [result, guard, done = std::move(done)] {
        if (guard && result->has_value())
            done(std::move(**result));
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    return thread;
}

}  // namespace tansiq::ui
