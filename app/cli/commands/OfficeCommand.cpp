#include "app/cli/CliCommand.h"
#include "app/cli/commands/OfficeRootCommands.h"
#include "app/cli/commands/SyncCliSupport.h"
#include "core/registry/Registry.h"
#include "core/sync/Enrolment.h"
#include "core/sync/Roster.h"
#include "core/sync/TrustedTime.h"

namespace tansiq::cli {

namespace {

bool isAction(const QString& action)
{
    static const QStringList actions = { QStringLiteral("init"), QStringLiteral("enrol-request"),
        QStringLiteral("enrol-sign"), QStringLiteral("enrol-accept"), QStringLiteral("roster"),
        QStringLiteral("revoke"), QStringLiteral("renew"), QStringLiteral("certify-new-key"),
        QStringLiteral("renew-replica"), QStringLiteral("confirm-time") };
    return actions.contains(action);
}

int usage(CliContext& context)
{
    context.err() << Cli::tr(
        "Usage: tansiq-cli office create-certification-key --out FILE [--name "
        "LABEL]   (head office, once, on a stick)\n"
        "       tansiq-cli office init --name NAME [--head-office "
        "--certification-key FILE]\n"
        "       tansiq-cli office enrol-request --out FILE\n"
        "       tansiq-cli office enrol-sign REQUEST --out ANSWER "
        "--expect-fingerprint FP --certification-key FILE [--valid-days N]   "
        "(head office)\n"
        "       tansiq-cli office enrol-accept ANSWER --expect-fingerprint FP\n"
        "       tansiq-cli office roster\n"
        "       tansiq-cli office revoke OFFICE --certification-key FILE   (head "
        "office)\n"
        "       tansiq-cli office renew OFFICE --certification-key FILE "
        "[--valid-days N]   (head office)\n"
        "       tansiq-cli office certify-new-key --certification-key FILE   "
        "(head office: a new laptop, docs/recovery.md)\n"
        "       tansiq-cli office renew-replica\n"
        "       tansiq-cli office confirm-time   (a head-office date held back)\n"
        "Keys are protected by a passphrase: --passphrase-file FILE or "
        "TANSIQ_PASSPHRASE; the certification key by its own: "
        "--certification-passphrase-file FILE or TANSIQ_CERTIFICATION_PASSPHRASE. "
        "Enrolment needs the other side's fingerprint, read out by phone "
        "(--expect-fingerprint), unless --skip-fingerprint-check is given.")
                  << '\n';
    return UsageError;
}

} // namespace

int runOffice(CliContext& context, const QStringList& args)
{
    // "office --help" has no action: the parser then reads the command name as the program's.
    const bool hasAction = !args.value(1).startsWith(u'-');
    const QString action = hasAction ? args.value(1) : QString();
    const QStringList rest = hasAction ? args.mid(1) : args;
    QCommandLineParser parser;
    const QCommandLineOption name(
        QStringLiteral("name"), Cli::tr("the office's name"), QStringLiteral("NAME"));
    const QCommandLineOption head(
        QStringLiteral("head-office"), Cli::tr("this installation is the head office"));
    const QCommandLineOption out(
        QStringLiteral("out"), Cli::tr("file to write"), QStringLiteral("FILE"));
    const QCommandLineOption expect(QStringLiteral("expect-fingerprint"),
        Cli::tr("refuse unless the other side's fingerprint is FP"), QStringLiteral("FP"));
    const QCommandLineOption skipCheck(QStringLiteral("skip-fingerprint-check"),
        Cli::tr("enrol without comparing the other side's fingerprint "
                "(unsafe: anyone with the file could pose as them)"));
    const QCommandLineOption validDays(QStringLiteral("valid-days"),
        Cli::tr("how many days the office's certificate is valid "
                "(default 365)"),
        QStringLiteral("N"), QStringLiteral("365"));
    parser.addOptions({ name, head, out, expect, skipCheck, validDays, synccli::passphraseOption(),
        synccli::certificationKeyOption(), synccli::certificationPassphraseOption() });
    parser.addPositionalArgument(QStringLiteral("action"),
        Cli::tr("create-certification-key, init, enrol-request, enrol-sign, "
                "enrol-accept, roster, revoke, renew, certify-new-key, "
                "renew-replica, confirm-time"));
    if (auto stop = context.parse(parser, rest, Cli::tr("Sets up this office and its keys.")))
        return *stop;
    // Needs no database: the key file is made on its own, ideally on an offline computer.
    if (action == u"create-certification-key")
        return createCertificationKey(context, parser);
    // A mistyped action must not create a database on its way to the usage message.
    if (!isAction(action))
        return usage(context);
    const QStringList positional = parser.positionalArguments();
    Workspace* workspace = context.workspace();
    if (!workspace)
        return Failure;
    Database& db = workspace->database();
    sync::Roster roster(db);
    const qint64 now = context.clock().nowMs();
    bool daysOk = false;
    const int days = parser.value(validDays).toInt(&daysOk);
    if (!daysOk || days < 1 || days > 3650) {
        context.err() << Cli::tr(
            "error: --valid-days must be a number of days from 1 to 3650, not “%1”")
                             .arg(parser.value(validDays))
                      << '\n';
        return UsageError;
    }
    const qint64 validFor = qint64(days) * 24 * 3600 * 1000;
    // Enrolment compares fingerprints read out by phone, unless the operator says otherwise.
    const auto fingerprintChoice = [&]() -> std::optional<bool> {
        if (parser.isSet(expect) && !parser.value(expect).trimmed().isEmpty())
            return true;
        if (parser.isSet(skipCheck))
            return false;
        context.err() << Cli::tr("error: give the fingerprint the other office read out to you by "
                                 "phone with --expect-fingerprint FP (or, knowingly, "
                                 "--skip-fingerprint-check). Nothing was changed.")
                      << '\n';
        return std::nullopt;
    };

    if (action == u"init") {
        if (!parser.isSet(name) || parser.value(name).trimmed().isEmpty())
            return usage(context);
        // A head office is rooted in its own offline certification key (docs/decisions/0061).
        if (parser.isSet(head)) {
            if (!parser.isSet(QStringLiteral("certification-key"))) {
                context.err() << Cli::tr(
                    "error: a head office needs its certification key: create it "
                    "with “tansiq-cli office create-certification-key --out FILE” "
                    "(on a stick), then give --certification-key FILE. Nothing "
                    "was changed.")
                              << '\n';
                return UsageError;
            }
            return initHeadOffice(context, parser);
        }
        auto secret = synccli::passphrase(context, parser);
        if (!secret)
            return Failure;
        const auto keys
            = sync::enrolment::initOffice(db, parser.value(name).trimmed(), false, *secret, now);
        sync::crypto::wipe(*secret);
        if (!keys.ok())
            return context.fail(keys.issues());
        context.out() << Cli::tr("Office “%1” is set up. Its fingerprint: %2")
                             .arg(parser.value(name).trimmed(),
                                 sync::crypto::fingerprint(keys->signPublic, keys->boxPublic))
                      << '\n';
        return Success;
    }
    if (action == u"enrol-request") {
        if (!parser.isSet(out))
            return usage(context);
        const auto keys = synccli::unlock(context, *workspace, parser);
        if (!keys)
            return Failure;
        const QString officeName = workspace->registry().office().officeName;
        if (!synccli::writeFile(
                context, parser.value(out), sync::enrolment::request(*keys, officeName)))
            return Failure;
        context.out() << Cli::tr(
            "Enrolment request written to %1. Give it to the head office and read "
            "them this fingerprint by phone: %2")
                             .arg(parser.value(out),
                                 sync::crypto::fingerprint(keys->signPublic, keys->boxPublic))
                      << '\n';
        return Success;
    }
    if (action == u"enrol-sign") {
        if (positional.isEmpty() || !parser.isSet(out))
            return usage(context);
        const auto bytes = synccli::readFile(context, positional.at(0), 64 * 1024);
        if (!bytes)
            return Failure;
        const auto entry = sync::enrolment::readRequest(*bytes);
        if (!entry.ok())
            return context.fail(entry.issues());
        const QString fingerprint = sync::crypto::fingerprint(entry->signPublic, entry->boxPublic);
        context.out() << Cli::tr("Request from office “%1”, office id %2, fingerprint %3")
                             .arg(entry->name, entry->office.toString(QUuid::WithoutBraces),
                                 fingerprint)
                      << '\n';
        const std::optional<bool> check = fingerprintChoice();
        if (!check)
            return UsageError;
        if (*check
            && parser.value(expect).trimmed().compare(fingerprint, Qt::CaseInsensitive) != 0) {
            context.err() << Cli::tr(
                "error: the request's fingerprint is %1, not %2: it was not made "
                "by the office you spoke to. Nothing was changed.")
                                 .arg(fingerprint, parser.value(expect))
                          << '\n';
            return Failure;
        }
        const auto certifier = synccli::certifier(context, *workspace, parser);
        if (!certifier)
            return Failure;
        const auto answer = sync::enrolment::sign(db, *certifier, entry.value(), now, validFor);
        if (!answer.ok())
            return context.fail(answer.issues());
        if (!synccli::writeFile(context, parser.value(out), answer.value()))
            return Failure;
        context.out() << Cli::tr("Office “%1” (fingerprint %2) is enrolled; give it %3. The head "
                                 "office's fingerprint: %4")
                             .arg(entry->name, fingerprint, parser.value(out),
                                 sync::enrolment::rootFingerprint(db))
                      << '\n';
        return Success;
    }
    if (action == u"enrol-accept") {
        if (positional.isEmpty())
            return usage(context);
        const std::optional<bool> check = fingerprintChoice();
        if (!check)
            return UsageError;
        const auto bytes = synccli::readFile(context, positional.at(0), 16 * 1024 * 1024);
        if (!bytes)
            return Failure;
        const auto keys = synccli::unlock(context, *workspace, parser);
        if (!keys)
            return Failure;
        const auto headEntry = sync::enrolment::accept(db, *keys, *bytes,
            *check ? std::optional<QString>(parser.value(expect)) : std::optional<QString>());
        if (!headEntry.ok())
            return context.fail(headEntry.issues());
        context.out() << (*check ? Cli::tr("Enrolled with head office “%1” (fingerprint %2, as "
                                           "confirmed).")
                                 : Cli::tr("Enrolled with head office “%1” without checking its "
                                           "fingerprint. Confirm it by phone now: %2"))
                             .arg(headEntry->name, headEntry->rootFingerprint)
                      << '\n';
        return Success;
    }
    if (action == u"roster") {
        const QUuid headId = roster.headOfficeId();
        for (const sync::OfficeEntry& entry : roster.offices()) {
            context.out() << entry.name << '\t' << entry.office.toString(QUuid::WithoutBraces)
                          << '\t' << entry.fingerprint() << '\t'
                          << (entry.office == headId ? Cli::tr("head office")
                                                     : Cli::tr("field office"))
                          << '\t'
                          << (entry.expiresAt > 0 ? Cli::tr("certificate valid until %1")
                                                        .arg(synccli::formatTime(entry.expiresAt))
                                                  : Cli::tr("certificate does not expire"))
                          << (entry.expiredAt(now) ? QStringLiteral("\t") + Cli::tr("EXPIRED")
                                                   : QString())
                          << (entry.revoked ? QStringLiteral("\t") + Cli::tr("REVOKED") : QString())
                          << '\n';
        }
        context.out() << Cli::tr("Revocation list version %1").arg(roster.revocations().version)
                      << '\n';
        return Success;
    }
    if (action == u"revoke") {
        if (positional.isEmpty())
            return usage(context);
        const auto entry = roster.officeByName(positional.at(0));
        if (!entry) {
            context.err() << Cli::tr("error: no office “%1” in the roster").arg(positional.at(0))
                          << '\n';
            return Failure;
        }
        const auto certifier = synccli::certifier(context, *workspace, parser);
        if (!certifier)
            return Failure;
        const Status revoked = sync::enrolment::revoke(db, *certifier, entry->office, now);
        if (!revoked.ok())
            return context.fail(revoked.issues());
        context.out() << Cli::tr(
            "Office “%1” is revoked (revocation list version %2). Its bundles will "
            "be refused once offices import a bundle from the head office.")
                             .arg(entry->name)
                             .arg(roster.revocations().version)
                      << '\n';
        return Success;
    }
    if (action == u"renew") {
        if (positional.isEmpty())
            return usage(context);
        const auto entry = roster.officeByName(positional.at(0));
        if (!entry) {
            context.err() << Cli::tr("error: no office “%1” in the roster").arg(positional.at(0))
                          << '\n';
            return Failure;
        }
        const auto certifier = synccli::certifier(context, *workspace, parser);
        if (!certifier)
            return Failure;
        const auto renewed = sync::enrolment::renew(db, *certifier, entry->office, now, validFor);
        if (!renewed.ok())
            return context.fail(renewed.issues());
        context.out() << Cli::tr("The certificate of office “%1” is renewed until %2. Every office "
                                 "receives it with the next bundle from the head office; bundles "
                                 "from “%1” refused as expired can now be imported again.")
                             .arg(renewed->name, synccli::formatTime(renewed->expiresAt))
                      << '\n';
        return Success;
    }
    if (action == u"certify-new-key")
        return certifyNewKey(context, parser);
    if (action == u"confirm-time") {
        const std::optional<qint64> held = sync::trustedtime::held(db);
        if (!held) {
            context.out() << Cli::tr("No head-office date is waiting for confirmation.") << '\n';
            return Success;
        }
        const Status confirmed = sync::trustedtime::confirmHeld(db);
        if (!confirmed.ok())
            return context.fail(confirmed.issues());
        context.out() << Cli::tr(
            "Certificates are now judged at the head office's date, %1, or this "
            "computer's clock if it is later.")
                             .arg(synccli::formatTime(*held))
                      << '\n';
        return Success;
    }
    if (action == u"renew-replica") {
        const Status renewed = sync::enrolment::renewReplica(db);
        if (!renewed.ok())
            return context.fail(renewed.issues());
        context.out() << Cli::tr("This database now writes under a new replica id.") << '\n';
        return Success;
    }
    return usage(context);
}

} // namespace tansiq::cli
