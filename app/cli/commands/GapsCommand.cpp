#include "app/cli/CliCommand.h"
#include "app/cli/CliContext.h"
#include "app/cli/commands/EngineCli.h"
#include "core/engine/GapAnalysis.h"
#include "core/engine/Members.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace tansiq::cli {

int runGaps(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption severe(QStringLiteral("severe-without-partner"),
        Cli::tr("list only severe needs (severity 3 or more) with no partner"));
    const QCommandLineOption limit(QStringLiteral("limit"), Cli::tr("at most N rows"),
        QStringLiteral("N"), QStringLiteral("0"));
    parser.addOption(severe);
    parser.addOption(limit);
    EngineOptions options;
    options.addTo(parser, true);
    if (auto stop = context.parse(parser, args,
            Cli::tr("Every place (at --level, default 3) and sector with a need or an activity, "
                    "in priority order.")
                + QLatin1Char('\n') + engine::GapAnalysis::priorityFormula()))
        return *stop;
    bool ok = false;
    const int maxRows = parser.value(limit).toInt(&ok);
    if (!ok || maxRows < 0) {
        context.err() << Cli::tr("error: --limit needs a number") << '\n';
        return UsageError;
    }
    auto session = openEngine(context);
    if (!session)
        return Failure;
    const auto common = readCommon(context, parser, options, *session->snapshot, 3);
    if (const int* code = std::get_if<int>(&common))
        return *code;
    const CommonQuery& q = std::get<CommonQuery>(common);
    const engine::Snapshot& s = *session->snapshot;
    QList<engine::GapRow> rows = engine::GapAnalysis(s, session->workers.get())
                                     .run(engine::GapQuery { q.level, q.period, q.filters });
    if (parser.isSet(severe))
        rows = engine::GapAnalysis::severeWithoutPartner(rows);
    if (maxRows > 0 && rows.size() > maxRows)
        rows.resize(maxRows);
    const engine::Dimension level = engine::adminDimension(q.level);
    if (q.format == u"json") {
        QJsonArray list;
        for (const engine::GapRow& g : rows) {
            list.append(QJsonObject { { QStringLiteral("priority"), g.priority },
                { QStringLiteral("pcode"), engine::memberCode(s, level, g.place) },
                { QStringLiteral("place"), engine::memberLabel(s, level, g.place, q.language) },
                { QStringLiteral("sector"), s.sectors.at(g.sector).code },
                { QStringLiteral("severity"), g.severity },
                { QStringLiteral("people_in_need"), g.peopleInNeed },
                { QStringLiteral("partners"), g.partners },
                { QStringLiteral("reached_unique"), g.reachedUnique },
                { QStringLiteral("coverage"),
                    std::isnan(g.coverage) ? QJsonValue() : QJsonValue(g.coverage) },
                { QStringLiteral("uncovered"), g.uncovered },
                { QStringLiteral("severe_without_partner"), g.severeWithoutPartner() } });
        }
        const QJsonObject root { { QStringLiteral("level"), q.level },
            { QStringLiteral("priority_formula"), engine::GapAnalysis::priorityFormula() },
            { QStringLiteral("gaps"), list } };
        context.out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return Success;
    }
    QTextStream& out = context.out();
    out << "priority,pcode,place,sector,severity,people_in_need,partners,reached_unique,coverage,"
           "uncovered,severe_without_partner\n";
    if (q.format == u"hxl")
        out << "#priority,#adm" << q.level << "+code,#adm" << q.level
            << "+name,#sector+cluster+code,#severity,#inneed,#org+num,#reached+ind+unique,#"
               "indicator+coverage,#inneed+uncovered,#meta+gap\n";
    for (const engine::GapRow& g : rows) {
        out << g.priority << ',' << engine::memberCode(s, level, g.place) << ','
            << csvField(engine::memberLabel(s, level, g.place, q.language)) << ','
            << s.sectors.at(g.sector).code << ',' << g.severity << ',' << g.peopleInNeed << ','
            << g.partners << ',' << g.reachedUnique << ',' << numberText(g.coverage, 4) << ','
            << g.uncovered << ',' << (g.severeWithoutPartner() ? "yes" : "no") << '\n';
    }
    context.err() << engine::GapAnalysis::priorityFormula() << '\n';
    return Success;
}

} // namespace tansiq::cli
