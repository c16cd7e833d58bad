#pragma once

#include "app/cli/CliContext.h"
#include "core/sync/CertificationKey.h"
#include "core/sync/OfficeKeys.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

namespace tansiq::sync {
class SyncContext;
}

namespace tansiq::cli::synccli {

// --passphrase-file FILE (first line), else TANSIQ_PASSPHRASE; never a terminal prompt.
QCommandLineOption passphraseOption();
std::optional<QByteArray> passphrase(CliContext& context, const QCommandLineParser& parser);
// --certification-key FILE and --certification-passphrase-file FILE (else the
// TANSIQ_CERTIFICATION_PASSPHRASE environment variable): the head office's offline key.
QCommandLineOption certificationKeyOption();
QCommandLineOption certificationPassphraseOption();
std::optional<QByteArray> certificationPassphrase(
    CliContext& context, const QCommandLineParser& parser);
// What certifies at the head office: the key file given with --certification-key, unlocked with
// its own passphrase; without it, this office's everyday key (accepted by the core only in a
// self-rooted network made before certification keys). Reports failures on stderr.
std::optional<sync::CertificationKey> certifier(
    CliContext& context, Workspace& workspace, const QCommandLineParser& parser);
// Unlocks this office's keys; reports failures on stderr.
std::optional<sync::OfficeKeys> unlock(
    CliContext& context, Workspace& workspace, const QCommandLineParser& parser);
// Writes a file atomically (QSaveFile); reports failures.
bool writeFile(CliContext& context, const QString& path, const QByteArray& bytes);
std::optional<QByteArray> readFile(CliContext& context, const QString& path, qint64 maxBytes);
QString formatTime(qint64 ms);
// On stderr: this office's certificate has expired or ends within certs::kRenewalWarningMs.
void warnAboutCertificate(CliContext& context, sync::SyncContext& sync);

} // namespace tansiq::cli::synccli
