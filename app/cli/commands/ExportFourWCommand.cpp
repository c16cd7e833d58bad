#include "app/cli/CliCommand.h"
#include "app/cli/CliContext.h"
#include "core/interop/FourWExporter.h"

#include <QCoreApplication>

namespace tansiq::cli {

int runExportFourW(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), Cli::tr("csv or xlsx"),
        QStringLiteral("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption lang(QStringLiteral("lang"),
        Cli::tr("language of the header row and names: ar or en"), QStringLiteral("LANG"),
        QStringLiteral("ar"));
    const QCommandLineOption filter(QStringLiteral("filter"),
        Cli::tr("sector=WASH,HLT | place=SY09 | active=2026-10 or "
                "active=2026-01-01..2026-03-31 | org=ACRONYM (repeatable)"),
        QStringLiteral("FILTER"));
    const QCommandLineOption out(
        QStringLiteral("out"), Cli::tr("file to write"), QStringLiteral("FILE"));
    parser.addOptions({ format, lang, filter, out });
    if (auto stop
        = context.parse(parser, args, Cli::tr("Exports the 4W as HXL-tagged CSV or XLSX.")))
        return *stop;
    const QString formatName = parser.value(format).toLower();
    const QString langName = parser.value(lang).toLower();
    if (!parser.isSet(out) || (formatName != u"csv" && formatName != u"xlsx")
        || (langName != u"ar" && langName != u"en")) {
        context.err() << Cli::tr("error: give --out FILE, --format csv|xlsx and --lang ar|en")
                      << '\n';
        return UsageError;
    }
    auto filters = interop::ExportFilterArguments::parse(parser.values(filter));
    if (!filters.ok()) {
        context.report(filters.issues());
        return UsageError;
    }
    Workspace* workspace = context.workspace({ .createIfMissing = false, .seedGazetteer = false });
    if (!workspace)
        return Failure;
    auto sink = formatName == u"csv" ? interop::TableSink::csv(parser.value(out))
                                     : interop::TableSink::xlsx(parser.value(out));
    const auto resolved = filters->resolve(workspace->registry());
    if (!resolved.ok())
        return context.fail(resolved.issues());
    interop::FourWExporter exporter(workspace->registry());
    const auto summary = exporter.write(
        *sink, *resolved, langName == u"ar" ? Language::Arabic : Language::English);
    if (!summary.ok())
        return context.fail(summary.issues());
    context.out() << Cli::tr(
        "Exported %n activities to %1 (%2 sensitive, written without coordinates, "
        "site and focal point).",
        nullptr, int(summary->rows))
                         .arg(parser.value(out))
                         .arg(summary->sensitiveRows)
                  << '\n';
    return Success;
}

} // namespace tansiq::cli
