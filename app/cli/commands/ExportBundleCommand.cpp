#include "CliCommand.h"
#include "SyncCliSupport.h"
#include "registry/Registry.h"
#include "sync/Batch.h"
#include "sync/Envelope.h"
#include "sync/Exporter.h"
#include "sync/Manifest.h"
#include "sync/Roster.h"
#include "sync/SyncContext.h"
#include "sync/SyncLimits.h"

namespace tansiq::cli {

using synccli::tr;

int runExportBundle(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption to(QStringLiteral("to"), tr("the office the bundle is for"), QStringLiteral("OFFICE"));
    const QCommandLineOption out(QStringLiteral("out"), tr("the bundle file to write"), QStringLiteral("FILE"));
    parser.addOptions({to, out, synccli::passphraseOption()});
    if (auto stop = context.parse(parser, args,
                                  tr("Writes an encrypted, signed bundle of every change the "
                                     "office is not known to have.")))
        return *stop;
    if (!parser.isSet(to) || !parser.isSet(out)) {
        context.err() << tr("error: give --to OFFICE and --out FILE") << '\n';
        return UsageError;
    }
    Workspace* workspace = context.workspace({.createIfMissing = false, .seedGazetteer = false});
    if (!workspace)
        return Failure;
    sync::SyncContext sync(workspace->registry(), context.clock());
    const auto recipient = sync.roster().officeByName(parser.value(to));
    if (!recipient) {
        context.err() << tr("error: no office “%1” in the roster (see “tansiq-cli office roster”)")
                             .arg(parser.value(to))
                      << '\n';
        return Failure;
    }
    const auto keys = synccli::unlock(context, *workspace, parser);
    if (!keys)
        return Failure;
    sync::Exporter exporter(sync);
    const auto bundle = exporter.build(recipient->office, *keys);
    if (!bundle.ok())
        return context.fail(bundle.issues());
    if (!synccli::writeFile(context, parser.value(out), bundle->bytes))
        return Failure;
    // Read the file back from the stick and check it completely before saying it is safe.
    const auto written = synccli::readFile(context, parser.value(out), sync::limits::kMaxBundleBytes);
    bool verified = written.has_value() && *written == bundle->bytes;
    if (verified) {
        const auto plain = sync::envelope::open(*written, *keys, nullptr);
        const auto content = plain.ok() ? sync::manifest::parse(plain.value())
                                        : Result<sync::BundleContent>::failure(plain.issues());
        verified = content.ok() && sync::manifest::verify(content.value(), keys->signPublic);
        for (qsizetype i = 0; verified && i < content->batches.size(); ++i)
            verified = sync::batch::parse(content->batches.at(i)).ok();
    }
    if (!verified) {
        context.err() << tr("error: the bundle written to “%1” does not read back correctly (a "
                            "faulty or full stick?). Export again to another stick.")
                             .arg(parser.value(out))
                      << '\n';
        return Failure;
    }
    const Status logged = exporter.recordSent(bundle.value());
    if (!logged.ok())
        return context.fail(logged.issues());
    context.out() << tr("Bundle for “%1” written to %2 and verified: %3 batches, %4 operations, "
                        "%5 bytes. It is safe to remove the stick.")
                         .arg(recipient->name, parser.value(out))
                         .arg(bundle->batches)
                         .arg(bundle->ops)
                         .arg(bundle->bytes.size())
                  << '\n';
    return Success;
}

}  // namespace tansiq::cli
