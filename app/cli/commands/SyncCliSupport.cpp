#include "app/cli/commands/SyncCliSupport.h"

#include "core/common/Clock.h"
#include "core/registry/Registry.h"
#include "core/sync/BundleFile.h"
#include "core/sync/Roster.h"
#include "core/sync/SyncContext.h"
#include "core/sync/SyncErrors.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

namespace tansiq::cli::synccli {

QCommandLineOption passphraseOption()
{
    return QCommandLineOption(QStringLiteral("passphrase-file"),
        Cli::tr("read the office passphrase from FILE (first line); otherwise "
                "from the TANSIQ_PASSPHRASE environment variable"),
        QStringLiteral("FILE"));
}

std::optional<QByteArray> passphrase(CliContext& context, const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("passphrase-file"))) {
        const QString path = parser.value(QStringLiteral("passphrase-file"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            context.err() << Cli::tr("error: cannot read the passphrase file “%1”: %2")
                                 .arg(path, file.errorString())
                          << '\n';
            return std::nullopt;
        }
        QByteArray line = file.readLine(4096);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        return line;
    }
    if (qEnvironmentVariableIsSet("TANSIQ_PASSPHRASE"))
        return qgetenv("TANSIQ_PASSPHRASE");
    context.err() << Cli::tr("error: this command needs the office passphrase: give "
                             "--passphrase-file FILE or set TANSIQ_PASSPHRASE")
                  << '\n';
    return std::nullopt;
}

std::optional<sync::OfficeKeys> unlock(
    CliContext& context, Workspace& workspace, const QCommandLineParser& parser)
{
    std::optional<QByteArray> secret = passphrase(context, parser);
    if (!secret)
        return std::nullopt;
    sync::Roster roster(workspace.database());
    Result<sync::OfficeKeys> keys = roster.unlock(*secret);
    sync::crypto::wipe(*secret); // not needed again in this command
    if (!keys.ok()) {
        context.report(keys.issues());
        return std::nullopt;
    }
    return keys.value();
}

QCommandLineOption certificationKeyOption()
{
    return QCommandLineOption(QStringLiteral("certification-key"),
        Cli::tr("the head office's certification key file (kept offline, e.g. on "
                "a stick)"),
        QStringLiteral("FILE"));
}

QCommandLineOption certificationPassphraseOption()
{
    return QCommandLineOption(QStringLiteral("certification-passphrase-file"),
        Cli::tr("read the certification key's passphrase from FILE (first line); "
                "otherwise from the TANSIQ_CERTIFICATION_PASSPHRASE environment "
                "variable"),
        QStringLiteral("FILE"));
}

std::optional<QByteArray> certificationPassphrase(
    CliContext& context, const QCommandLineParser& parser)
{
    const QString option = QStringLiteral("certification-passphrase-file");
    if (parser.isSet(option)) {
        QFile file(parser.value(option));
        if (!file.open(QIODevice::ReadOnly)) {
            context.err() << Cli::tr("error: cannot read the passphrase file “%1”: %2")
                                 .arg(parser.value(option), file.errorString())
                          << '\n';
            return std::nullopt;
        }
        QByteArray line = file.readLine(4096);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        return line;
    }
    if (qEnvironmentVariableIsSet("TANSIQ_CERTIFICATION_PASSPHRASE"))
        return qgetenv("TANSIQ_CERTIFICATION_PASSPHRASE");
    context.err() << Cli::tr("error: the certification key needs its own passphrase: give "
                             "--certification-passphrase-file FILE or set "
                             "TANSIQ_CERTIFICATION_PASSPHRASE")
                  << '\n';
    return std::nullopt;
}

std::optional<sync::CertificationKey> certifier(
    CliContext& context, Workspace& workspace, const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("certification-key"))) {
        std::optional<sync::OfficeKeys> keys = unlock(context, workspace, parser);
        if (!keys)
            return std::nullopt;
        return sync::CertificationKey(*keys);
    }
    const QString path = parser.value(QStringLiteral("certification-key"));
    const std::optional<QByteArray> bytes = readFile(context, path, 64 * 1024);
    if (!bytes)
        return std::nullopt;
    std::optional<QByteArray> secret = certificationPassphrase(context, parser);
    if (!secret)
        return std::nullopt;
    Result<sync::CertificationKey> key = sync::CertificationKey::fromFile(*bytes, *secret, path);
    sync::crypto::wipe(*secret);
    if (!key.ok()) {
        context.report(key.issues());
        return std::nullopt;
    }
    return key.value();
}

bool writeFile(CliContext& context, const QString& path, const QByteArray& bytes)
{
    const Status written = sync::bundlefile::write(path, bytes);
    if (!written.ok()) {
        context.report(written.issues());
        return false;
    }
    return true;
}

std::optional<QByteArray> readFile(CliContext& context, const QString& path, qint64 maxBytes)
{
    Result<QByteArray> bytes = sync::bundlefile::read(path, maxBytes);
    if (!bytes.ok()) {
        context.report(bytes.issues());
        return std::nullopt;
    }
    return std::move(bytes.value());
}

void warnAboutCertificate(CliContext& context, sync::SyncContext& sync)
{
    const std::optional<sync::OfficeEntry> own = sync.roster().office(sync.officeId());
    if (!own || own->expiresAt <= 0)
        return;
    const qint64 now = sync.clock().nowMs();
    if (own->expiredAt(now)) {
        context.err() << Cli::tr(
            "warning: this office's certificate expired on %1: other offices will "
            "refuse its bundles until the head office renews it (“tansiq-cli "
            "office renew %2” there) and a bundle from the head office arrives.")
                             .arg(formatTime(own->expiresAt), own->name)
                      << '\n';
    } else if (own->expiresAt - now < sync::certs::kRenewalWarningMs) {
        context.err() << Cli::tr(
            "warning: this office's certificate expires on %1 (in %2 days). Ask "
            "the head office to renew it (“tansiq-cli office renew %3”).")
                             .arg(formatTime(own->expiresAt))
                             .arg((own->expiresAt - now) / (24 * 3600 * 1000))
                             .arg(own->name)
                      << '\n';
    }
}

QString formatTime(qint64 ms)
{
    if (ms <= 0)
        return Cli::tr("never");
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

} // namespace tansiq::cli::synccli
