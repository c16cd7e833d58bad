#include "ui/common/BackgroundJob.h"

#include "core/storage/Database.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QThread>

#include <exception>

namespace tansiq::ui {

void JobControl::progress(qint64 done, qint64 total)
{
    m_done.store(done);
    m_total.store(total);
    // One notice in flight at a time: the GUI reads the newest count when it gets there.
    if (m_job && !m_progressPosted.exchange(true))
        m_job->postProgress(shared_from_this());
}

void JobControl::step(const QString& text)
{
    if (m_job)
        m_job->postStep(shared_from_this(), text);
}

Issue cancelledIssue()
{
    return Issue::error(QStringLiteral("cancelled"), QString(), QString(),
        QCoreApplication::translate("tansiq::ui::BackgroundJob", "Cancelled."));
}

bool wasCancelled(const Issues& issues)
{
    return !issues.isEmpty() && issues.first().code == u"cancelled";
}

BackgroundJob::BackgroundJob(QObject* parent) : QObject(parent)
{
}

BackgroundJob::BackgroundJob(QString databasePath, const Clock& clock, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_clock(&clock)
{
}

BackgroundJob::~BackgroundJob()
{
    cancel();
    wait();
    delete m_thread; // its finished() is no longer delivered: the answer is dropped
}

bool BackgroundJob::launch(const QString& step, std::function<const Issues*(JobControl&)> body,
    std::function<void(const Issues* instead)> deliver)
{
    if (m_thread)
        return false;
    auto control = std::make_shared<JobControl>();
    control->m_job = this;
    m_control = control;
    // What replaces the job's own answer: the issue of an exception, or "cancelled".
    auto instead = std::make_shared<std::optional<Issues>>();
    m_thread = QThread::create([control, instead, body = std::move(body)] {
        const Issues* failed = nullptr;
        try {
            failed = body(*control);
        } catch (const std::exception& e) {
            instead->emplace(Issues { Issue::error(QStringLiteral("job-failed"), QString(),
                QString::fromLocal8Bit(e.what()),
                QCoreApplication::translate("tansiq::ui::BackgroundJob", "The operation failed: %1")
                    .arg(QString::fromLocal8Bit(e.what()))) });
            return;
        } catch (...) {
            instead->emplace(
                Issues { Issue::error(QStringLiteral("job-failed"), QString(), QString(),
                    QCoreApplication::translate(
                        "tansiq::ui::BackgroundJob", "The operation failed.")) });
            return;
        }
        // A job that went past its point of no return keeps its result even if Cancel came
        // late; one that stopped says "cancelled" (in its own words, if it has them).
        if (failed && control->cancelled() && !wasCancelled(*failed))
            instead->emplace(Issues { cancelledIssue() });
    });
    connect(m_thread, &QThread::finished, this, [this, instead, deliver = std::move(deliver)] {
        m_thread->deleteLater();
        m_thread = nullptr;
        m_control.reset();
        const QPointer<BackgroundJob> self(this);
        deliver(instead->has_value() ? &**instead : nullptr);
        if (!self)
            return; // `deliver` closed what owned this job
        emit finished();
        if (self && m_deleteWhenDone && !m_thread)
            deleteLater();
    });
    emit started(step);
    m_thread->start();
    return true;
}

Result<std::unique_ptr<Workspace>> BackgroundJob::openWorkspace() const
{
    return Workspace::open(
        m_databasePath, *m_clock, { .createIfMissing = false, .seedGazetteer = false });
}

Result<std::unique_ptr<Database>> BackgroundJob::openDatabase() const
{
    return Database::open(m_databasePath);
}

void BackgroundJob::postProgress(const std::shared_ptr<JobControl>& control)
{
    QMetaObject::invokeMethod(
        this,
        [this, control] {
            control->m_progressPosted.store(false);
            if (control == m_control)
                emit progressChanged(control->done(), control->total());
        },
        Qt::QueuedConnection);
}

void BackgroundJob::postStep(const std::shared_ptr<JobControl>& control, const QString& text)
{
    QMetaObject::invokeMethod(
        this,
        [this, control, text] {
            if (control == m_control)
                emit stepChanged(text);
        },
        Qt::QueuedConnection);
}

void BackgroundJob::cancel()
{
    if (m_control)
        m_control->cancel();
}

bool BackgroundJob::cancelRequested() const
{
    return m_control && m_control->cancelled();
}

qint64 BackgroundJob::done() const
{
    return m_control ? m_control->done() : 0;
}

qint64 BackgroundJob::total() const
{
    return m_control ? m_control->total() : 0;
}

void BackgroundJob::wait()
{
    if (m_thread)
        m_thread->wait();
}

} // namespace tansiq::ui
