#include "SetupJobs.h"

#include "demo/DemoGenerator.h"
#include "office/LocalOffice.h"
#include "office/SampleData.h"
#include "ui/sync/CertificationOperations.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QThread>

#include <optional>

namespace tansiq::ui::setup {

namespace {

struct Setup {
    Q_DECLARE_TR_FUNCTIONS(tansiq::ui::setup)
};

template<typename T>
QThread* runJob(
    QObject* receiver, std::function<Result<T>()> work, std::function<void(Result<T>)> done)
{
    auto result = std::make_shared<std::optional<Result<T>>>();
    QThread* thread
        = QThread::create([result, work = std::move(work)] { result->emplace(work()); });
    QPointer<QObject> guard(receiver);
    QObject::connect(thread, &QThread::finished, receiver, [result, guard, done = std::move(done)] {
        if (guard && result->has_value())
            done(std::move(**result));
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    return thread;
}

Issue alreadyExists(const QString& path)
{
    return Issue::error(QStringLiteral("file-exists"), Setup::tr("file"), path,
        Setup::tr("There is already a file at “%1”: choose another name, or open it with "
           "File → Open.")
            .arg(path));
}

} // namespace

void removeDatabaseFiles(const QString& path)
{
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
}

QThread* createRegistry(QObject* receiver, const QString& path, const OfficeChoice& office,
    const Clock& clock, std::function<void(Result<offices::CreatedOffice>)> done)
{
    using R = Result<offices::CreatedOffice>;
    std::function<R()> work = [path, office, &clock]() -> R {
        if (QFileInfo::exists(path))
            return alreadyExists(path);
        bool keyWritten = false;
        R created = [&]() -> R {
            auto workspace = Workspace::open(path, clock); // schema, gazetteer, vocabularies
            if (!workspace.ok())
                return R::failure(workspace.issues());
            R made = office.headOffice
                ? offices::createHeadOffice(*workspace.value(), office.arabicName,
                    office.passphrase, office.certificationKeyPath, office.certificationPassphrase)
                : offices::create(*workspace.value(), office.arabicName, false, office.passphrase);
            keyWritten = office.headOffice && made.ok();
            // The name per language (docs/decisions/0060): the sync name is the Arabic one.
            for (const auto& [language, name] :
                { std::pair { Language::Arabic, office.arabicName.trimmed() },
                    std::pair { Language::English, office.englishName.trimmed() } }) {
                if (!made.ok() || name.isEmpty())
                    continue;
                const Status named
                    = LocalOffice::setName(workspace.value()->database(), language, name);
                if (!named.ok())
                    return R::failure(named.issues());
            }
            return made;
        }();
        if (!created.ok()) {
            removeDatabaseFiles(path);
            if (keyWritten) // never a file that was there before: that one is refused above
                QFile::remove(office.certificationKeyPath);
        }
        return created;
    };
    return runJob<offices::CreatedOffice>(receiver, std::move(work), std::move(done));
}

QThread* createSample(QObject* receiver, const QString& path, qint64 activities, const Clock& clock,
    std::shared_ptr<SampleProgress> progress, std::function<void(Result<SampleOutcome>)> done)
{
    using R = Result<SampleOutcome>;
    std::function<R()> work = [path, activities, &clock, progress]() -> R {
        if (QFileInfo::exists(path))
            return alreadyExists(path);
        R outcome = [&]() -> R {
            auto workspace = Workspace::open(path, clock);
            if (!workspace.ok())
                return R::failure(workspace.issues());
            // Marked before a single record is written: the file is sample data from the start.
            const Status marked = sampledata::mark(workspace.value()->database());
            if (!marked.ok())
                return R::failure(marked.issues());
            DemoOptions options;
            options.activities = activities;
            options.coordination = true; // every page of the sample registry filled
            DemoGenerator generator(workspace.value()->registry(), options);
            const auto summary = generator.run(
                [&](qint64 doneCount, qint64 total) {
                    progress->total = total;
                    progress->done = doneCount;
                },
                &progress->cancel);
            if (progress->cancel)
                return SampleOutcome { true, 0 };
            if (!summary.ok())
                return R::failure(summary.issues());
            return SampleOutcome { false, summary->activities };
        }();
        if (!outcome.ok() || outcome->cancelled)
            removeDatabaseFiles(path);
        return outcome;
    };
    return runJob<SampleOutcome>(receiver, std::move(work), std::move(done));
}

QThread* saveRequest(QObject* receiver, const QString& databasePath, const QString& requestPath,
    const QByteArray& passphrase, const Clock& clock, std::function<void(Result<QString>)> done)
{
    using R = Result<QString>;
    std::function<R()> work = [databasePath, requestPath, passphrase, &clock]() -> R {
        auto workspace = Workspace::open(
            databasePath, clock, { .createIfMissing = false, .seedGazetteer = false });
        if (!workspace.ok())
            return R::failure(workspace.issues());
        return offices::writeRequest(*workspace.value(), requestPath, passphrase);
    };
    return runJob<QString>(receiver, std::move(work), std::move(done));
}

} // namespace tansiq::ui::setup
