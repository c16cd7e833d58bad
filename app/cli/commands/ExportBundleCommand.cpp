#include "app/cli/CliCommand.h"
#include "app/cli/commands/SyncCliSupport.h"
#include "core/office/SampleData.h"
#include "core/registry/Registry.h"
#include "core/storage/Database.h"
#include "core/sync/Exporter.h"
#include "core/sync/Roster.h"
#include "core/sync/SyncContext.h"

namespace tansiq::cli {

int runExportBundle(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption to(
        QStringLiteral("to"), Cli::tr("the office the bundle is for"), QStringLiteral("OFFICE"));
    const QCommandLineOption out(
        QStringLiteral("out"), Cli::tr("the bundle file to write"), QStringLiteral("FILE"));
    parser.addOptions({ to, out, synccli::passphraseOption() });
    if (auto stop = context.parse(parser, args,
            Cli::tr("Writes an encrypted, signed bundle of every change the "
                    "office is not known to have.")))
        return *stop;
    if (!parser.isSet(to) || !parser.isSet(out)) {
        context.err() << Cli::tr("error: give --to OFFICE and --out FILE") << '\n';
        return UsageError;
    }
    Workspace* workspace = context.workspace({ .createIfMissing = false, .seedGazetteer = false });
    if (!workspace)
        return Failure;
    // Refused before the passphrase is asked for; core refuses it too (docs/decisions/0045).
    if (sampledata::isSample(workspace->database()))
        return context.fail({ sampledata::exportRefused(workspace->database().path()) });
    sync::SyncContext sync(workspace->registry(), context.clock());
    const auto recipient = sync.roster().officeByName(parser.value(to));
    if (!recipient) {
        context.err() << Cli::tr(
            "error: no office “%1” in the roster (see “tansiq-cli office roster”)")
                             .arg(parser.value(to))
                      << '\n';
        return Failure;
    }
    const auto keys = synccli::unlock(context, *workspace, parser);
    if (!keys)
        return Failure;
    sync::Exporter exporter(sync);
    // Written atomically, read back and checked before it counts as sent (bundlefile::write).
    const auto bundle = exporter.writeTo(recipient->office, *keys, parser.value(out));
    if (!bundle.ok())
        return context.fail(bundle.issues());
    synccli::warnAboutCertificate(context, sync);
    context.out() << Cli::tr(
        "Bundle for “%1” written to %2 and verified: %3 batches, %4 operations, "
        "%5 bytes. It is safe to remove the stick.")
                         .arg(recipient->name, parser.value(out))
                         .arg(bundle->batches)
                         .arg(bundle->ops)
                         .arg(bundle->bytes.size())
                  << '\n';
    return Success;
}

} // namespace tansiq::cli
