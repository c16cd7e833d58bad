#include "app/cli/commands/OfficeRootCommands.h"

#include "app/cli/CliCommand.h"
#include "app/cli/commands/SyncCliSupport.h"
#include "core/sync/CertificationKey.h"
#include "core/sync/Enrolment.h"
#include "core/sync/PassphrasePolicy.h"

#include <QFileInfo>

namespace tansiq::cli {

int createCertificationKey(CliContext& context, const QCommandLineParser& parser)
{
    const QString path = parser.value(QStringLiteral("out"));
    if (path.isEmpty()) {
        context.err() << Cli::tr("error: give the file to write with --out FILE (on a stick that "
                                 "stays offline)")
                      << '\n';
        return UsageError;
    }
    // A root of trust is never overwritten by accident.
    if (QFileInfo::exists(path)) {
        context.err() << Cli::tr("error: “%1” already exists; a certification key is never "
                                 "overwritten. Nothing was changed.")
                             .arg(path)
                      << '\n';
        return Failure;
    }
    std::optional<QByteArray> secret = synccli::certificationPassphrase(context, parser);
    if (!secret)
        return Failure;
    const Status strong = sync::passphrase::check(*secret);
    if (!strong.ok()) {
        sync::crypto::wipe(*secret);
        return context.fail(strong.issues());
    }
    const sync::CertificationKey key = sync::CertificationKey::generate();
    const QByteArray file = key.toFile(
        *secret, parser.value(QStringLiteral("name")).trimmed(), context.clock().nowMs());
    sync::crypto::wipe(*secret);
    if (file.isEmpty()) {
        context.err() << Cli::tr("error: could not protect the key (not enough memory for the "
                                 "passphrase hash). Nothing was written.")
                      << '\n';
        return Failure;
    }
    if (!synccli::writeFile(context, path, file))
        return Failure;
    context.out() << Cli::tr(
        "Certification key written to %1. Its fingerprint, which field offices "
        "confirm by phone when they enrol: %2. Keep the file offline, with a "
        "copy in a safe place; keep its passphrase apart from it.")
                         .arg(path, key.fingerprint())
                  << '\n';
    return Success;
}

int initHeadOffice(CliContext& context, const QCommandLineParser& parser)
{
    Workspace* workspace = context.workspace();
    if (!workspace)
        return Failure;
    const std::optional<sync::CertificationKey> root
        = synccli::certifier(context, *workspace, parser);
    if (!root)
        return Failure;
    std::optional<QByteArray> secret = synccli::passphrase(context, parser);
    if (!secret)
        return Failure;
    const QString name = parser.value(QStringLiteral("name")).trimmed();
    const auto keys = sync::enrolment::initHeadOffice(
        workspace->database(), name, *secret, *root, context.clock().nowMs());
    sync::crypto::wipe(*secret);
    if (!keys.ok())
        return context.fail(keys.issues());
    context.out() << Cli::tr(
        "Office “%1” is set up as the head office, rooted in the certification key "
        "%2. Field offices confirm that fingerprint by phone when they enrol. Put "
        "the certification key away: it is needed only to enrol, renew or revoke "
        "offices and to certify a new everyday key.")
                         .arg(name, root->fingerprint())
                  << '\n';
    return Success;
}

int certifyNewKey(CliContext& context, const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("certification-key"))) {
        context.err() << Cli::tr(
            "error: a new everyday key is certified with the certification key: "
            "give --certification-key FILE. Nothing was changed.")
                      << '\n';
        return UsageError;
    }
    Workspace* workspace = context.workspace();
    if (!workspace)
        return Failure;
    const std::optional<sync::CertificationKey> root
        = synccli::certifier(context, *workspace, parser);
    if (!root)
        return Failure;
    std::optional<QByteArray> secret = synccli::passphrase(context, parser);
    if (!secret)
        return Failure;
    const auto keys = sync::enrolment::certifyNewEverydayKey(
        workspace->database(), *root, *secret, context.clock().nowMs());
    sync::crypto::wipe(*secret);
    if (!keys.ok())
        return context.fail(keys.issues());
    context.out() << Cli::tr(
        "This head office now signs with a new everyday key (fingerprint %1), "
        "certified by the certification key. The old key is retired: what it "
        "signed up to now stays valid, anything it signs from now on is refused "
        "by every office that has received a bundle from this computer. Send "
        "every office a bundle now.")
                         .arg(sync::crypto::fingerprint(keys->signPublic, keys->boxPublic))
                  << '\n';
    return Success;
}

} // namespace tansiq::cli
