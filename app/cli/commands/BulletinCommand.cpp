#include "app/cli/CliCommand.h"
#include "app/cli/CliContext.h"
#include "app/cli/commands/BulletinCli.h"
#include "core/bulletin/BulletinDocument.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace tansiq::cli {

int runBulletin(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    BulletinOptions options;
    options.addTo(parser);
    const QCommandLineOption out(QStringLiteral("out"),
        Cli::tr("the PDF file to write (written whole or not at all)"), QStringLiteral("FILE.pdf"));
    parser.addOption(out);
    if (auto stop = context.parse(parser, args,
            Cli::tr("Writes the monthly bulletin (A4 PDF) for the country or an area: key figures, "
                    "who does what where, maps, charts, gaps, duplication alerts and partners.")))
        return *stop;
    if (!parser.isSet(out) || parser.value(out).isEmpty()) {
        context.err() << Cli::tr("error: --out needs the PDF file to write") << '\n';
        return UsageError;
    }
    const auto request = options.read(context, parser);
    if (const int* code = std::get_if<int>(&request))
        return *code;
    auto session = openEngine(context);
    if (!session)
        return Failure;
    auto data = collectBulletin(context, *session, std::get<report::BulletinRequest>(request));
    if (!data.ok())
        return context.fail(data.issues());
    const QString path = parser.value(out);
    const Status written = report::BulletinDocument::writePdf(data.value(), path);
    if (!written.ok())
        return context.fail(written.issues());
    context.out() << Cli::tr("Wrote the bulletin for %1, %2: %3")
                         .arg(data.value().areaName,
                             data.value().month.toString(QStringLiteral("yyyy-MM")),
                             QFileInfo(path).absoluteFilePath())
                  << '\n';
    return Success;
}

} // namespace tansiq::cli
