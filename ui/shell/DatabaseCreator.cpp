#include "DatabaseCreator.h"

#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>

namespace tansiq::ui {

DatabaseCreator::DatabaseCreator(QString path, qint64 demoActivities, QObject* parent)
    : QObject(parent), m_path(std::move(path)), m_demoActivities(demoActivities)
{
}

void DatabaseCreator::removeDatabaseFiles(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

Result<DatabaseCreator::Outcome> DatabaseCreator::run(QWidget* parent, bool showProgress)
{
    QProgressDialog* dialog = nullptr;
    if (showProgress) {
        dialog = new QProgressDialog(tr("Creating the database with the Syria gazetteer and demo data…"),
                                     tr("Cancel"), 0, 1000, parent);
        dialog->setWindowTitle(tr("Tansiq"));
        dialog->setMinimumDuration(0);
        dialog->setAutoClose(false);
        dialog->setAutoReset(false);
        dialog->setValue(0);
        connect(dialog, &QProgressDialog::canceled, this, [this] { m_cancel = true; });
    }
    std::optional<Result<DemoSummary>> summary;
    Issues openIssues;
    const QString path = m_path;
    const qint64 activities = m_demoActivities;
    QPointer<QProgressDialog> progress(dialog);
    QThread* worker = QThread::create([&, path, activities] {
        SystemClock clock;
        auto workspace = Workspace::open(path, clock);
        if (!workspace.ok()) {
            openIssues = workspace.issues();
            return;
        }
        DemoOptions options;
        options.activities = activities;
        options.coordination = true; // every page of the sample registry filled
        DemoGenerator generator(workspace.value()->registry(), options);
        summary = generator.run(
            [&](qint64 done, qint64 total) {
                if (total > 0 && progress)
                    QMetaObject::invokeMethod(progress, "setValue", Qt::QueuedConnection,
                                              Q_ARG(int, int(done * 1000 / total)));
            },
            &m_cancel);
    });
    QEventLoop loop;
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();  // the GUI keeps painting and the cancel button works
    worker->wait();
    delete worker;
    delete dialog;

    if (!openIssues.isEmpty())
        return Result<Outcome>::failure(openIssues);
    if (m_cancel)  // the demo runs in one transaction: the file holds the gazetteer only
        return Outcome{true, 0};
    if (summary && !summary->ok()) {
        const Issues issues = summary->issues();
        removeDatabaseFiles(m_path);
        return Result<Outcome>::failure(issues);
    }
    return Outcome{false, summary ? summary->value().activities : 0};
}

}  // namespace tansiq::ui
