#include "app/cli/commands/EngineCli.h"

#include "app/cli/CliCommand.h"
#include "core/engine/Dimensions.h"
#include "core/engine/QueryText.h"
#include "core/engine/SnapshotCache.h"
#include "core/storage/Database.h"

#include <QCoreApplication>

#include <cmath>

namespace tansiq::cli {

EngineOptions::EngineOptions()
{
    filter.setDescription(Cli::tr(
        "keep only activities matching DIM=VALUE[,VALUE] (repeatable; place=PCODE for any level)"));
    period.setDescription(Cli::tr("activities active during this month or these months"));
    level.setDescription(
        Cli::tr("admin level of places: 1 governorate, 2 district, 3 sub-district, 4 community"));
    format.setDescription(Cli::tr("output: csv, json or hxl (CSV with HXL hashtags)"));
    lang.setDescription(Cli::tr("language of names and labels: en or ar"));
}

void EngineOptions::addTo(QCommandLineParser& parser, bool withLevel)
{
    parser.addOption(filter);
    parser.addOption(period);
    if (withLevel)
        parser.addOption(level);
    parser.addOption(format);
    parser.addOption(lang);
}

std::optional<EngineSession> openEngine(CliContext& context)
{
    Workspace* workspace = context.workspace({ .createIfMissing = false, .seedGazetteer = false });
    if (!workspace)
        return std::nullopt;
    EngineSession session;
    // A cold start reads the cache beside the database when it fits (decision 0090).
    session.live = std::make_unique<engine::LiveSnapshot>(
        workspace->database(), engine::SnapshotCache::pathFor(workspace->database().path()));
    auto current = session.live->current();
    if (!current.ok()) {
        context.report(current.issues());
        return std::nullopt;
    }
    session.snapshot = current.value();
    session.workers = std::make_unique<engine::Workers>(engine::Workers::available());
    return session;
}

std::variant<CommonQuery, int> readCommon(CliContext& context, const QCommandLineParser& parser,
    const EngineOptions& options, const engine::Snapshot& snapshot, int defaultLevel)
{
    CommonQuery q;
    q.level = defaultLevel;
    const auto usage = [&](const Issues& issues) {
        context.report(issues);
        return UsageError;
    };
    for (const QString& text : parser.values(options.filter)) {
        const auto f = engine::querytext::parseFilter(snapshot, text);
        if (!f.ok())
            return usage(f.issues());
        q.filters << f.value();
    }
    if (parser.isSet(options.period)) {
        const auto p = engine::querytext::parsePeriod(parser.value(options.period));
        if (!p.ok())
            return usage(p.issues());
        q.period = p.value();
    }
    if (parser.optionNames().contains(QStringLiteral("level"))
        && parser.isSet(QStringLiteral("level"))) {
        const auto l = engine::querytext::parseLevel(parser.value(QStringLiteral("level")));
        if (!l.ok())
            return usage(l.issues());
        q.level = l.value();
    }
    q.format = parser.value(options.format).toLower();
    if (q.format != u"csv" && q.format != u"json" && q.format != u"hxl") {
        return usage(
            { Issue::error(QStringLiteral("bad-format"), QStringLiteral("--format"), q.format,
                Cli::tr("“%1” is not an output format: use csv, json or hxl.").arg(q.format)) });
    }
    const QString lang = parser.value(options.lang).toLower();
    if (lang != u"en" && lang != u"ar") {
        return usage({ Issue::error(QStringLiteral("bad-language"), QStringLiteral("--lang"), lang,
            Cli::tr("“%1” is not a language: use en or ar.").arg(lang)) });
    }
    q.language = lang == u"ar" ? Language::Arabic : Language::English;
    return q;
}

QString dimensionAndMeasureHelp()
{
    QString text = Cli::tr("Dimensions:") + QLatin1Char('\n');
    for (const engine::DimensionInfo& info : engine::dimensionInfos())
        text += QStringLiteral("  %1 %2\n")
                    .arg(QString::fromLatin1(info.name).leftJustified(15),
                        QCoreApplication::translate("tansiq::Engine", info.summary));
    text += QStringLiteral("  %1 %2\n")
                .arg(QStringLiteral("place").leftJustified(15),
                    Cli::tr("place at --level (default 1)"));
    text += Cli::tr("Measures:") + QLatin1Char('\n');
    for (const engine::MeasureInfo& info : engine::measureInfos())
        text += QStringLiteral("  %1 %2\n")
                    .arg(QString::fromLatin1(info.name).leftJustified(15),
                        QCoreApplication::translate("tansiq::Engine", info.summary));
    return text;
}

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString numberText(double value, int decimals)
{
    if (std::isnan(value))
        return QString();
    return QString::number(value, 'f', decimals);
}

} // namespace tansiq::cli
