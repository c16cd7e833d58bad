#include "ui/setup/SetupJobs.h"

#include "core/demo/DemoGenerator.h"
#include "core/office/LocalOffice.h"
#include "core/office/SampleData.h"
#include "core/workspace/Workspace.h"
#include "ui/common/BackgroundJob.h"
#include "ui/sync/CertificationOperations.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace tansiq::ui::setup {

namespace {

struct Setup {
    Q_DECLARE_TR_FUNCTIONS(tansiq::ui::setup)
};

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

bool createRegistry(BackgroundJob& job, const QString& path, const OfficeChoice& office,
    const Clock& clock, std::function<void(Result<offices::CreatedOffice>)> done)
{
    using R = Result<offices::CreatedOffice>;
    std::function<R(JobControl&)> work = [path, office, &clock](JobControl&) -> R {
        if (QFileInfo::exists(path))
            return alreadyExists(path);
        bool keyWritten = false;
        R created = [&]() -> R {
            auto workspace = Workspace::open(path, clock); // schema, gazetteer, vocabularies
            if (!workspace.ok())
                return workspace;
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
                    return named;
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
    return job.run<offices::CreatedOffice>(QString(), std::move(work), std::move(done));
}

bool createSample(BackgroundJob& job, const QString& path, qint64 activities, const Clock& clock,
    std::function<void(Result<qint64>)> done)
{
    using R = Result<qint64>;
    std::function<R(JobControl&)> work = [path, activities, &clock](JobControl& control) -> R {
        if (QFileInfo::exists(path))
            return alreadyExists(path);
        R outcome = [&]() -> R {
            auto workspace = Workspace::open(path, clock);
            if (!workspace.ok())
                return workspace;
            // Marked before a single record is written: the file is sample data from the start.
            const Status marked = sampledata::mark(workspace.value()->database());
            if (!marked.ok())
                return marked;
            DemoOptions options;
            options.activities = activities;
            options.coordination = true; // every page of the sample registry filled
            DemoGenerator generator(workspace.value()->registry(), options);
            const auto summary = generator.run(
                [&control](qint64 doneCount, qint64 total) { control.progress(doneCount, total); },
                control.cancelFlag());
            if (control.cancelled())
                return cancelledIssue();
            if (!summary.ok())
                return summary;
            return summary->activities;
        }();
        if (!outcome.ok())
            removeDatabaseFiles(path);
        return outcome;
    };
    return job.run<qint64>(QString(), std::move(work), std::move(done));
}

bool saveRequest(BackgroundJob& job, const QString& databasePath, const QString& requestPath,
    const QByteArray& passphrase, const Clock& clock, std::function<void(Result<QString>)> done)
{
    using R = Result<QString>;
    std::function<R(JobControl&)> work
        = [databasePath, requestPath, passphrase, &clock](JobControl&) -> R {
        auto workspace = Workspace::open(
            databasePath, clock, { .createIfMissing = false, .seedGazetteer = false });
        if (!workspace.ok())
            return workspace;
        return offices::writeRequest(*workspace.value(), requestPath, passphrase);
    };
    return job.run<QString>(QString(), std::move(work), std::move(done));
}

} // namespace tansiq::ui::setup
