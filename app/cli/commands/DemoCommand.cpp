#include "app/cli/CliCommand.h"
#include "app/cli/CliContext.h"
#include "core/demo/DemoGenerator.h"
#include "core/office/SampleData.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace tansiq::cli {

int runDemo(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption seed(QStringLiteral("seed"),
        Cli::tr("random seed (same seed, same data)"), QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption activities(QStringLiteral("activities"),
        Cli::tr("number of activities"), QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption projects(QStringLiteral("projects"), Cli::tr("number of projects"),
        QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption sample(QStringLiteral("sample"),
        Cli::tr("mark the database as sample data: no sync bundle can ever be "
                "exported from it (as the application's sample database)"));
    parser.addOptions({ seed, activities, projects, sample });
    if (auto stop = context.parse(parser, args, Cli::tr("Fills an empty database with demo data.")))
        return *stop;
    DemoOptions options;
    bool ok[3] = { false, false, false };
    options.seed = parser.value(seed).toULongLong(&ok[0]);
    options.activities = parser.value(activities).toLongLong(&ok[1]);
    options.projects = parser.value(projects).toInt(&ok[2]);
    options.coordination = true;
    if (!ok[0] || !ok[1] || !ok[2] || options.activities < 0 || options.activities > 50'000'000
        || options.projects < 1 || options.projects > 100'000) {
        context.err() << Cli::tr("error: --seed, --activities and --projects take whole numbers "
                                 "(at most 50,000,000 activities)")
                      << '\n';
        return UsageError;
    }
    Workspace* workspace = context.workspace();
    if (!workspace)
        return Failure;
    if (parser.isSet(sample)) {
        const Status marked = sampledata::mark(workspace->database());
        if (!marked.ok())
            return context.fail(marked.issues());
    }
    QElapsedTimer timer;
    timer.start();
    DemoGenerator generator(workspace->registry(), options);
    const auto summary = generator.run([&](qint64 done, qint64 total) {
        if (done % 100000 == 0 || done == total)
            context.err() << Cli::tr("%1 of %2 activities").arg(done).arg(total) << '\n'
                          << Qt::flush;
    });
    if (!summary.ok())
        return context.fail(summary.issues());
    context.out() << Cli::tr("Demo data: %1 organisations, %2 projects, %3 needs, %4 activities "
                             "(%5 planted duplicates, %6 planted gaps) in %7 s.")
                         .arg(summary->organisations)
                         .arg(summary->projects)
                         .arg(summary->needs)
                         .arg(summary->activities)
                         .arg(summary->plantedDuplicates)
                         .arg(summary->plantedGaps)
                         .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                  << '\n'
                  << Cli::tr("Coordination: %1 working groups, %2 meetings, %3 action points, %4 "
                             "monitoring visits, %5 partner registrations.")
                         .arg(summary->workingGroups)
                         .arg(summary->meetings)
                         .arg(summary->actionPoints)
                         .arg(summary->visits)
                         .arg(summary->registrations)
                  << '\n';
    return Success;
}

} // namespace tansiq::cli
