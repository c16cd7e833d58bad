#include "SyncJobRunner.h"

#include "workspace/Workspace.h"

#include <QMetaObject>
#include <QPointer>
#include <QThread>

namespace tansiq::ui {

namespace {

class ThreadControl : public JobControl {
public:
    ThreadControl(std::shared_ptr<std::atomic<bool>> cancel, QPointer<SyncJobRunner> runner)
        : m_cancel(std::move(cancel)), m_runner(std::move(runner))
    {
    }
    bool cancelled() const override { return m_cancel->load(); }
    void step(const QString& text) override
    {
        if (!m_runner)
            return;
        QMetaObject::invokeMethod(m_runner.data(), [runner = m_runner, text] {
            if (runner)
                emit runner->stepChanged(text);
        }, Qt::QueuedConnection);
    }

private:
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QPointer<SyncJobRunner> m_runner;
};

}  // namespace

SyncJobRunner::SyncJobRunner(QString databasePath, const Clock& clock, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_clock(clock),
      m_cancel(std::make_shared<std::atomic<bool>>(false))
{
}

SyncJobRunner::~SyncJobRunner()
{
    cancel();
    wait();
    delete m_thread;  // its finished() is no longer delivered to this runner
}

bool SyncJobRunner::start(const QString& firstStep, Work work,
                          std::function<void(const Status&)> done)
{
    if (m_thread)
        return false;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto opened = std::make_shared<Status>(success());
    m_thread = QThread::create([path = m_databasePath, &clock = m_clock, cancel = m_cancel,
                                runner = QPointer<SyncJobRunner>(this), work = std::move(work),
                                opened] {
        auto workspace = Workspace::open(path, clock, {.createIfMissing = false,
                                                       .seedGazetteer = false});
        if (!workspace.ok()) {
            *opened = Status::failure(workspace.issues());
            return;
        }
        ThreadControl control(cancel, runner);
        work(*workspace.value(), control);
    });
    connect(m_thread, &QThread::finished, this, [this, opened, done = std::move(done)] {
        m_thread->deleteLater();
        m_thread = nullptr;
        done(*opened);
        emit finished();
    });
    emit started(firstStep);
    m_thread->start();
    return true;
}

void SyncJobRunner::cancel()
{
    m_cancel->store(true);
}

void SyncJobRunner::wait()
{
    if (m_thread)
        m_thread->wait();
}

}  // namespace tansiq::ui
