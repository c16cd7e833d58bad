#include "app/cli/CliCommand.h"
#include "app/cli/CliContext.h"
#include "app/cli/commands/BulletinCli.h"
#include "core/bulletin/BulletinBaseline.h"
#include "core/bulletin/BulletinDocument.h"
#include "core/engine/Calendar.h"
#include "core/engine/LiveSnapshot.h"
#include "core/engine/SnapshotCache.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <vector>

namespace tansiq::cli {

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n == 0 ? 0 : n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double elapsedMs(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

struct Times {
    std::vector<double> build, collect, pdf, total, baseline;
};

} // namespace

// Times the whole bulletin the way a user waits for it (snapshot read from disk, figures,
// layout and PDF) against one SQL query reading the same month's activities of the area, in
// the same process, interleaved run by run. Reports medians and the ratio; asserts nothing.
int runBenchBulletin(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    BulletinOptions options;
    options.addTo(parser);
    const QCommandLineOption runs(QStringLiteral("runs"),
        Cli::tr("number of timed runs (default 5)"), QStringLiteral("N"), QStringLiteral("5"));
    parser.addOption(runs);
    if (auto stop = context.parse(parser, args,
            Cli::tr(
                "Times producing a bulletin (default: Deir-ez-Zor, SY09, the latest reporting "
                "month) against reading that month's activities of the area with one SQL query.")))
        return *stop;
    bool ok = false;
    const int runCount = parser.value(runs).toInt(&ok);
    if (!ok || runCount < 1) {
        context.err() << Cli::tr("error: --runs needs a number of at least 1") << '\n';
        return UsageError;
    }
    QStringList withDefaults = args;
    if (!parser.isSet(options.area))
        withDefaults << QStringLiteral("--area") << QStringLiteral("SY09");
    auto session = openEngine(context);
    if (!session)
        return Failure;
    if (!parser.isSet(options.month)) {
        const engine::Snapshot& s = *session->snapshot;
        int latest = 0;
        for (qint64 r = 0; r < s.rowCount(); ++r)
            latest
                = s.live[size_t(r)] ? std::max(latest, int(s.reportingMonth[size_t(r)])) : latest;
        withDefaults << QStringLiteral("--month") << engine::calendar::monthLabel(latest);
    }
    if (!parser.parse(withDefaults)) {
        context.err() << Cli::tr("error: ") << parser.errorText() << '\n';
        return UsageError;
    }
    const auto parsed = options.read(context, parser);
    if (const int* code = std::get_if<int>(&parsed))
        return *code;
    const report::BulletinRequest request = std::get<report::BulletinRequest>(parsed);
    Database& db = context.workspace()->database();
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("bench.pdf"));

    Times t;
    qint64 baselineRows = 0;
    for (int run = 0; run < runCount; ++run) {
        QElapsedTimer timer;
        timer.start();
        const auto rows = report::BulletinBaseline(db).readMonth(request.areaPcode, request.month);
        t.baseline.push_back(elapsedMs(timer));
        if (!rows.ok())
            return context.fail(rows.issues());
        baselineRows = rows.value();

        timer.restart();
        // A fresh snapshot, as the first bulletin after opening: from the cache beside the
        // database when it fits (the first run writes it), else from SQLite.
        engine::LiveSnapshot live(db, engine::SnapshotCache::pathFor(db.path()));
        const auto snapshot = live.current();
        if (!snapshot.ok())
            return context.fail(snapshot.issues());
        t.build.push_back(elapsedMs(timer));
        QElapsedTimer phase;
        phase.start();
        const EngineSession fresh { nullptr, snapshot.value(), nullptr };
        const auto data = collectBulletin(context, fresh, request);
        if (!data.ok())
            return context.fail(data.issues());
        t.collect.push_back(elapsedMs(phase));
        phase.restart();
        const Status written = report::BulletinDocument::writePdf(data.value(), path);
        if (!written.ok())
            return context.fail(written.issues());
        t.pdf.push_back(elapsedMs(phase));
        t.total.push_back(elapsedMs(timer));
        context.err() << Cli::tr("run %1: snapshot %2 ms, figures %3 ms, layout and PDF %4 ms, "
                                 "total %5 ms; SQL baseline %6 ms")
                             .arg(run + 1)
                             .arg(t.build.back(), 0, 'f', 1)
                             .arg(t.collect.back(), 0, 'f', 1)
                             .arg(t.pdf.back(), 0, 'f', 1)
                             .arg(t.total.back(), 0, 'f', 1)
                             .arg(t.baseline.back(), 0, 'f', 1)
                      << '\n';
        context.err().flush();
    }
    const double total = median(t.total);
    const double baseline = median(t.baseline);
    QTextStream& out = context.out();
    out << "area," << request.areaPcode << '\n'
        << "month," << engine::calendar::monthLabel(request.month) << '\n'
        << "activities_read_by_baseline," << baselineRows << '\n'
        << "runs," << runCount << '\n'
        << "median_snapshot_ms," << QString::number(median(t.build), 'f', 1) << '\n'
        << "median_figures_ms," << QString::number(median(t.collect), 'f', 1) << '\n'
        << "median_layout_pdf_ms," << QString::number(median(t.pdf), 'f', 1) << '\n'
        << "median_bulletin_ms," << QString::number(total, 'f', 1) << '\n'
        << "median_sql_baseline_ms," << QString::number(baseline, 'f', 1) << '\n'
        << "ratio_bulletin_to_baseline,"
        << QString::number(baseline > 0 ? total / baseline : 0, 'f', 2) << '\n';
    return Success;
}

} // namespace tansiq::cli
