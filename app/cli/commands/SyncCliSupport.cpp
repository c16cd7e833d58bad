#include "SyncCliSupport.h"

#include "registry/Registry.h"
#include "sync/Roster.h"
#include "sync/SyncErrors.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSaveFile>

namespace tansiq::cli::synccli {

QString tr(const char* text)
{
    return QCoreApplication::translate("tansiq::cli", text);
}

QCommandLineOption passphraseOption()
{
    return QCommandLineOption(QStringLiteral("passphrase-file"),
                              tr("read the office passphrase from FILE (first line); otherwise "
                                 "from the TANSIQ_PASSPHRASE environment variable"),
                              QStringLiteral("FILE"));
}

std::optional<QByteArray> passphrase(CliContext& context, const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("passphrase-file"))) {
        const QString path = parser.value(QStringLiteral("passphrase-file"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            context.err() << tr("error: cannot read the passphrase file “%1”: %2")
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
    context.err() << tr("error: this command needs the office passphrase: give "
                        "--passphrase-file FILE or set TANSIQ_PASSPHRASE")
                  << '\n';
    return std::nullopt;
}

std::optional<sync::OfficeKeys> unlock(CliContext& context, Workspace& workspace,
                                       const QCommandLineParser& parser)
{
    const std::optional<QByteArray> secret = passphrase(context, parser);
    if (!secret)
        return std::nullopt;
    sync::Roster roster(workspace.database());
    Result<sync::OfficeKeys> keys = roster.unlock(*secret);
    if (!keys.ok()) {
        context.report(keys.issues());
        return std::nullopt;
    }
    return keys.value();
}

bool writeFile(CliContext& context, const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush()
        || !file.commit()) {
        context.report({sync::errors::fileError(path, file.errorString())});
        return false;
    }
    return true;
}

std::optional<QByteArray> readFile(CliContext& context, const QString& path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.report({sync::errors::fileError(path, file.errorString())});
        return std::nullopt;
    }
    if (file.size() > maxBytes) {
        context.report({sync::errors::fileError(path, tr("the file is too large"))});
        return std::nullopt;
    }
    return file.readAll();
}

QString formatTime(qint64 ms)
{
    if (ms <= 0)
        return tr("never");
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

}  // namespace tansiq::cli::synccli
