#include "app/cli/CliCommand.h"
#include "app/cli/CliContext.h"
#include "app/cli/commands/EngineCli.h"
#include "core/engine/Calendar.h"
#include "core/engine/DuplicationReviews.h"
#include "core/engine/DuplicationScan.h"
#include "core/engine/Members.h"
#include "core/registry/Registry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace tansiq::cli {

namespace {

QString sharedEnd(const engine::DuplicateGroup& g)
{
    return g.sharedLastDay == engine::calendar::kOpenEnd
        ? QString()
        : engine::calendar::dayLabel(g.sharedLastDay);
}

QString orgList(const engine::Snapshot& s, const engine::DuplicateGroup& g)
{
    QStringList names;
    for (int r : g.rows) {
        const QString acronym = s.orgs.at(s.implementingOrg[size_t(r)]).acronym;
        if (!names.contains(acronym))
            names << acronym;
    }
    return names.join(QLatin1Char(' '));
}

// The group with this key, looked for in its own place only.
bool groupExists(const engine::Snapshot& s, const QString& key)
{
    const int place = s.placeOf(key.section(QLatin1Char('/'), 0, 0));
    if (place < 0 || s.places.at(place).level < 1)
        return false;
    engine::DuplicationQuery q;
    q.filters << engine::Filter { engine::adminDimension(s.places.at(place).level), { place } };
    q.includeComplementary = true;
    for (const engine::DuplicateGroup& g : engine::DuplicationScan(s).run(q))
        if (g.key == key)
            return true;
    return false;
}

} // namespace

int runDuplicates(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption limit(QStringLiteral("limit"),
        Cli::tr("at most N groups (default 50; 0 for all)"), QStringLiteral("N"),
        QStringLiteral("50"));
    const QCommandLineOption all(
        QStringLiteral("include-complementary"), Cli::tr("also list groups marked complementary"));
    const QCommandLineOption mark(QStringLiteral("mark-complementary"),
        Cli::tr("mark the group with this key complementary"), QStringLiteral("KEY"));
    const QCommandLineOption note(
        QStringLiteral("note"), Cli::tr("the reason, kept with the mark"), QStringLiteral("TEXT"));
    const QCommandLineOption unmark(QStringLiteral("unmark"),
        Cli::tr("remove the mark of the group with this key"), QStringLiteral("KEY"));
    for (const auto* option : { &limit, &all, &mark, &note, &unmark })
        parser.addOption(*option);
    EngineOptions options;
    options.addTo(parser, false);
    if (auto stop = context.parse(parser, args,
            Cli::tr("Possible duplications: activities of different organisations in the same "
                    "sub-district or community, same activity type and population group, active on "
                    "common days. Ranked by score = time overlap × (0.5 + 0.5 × min(1, combined "
                    "reach ÷ people in need)).")))
        return *stop;
    bool ok = false;
    const int maxGroups = parser.value(limit).toInt(&ok);
    if (!ok || maxGroups < 0) {
        context.err() << Cli::tr("error: --limit needs a number") << '\n';
        return UsageError;
    }
    auto session = openEngine(context);
    if (!session)
        return Failure;
    const engine::Snapshot& s = *session->snapshot;
    engine::DuplicationReviews reviews(context.workspace()->registry().writer());
    if (parser.isSet(mark) || parser.isSet(unmark)) {
        const QString key = parser.value(parser.isSet(mark) ? mark : unmark);
        if (parser.isSet(mark) && !groupExists(s, key)) {
            context.report(
                { Issue::error(QStringLiteral("unknown-group"), Cli::tr("duplication group"), key,
                    Cli::tr("No possible duplication has the key “%1” (list them with “tansiq-cli "
                            "duplicates”).")
                        .arg(key)) });
            return UsageError;
        }
        if (parser.isSet(mark)) {
            const auto marked = reviews.markComplementary(key, parser.value(note));
            if (!marked.ok())
                return context.fail(marked.issues());
            context.out() << Cli::tr("Marked complementary: %1").arg(key) << '\n';
        } else {
            const Status removed = reviews.unmark(key);
            if (!removed.ok())
                return context.fail(removed.issues());
            context.out() << Cli::tr("Flagged again: %1").arg(key) << '\n';
        }
        return Success;
    }
    const auto common = readCommon(context, parser, options, s, 3);
    if (const int* code = std::get_if<int>(&common))
        return *code;
    const CommonQuery& q = std::get<CommonQuery>(common);
    engine::DuplicationQuery query;
    query.period = q.period;
    query.filters = q.filters;
    query.limit = maxGroups;
    query.includeComplementary = parser.isSet(all);
    const QHash<QString, engine::DuplicationReview> marks = reviews.marks();
    for (auto it = marks.cbegin(); it != marks.cend(); ++it)
        query.complementary.insert(it.key());
    engine::DuplicationScan scan(s, session->workers.get());
    const QList<engine::DuplicateGroup> groups = scan.run(query);
    if (q.format == u"json") {
        QJsonArray list;
        for (const engine::DuplicateGroup& g : groups) {
            list.append(QJsonObject { { QStringLiteral("key"), g.key },
                { QStringLiteral("pcode"), s.places.at(g.place).pcode },
                { QStringLiteral("place"),
                    engine::memberLabel(s, engine::adminDimension(s.places.at(g.place).level),
                        g.place, q.language) },
                { QStringLiteral("activity_type"), s.types.at(g.activityType).code },
                { QStringLiteral("group"),
                    engine::memberCode(s, engine::Dimension::PopulationGroup, g.populationGroup) },
                { QStringLiteral("organisations"), orgList(s, g) },
                { QStringLiteral("activities"), qint64(g.rows.size()) },
                { QStringLiteral("shared_from"), engine::calendar::dayLabel(g.sharedFirstDay) },
                { QStringLiteral("shared_to"), sharedEnd(g) },
                { QStringLiteral("time_overlap"), g.timeOverlap },
                { QStringLiteral("combined_reach"), g.combinedReach },
                { QStringLiteral("reach_ratio"),
                    std::isnan(g.reachRatio) ? QJsonValue() : QJsonValue(g.reachRatio) },
                { QStringLiteral("score"), g.score },
                { QStringLiteral("complementary"), g.complementary },
                { QStringLiteral("note"), marks.value(g.key).note } });
        }
        const QJsonObject root { { QStringLiteral("groups_found"), scan.groupsFound() },
            { QStringLiteral("groups"), list } };
        context.out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return Success;
    }
    QTextStream& out = context.out();
    out << "rank,key,pcode,activity_type,group,organisations,activities,shared_from,shared_to,time_"
           "overlap,combined_reach,reach_ratio,score,complementary\n";
    if (q.format == u"hxl")
        out << "#meta+rank,#meta+id,#adm3+code,#activity+code,#beneficiary+type,#org+impl+code,#"
               "activity+num,#date+start,#date+end,#indicator+overlap,#reached+ind,#indicator+"
               "ratio,#indicator+score,#meta+complementary\n";
    int rank = 0;
    for (const engine::DuplicateGroup& g : groups) {
        out << ++rank << ',' << g.key << ',' << s.places.at(g.place).pcode << ','
            << s.types.at(g.activityType).code << ','
            << engine::memberCode(s, engine::Dimension::PopulationGroup, g.populationGroup) << ','
            << orgList(s, g) << ',' << g.rows.size() << ','
            << engine::calendar::dayLabel(g.sharedFirstDay) << ',' << sharedEnd(g) << ','
            << numberText(g.timeOverlap, 3) << ',' << g.combinedReach << ','
            << numberText(g.reachRatio, 3) << ',' << numberText(g.score, 3) << ','
            << (g.complementary ? "yes" : "no") << '\n';
    }
    context.err() << Cli::tr(
        "%n possible duplications found; %1 listed.", nullptr, int(scan.groupsFound()))
                         .arg(groups.size())
                  << '\n';
    return Success;
}

} // namespace tansiq::cli
