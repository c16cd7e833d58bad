#include "app/cli/CliCommand.h"
#include "app/cli/CliContext.h"
#include "core/publish/Publisher.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tansiq::cli {

int runPublish(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption postgres(QStringLiteral("postgres"),
        Cli::tr("PostgreSQL connection string, e.g. \"host=server dbname=tansiq user=publisher\""),
        QStringLiteral("CONNINFO"));
    const QCommandLineOption schema(QStringLiteral("schema"),
        Cli::tr("schema to publish into (default: tansiq)"), QStringLiteral("NAME"),
        QStringLiteral("tansiq"));
    const QCommandLineOption compareAll(QStringLiteral("compare-all"),
        Cli::tr("compare every record with the target instead of reading the op log"));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("print JSON"));
    parser.addOption(postgres);
    parser.addOption(schema);
    parser.addOption(compareAll);
    parser.addOption(json);
    if (auto stop = context.parse(parser, args,
            Cli::tr(
                "Publishes the registry to a PostgreSQL database (tables, boundaries, and views "
                "for "
                "the 4W "
                "matrix, unique reach and gaps), in one transaction. Only what changed since the "
                "last "
                "publication is written. See docs/publishing.md.")))
        return *stop;
    if (!parser.isSet(postgres)) {
        context.err() << Cli::tr("error: --postgres is required") << '\n';
        return UsageError;
    }
    Workspace* workspace = context.workspace({ .createIfMissing = false, .seedGazetteer = false });
    if (!workspace)
        return Failure;
    publish::PublishOptions options;
    options.connection = parser.value(postgres);
    options.schema = parser.value(schema);
    options.compareAll = parser.isSet(compareAll);
    const Result<publish::PublishReport> report
        = publish::Publisher(workspace->database()).run(options);
    if (!report.ok()) {
        context.report(report.issues());
        return Failure;
    }
    if (parser.isSet(json)) {
        QJsonArray tables;
        for (const publish::TableCounts& t : report->tables)
            tables.append(QJsonObject { { QStringLiteral("table"), QString::fromLatin1(t.table) },
                { QStringLiteral("written"), t.written },
                { QStringLiteral("deleted"), t.deleted } });
        const QJsonObject root { { QStringLiteral("mode"), report->modeName() },
            { QStringLiteral("reason"), report->reason },
            { QStringLiteral("postgis"), report->postgis },
            { QStringLiteral("written"), report->written() },
            { QStringLiteral("deleted"), report->deleted() },
            { QStringLiteral("tables"), tables } };
        context.out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return Success;
    }
    QTextStream& out = context.out();
    out << Cli::tr("Published to schema %1 (%2: %3).")
               .arg(options.schema, report->modeName(), report->reason)
        << '\n';
    out << Cli::tr("Records written: %1, deleted: %2.")
               .arg(report->written())
               .arg(report->deleted())
        << '\n';
    out << (report->postgis
            ? Cli::tr("Boundaries: PostGIS geometry and WKT text.")
            : Cli::tr("Boundaries: WKT text (PostGIS is not installed in this database)."))
        << '\n';
    for (const publish::TableCounts& t : report->tables) {
        if (t.written || t.deleted)
            out << "  " << t.table << ": +" << t.written << " -" << t.deleted << '\n';
    }
    return Success;
}

} // namespace tansiq::cli
