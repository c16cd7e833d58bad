#include "app/cli/CliCommand.h"
#include "app/cli/CliContext.h"
#include "app/cli/commands/EngineCli.h"
#include "app/cli/commands/MatrixOutput.h"
#include "core/engine/PivotEngine.h"
#include "core/engine/QueryText.h"

#include <QCoreApplication>

namespace tansiq::cli {

int runMatrix(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption rows(
        QStringLiteral("rows"), Cli::tr("dimension of the rows"), QStringLiteral("DIM"));
    const QCommandLineOption cols(QStringLiteral("cols"),
        Cli::tr("dimension of the columns (optional)"), QStringLiteral("DIM"));
    const QCommandLineOption measure(QStringLiteral("measure"),
        Cli::tr("what to count (default: activities)"), QStringLiteral("M"),
        QStringLiteral("activities"));
    parser.addOption(rows);
    parser.addOption(cols);
    parser.addOption(measure);
    EngineOptions options;
    options.addTo(parser, true);
    if (auto stop = context.parse(parser, args,
            Cli::tr("A 4W pivot: a measure by rows and columns, with totals computed by the "
                    "measure's own rule.")
                + QStringLiteral("\n\n") + dimensionAndMeasureHelp()))
        return *stop;
    if (!parser.isSet(rows)) {
        context.err() << Cli::tr("error: --rows is required (see --help for the dimensions)")
                      << '\n';
        return UsageError;
    }
    // Names first: a typo is reported before the database is read.
    const auto placeDimension = [&](const QString& name) -> Result<engine::Dimension> {
        if (name.compare(QStringLiteral("place"), Qt::CaseInsensitive) == 0
            && parser.isSet(options.level)) {
            const auto level = engine::querytext::parseLevel(parser.value(options.level));
            if (!level.ok())
                return level;
            return engine::adminDimension(level.value());
        }
        return engine::querytext::parseDimension(name);
    };
    const auto r = placeDimension(parser.value(rows));
    if (!r.ok()) {
        context.report(r.issues());
        return UsageError;
    }
    engine::Dimension columns = engine::Dimension::None;
    if (parser.isSet(cols)) {
        const auto c = placeDimension(parser.value(cols));
        if (!c.ok()) {
            context.report(c.issues());
            return UsageError;
        }
        columns = c.value();
    }
    const auto m = engine::querytext::parseMeasure(parser.value(measure));
    if (!m.ok()) {
        context.report(m.issues());
        return UsageError;
    }
    auto session = openEngine(context);
    if (!session)
        return Failure;
    const auto common = readCommon(context, parser, options, *session->snapshot, 1);
    if (const int* code = std::get_if<int>(&common))
        return *code;
    const CommonQuery& q = std::get<CommonQuery>(common);
    engine::PivotQuery query;
    query.rows = r.value();
    query.columns = columns;
    query.measure = m.value();
    query.filters = q.filters;
    query.period = q.period;
    const engine::PivotResult result
        = engine::PivotEngine(*session->snapshot, session->workers.get()).run(query);
    if (q.format == u"json")
        context.out() << matrixJson(*session->snapshot, result, q.language);
    else
        context.out() << matrixCsv(*session->snapshot, result, q.language, q.format == u"hxl");
    return Success;
}

} // namespace tansiq::cli
