#include "app/cli/CliCommand.h"
#include "app/cli/CliContext.h"
#include "core/bench/ImportBenchmark.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

namespace tansiq::cli {

namespace {
// The 1-minute load average (Linux), so a reader knows how busy the machine was.
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll()).section(u' ', 0, 0);
}
} // namespace

int runBenchImport(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption rows(QStringLiteral("rows"), Cli::tr("rows in the generated CSV"),
        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption repeat(QStringLiteral("repeat"),
        Cli::tr("runs (the median is reported)"), QStringLiteral("N"), QStringLiteral("3"));
    parser.addOptions({ rows, repeat });
    if (auto stop = context.parse(parser, args,
            Cli::tr("Times importing a generated 4W CSV against writing the same "
                    "activities directly (temporary databases; --db is not used).")))
        return *stop;
    bool ok[2] = { false, false };
    const int n = parser.value(rows).toInt(&ok[0]);
    const int runs = parser.value(repeat).toInt(&ok[1]);
    if (!ok[0] || !ok[1] || n < 1 || n > 2'000'000 || runs < 1 || runs > 20) {
        context.err() << Cli::tr("error: --rows takes 1 to 2,000,000 and --repeat 1 to 20") << '\n';
        return UsageError;
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        context.err() << Cli::tr("error: no temporary folder") << '\n';
        return Failure;
    }
    const auto report = interop::runImportBenchmark(dir.path(), n, runs, context.clock(),
        [&](const QString& line) { context.err() << line << '\n'
                                                 << Qt::flush; });
    if (!report.ok())
        return context.fail(report.issues());
    const interop::ImportBenchmarkRun m = report->median();
    context.out() << Cli::tr("import of %1 rows (%2 MB CSV), median of %3 runs:")
                         .arg(report->rows)
                         .arg(double(report->fileBytes) / (1024 * 1024), 0, 'f', 1)
                         .arg(report->runs.size())
                  << '\n'
                  << Cli::tr(
                         "  baseline (same activities through ActivityRepository): %1 s (CPU %2 s)")
                         .arg(m.baselineMs / 1000, 0, 'f', 2)
                         .arg(m.baselineCpuMs / 1000, 0, 'f', 2)
                  << '\n'
                  << Cli::tr("  import: %1 s = read %2 s + plan %3 s + apply %4 s (CPU %5 s)")
                         .arg(m.importMs() / 1000, 0, 'f', 2)
                         .arg(m.readMs / 1000, 0, 'f', 2)
                         .arg(m.planMs / 1000, 0, 'f', 2)
                         .arg(m.applyMs / 1000, 0, 'f', 2)
                         .arg(m.importCpuMs / 1000, 0, 'f', 2)
                  << '\n'
                  << Cli::tr(
                         "  ratio import / baseline: %1 (CPU %2); load average while measuring: %3")
                         .arg(m.importMs() / std::max(1.0, m.baselineMs), 0, 'f', 2)
                         .arg(m.importCpuMs / std::max(1.0, m.baselineCpuMs), 0, 'f', 2)
                         .arg(loadAverage())
                  << '\n';
    return Success;
}

} // namespace tansiq::cli
