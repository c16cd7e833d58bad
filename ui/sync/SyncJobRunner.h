#pragma once

#include "common/Result.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace tansiq {
class Clock;
class Workspace;
}  // namespace tansiq

namespace tansiq::ui {

// What a sync job sees of its runner on the worker thread: whether the user pressed Cancel,
// and a way to name the step it is on (shown beside the progress bar).
class JobControl {
public:
    virtual ~JobControl() = default;
    virtual bool cancelled() const = 0;
    virtual void step(const QString& text) = 0;
};

// Runs one sync job at a time (a bundle export or import, a key operation) on its own thread
// with its own connection to the workspace's database: the GUI never waits for Argon2id,
// encryption or a long import transaction. `done` runs on the GUI thread afterwards with the
// status of opening the database (the job's own result travels in what `work` captured).
class SyncJobRunner : public QObject {
    Q_OBJECT
public:
    using Work = std::function<void(Workspace&, JobControl&)>;

    SyncJobRunner(QString databasePath, const Clock& clock, QObject* parent = nullptr);
    ~SyncJobRunner() override;

    // False (and nothing runs) while another job is running.
    bool start(const QString& firstStep, Work work, std::function<void(const Status&)> done);
    bool busy() const { return m_thread != nullptr; }
    void cancel();
    bool cancelRequested() const { return m_cancel->load(); }
    // Blocks until the running job has finished (shutdown).
    void wait();

signals:
    void started(const QString& step);
    void stepChanged(const QString& step);
    void finished();

private:
    const QString m_databasePath;
    const Clock& m_clock;
    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

}  // namespace tansiq::ui
