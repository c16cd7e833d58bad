#include "ui/shell/DatabaseCreator.h"

#include "core/common/Clock.h"
#include "core/demo/DemoGenerator.h"
#include "core/workspace/Workspace.h"
#include "ui/common/BackgroundJob.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QProgressDialog>

#include <memory>
#include <optional>

namespace tansiq::ui {

DatabaseCreator::DatabaseCreator(QString path, qint64 demoActivities, QObject* parent)
    : QObject(parent), m_path(std::move(path)), m_demoActivities(demoActivities)
{
}

void DatabaseCreator::removeDatabaseFiles(const QString& path)
{
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
}

Result<DatabaseCreator::Outcome> DatabaseCreator::run(QWidget* parent, bool showProgress)
{
    BackgroundJob job;
    QProgressDialog* dialog = nullptr;
    if (showProgress) {
        dialog = new QProgressDialog(
            tr("Creating the database with the Syria gazetteer and demo data…"), tr("Cancel"), 0,
            1000, parent);
        dialog->setWindowTitle(tr("Tansiq"));
        dialog->setMinimumDuration(0);
        dialog->setAutoClose(false);
        dialog->setAutoReset(false);
        dialog->setValue(0);
        connect(dialog, &QProgressDialog::canceled, &job, &BackgroundJob::cancel);
        connect(&job, &BackgroundJob::progressChanged, dialog, [dialog](qint64 done, qint64 total) {
            if (total > 0)
                dialog->setValue(int(done * 1000 / total));
        });
    }
    std::optional<Result<DemoSummary>> summary;
    const QString path = m_path;
    const qint64 activities = m_demoActivities;
    auto opened = std::make_shared<bool>(false); // read after the job, on this thread
    QEventLoop loop;
    connect(&job, &BackgroundJob::finished, &loop, &QEventLoop::quit);
    // The workspace is made here, not opened: the job creates the file on its own connection.
    job.run<DemoSummary>(
        QString(),
        [path, activities, opened](JobControl& control) -> Result<DemoSummary> {
            SystemClock clock;
            auto workspace = Workspace::open(path, clock);
            if (!workspace.ok())
                return Result<DemoSummary>::failure(workspace.issues());
            *opened = true;
            DemoOptions options;
            options.activities = activities;
            options.coordination = true; // every page of the sample registry filled
            DemoGenerator generator(workspace.value()->registry(), options);
            return generator.run(
                [&control](qint64 done, qint64 total) { control.progress(done, total); },
                control.cancelFlag());
        },
        [&summary](Result<DemoSummary> made) { summary = std::move(made); });
    loop.exec(); // the GUI keeps painting and the cancel button works
    delete dialog;

    if (!summary)
        return Outcome { false, 0 };
    if (summary->ok())
        return Outcome { false, summary->value().activities };
    if (wasCancelled(summary->issues())) // the demo runs in one transaction: the file holds the
                                         // gazetteer only
        return Outcome { true, 0 };
    const Issues issues = summary->issues();
    if (*opened) // a database that was made but not filled goes
        removeDatabaseFiles(m_path);
    return Result<Outcome>::failure(issues);
}

} // namespace tansiq::ui
