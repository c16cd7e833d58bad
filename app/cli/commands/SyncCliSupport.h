#pragma once

#include "CliContext.h"
#include "sync/OfficeKeys.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

namespace tansiq::sync {
class SyncContext;
}

namespace tansiq::cli::synccli {

QString tr(const char* text);
// --passphrase-file FILE (first line), else TANSIQ_PASSPHRASE; never a terminal prompt.
QCommandLineOption passphraseOption();
std::optional<QByteArray> passphrase(CliContext& context, const QCommandLineParser& parser);
// Unlocks this office's keys; reports failures on stderr.
std::optional<sync::OfficeKeys> unlock(CliContext& context, Workspace& workspace,
                                       const QCommandLineParser& parser);
// Writes a file atomically (QSaveFile); reports failures.
bool writeFile(CliContext& context, const QString& path, const QByteArray& bytes);
std::optional<QByteArray> readFile(CliContext& context, const QString& path, qint64 maxBytes);
QString formatTime(qint64 ms);
// On stderr: this office's certificate has expired or ends within certs::kRenewalWarningMs.
void warnAboutCertificate(CliContext& context, sync::SyncContext& sync);

}  // namespace tansiq::cli::synccli
