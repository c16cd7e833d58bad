#include "app/cli/CliCommand.h"
#include "app/cli/commands/SyncCliSupport.h"
#include "core/backup/BackupCipher.h"
#include "core/backup/BackupExport.h"
#include "core/backup/BackupStore.h"
#include "core/backup/Restore.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace tansiq::cli {

namespace {

QString when(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString size(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString counts(const backup::RecordCounts& counts)
{
    return Cli::tr("organisations: %1, projects: %2, activities: %3, needs: %4")
        .arg(counts.organisations)
        .arg(counts.projects)
        .arg(counts.activities)
        .arg(counts.needs);
}

backup::BackupStore defaultStore(CliContext& context)
{
    return backup::BackupStore(backup::BackupStore::defaultRoot(), context.clock());
}

} // namespace

int runBackup(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"),
        Cli::tr("also write the backup to FILE (a USB stick for a lost laptop)"),
        QStringLiteral("FILE"));
    const QCommandLineOption encrypt(QStringLiteral("encrypt"),
        Cli::tr("encrypt FILE with the office passphrase (keys included)"));
    parser.addOptions({ out, encrypt, synccli::passphraseOption() });
    if (auto stop = context.parse(parser, args,
            Cli::tr("Backs the database up into this user's backup folder (checked, "
                    "rotated: 7 daily, 4 weekly, 12 monthly), and with --out to a "
                    "file of your choice.")))
        return *stop;
    if (parser.isSet(encrypt) && !parser.isSet(out)) {
        context.err() << Cli::tr("error: --encrypt needs --out FILE (the encrypted file to write)")
                      << '\n';
        return UsageError;
    }
    Workspace* workspace = context.workspace({ .createIfMissing = false, .seedGazetteer = false });
    if (!workspace)
        return Failure;
    backup::BackupStore store = defaultStore(context);
    Result<backup::BackupInfo> made = Result<backup::BackupInfo>::failure({});
    if (parser.isSet(out)) {
        std::optional<QByteArray> secret;
        if (parser.isSet(encrypt)) {
            secret = synccli::passphrase(context, parser);
            if (!secret)
                return Failure;
        }
        made = backup::exportBackup(workspace->database(), store, parser.value(out), secret);
    } else {
        made = store.backUp(workspace->database(), backup::Reason::Manual);
    }
    if (!made.ok())
        return context.fail(made.issues());
    context.out() << (parser.isSet(encrypt) ? Cli::tr("Encrypted backup written to %1 (%2): %3.")
                                            : Cli::tr("Backup written to %1 (%2): %3."))
                         .arg(QDir::toNativeSeparators(made->path), size(made->size),
                             counts(made->counts))
                  << '\n';
    if (parser.isSet(encrypt))
        context.out() << Cli::tr(
            "Keep it away from this computer. Restore it with “tansiq-cli restore "
            "FILE” and the office passphrase.")
                      << '\n';
    return Success;
}

int runBackups(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("print JSON"));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("list"), Cli::tr("list this database's backups"));
    if (auto stop
        = context.parse(parser, args, Cli::tr("Lists the backups of the database, newest first.")))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || positional.first() != u"list") {
        context.err() << Cli::tr("error: usage: tansiq-cli backups list [--json]") << '\n';
        return UsageError;
    }
    const backup::BackupStore store = defaultStore(context);
    const QList<backup::BackupInfo> backups = store.list(context.databasePath());
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const backup::BackupInfo& info : backups) {
            QJsonObject entry = info.toJson();
            entry.remove(QStringLiteral("format"));
            entry.insert(QStringLiteral("path"), info.path);
            entry.insert(QStringLiteral("created"),
                QDateTime::fromMSecsSinceEpoch(info.createdAt, Qt::UTC).toString(Qt::ISODate));
            list.append(entry);
        }
        context.out() << QString::fromUtf8(QJsonDocument(
            QJsonObject { { QStringLiteral("folder"), store.folderFor(context.databasePath()) },
                { QStringLiteral("backups"),
                    list } }).toJson(QJsonDocument::Indented));
        return Success;
    }
    context.out() << Cli::tr("Backups of %1 in %2:")
                         .arg(QDir::toNativeSeparators(context.databasePath()),
                             QDir::toNativeSeparators(store.folderFor(context.databasePath())))
                  << '\n';
    if (backups.isEmpty())
        context.out() << Cli::tr("(none yet)") << '\n';
    for (const backup::BackupInfo& info : backups) {
        context.out() << when(info.createdAt) << "  " << backup::reasonLabel(info.reason) << "  "
                      << size(info.size) << "  " << counts(info.counts) << '\n'
                      << "    " << QDir::toNativeSeparators(info.path) << '\n';
    }
    return Success;
}

int runRestore(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption yes(
        QStringLiteral("yes"), Cli::tr("replace an existing database without asking"));
    parser.addOptions({ yes, synccli::passphraseOption() });
    parser.addPositionalArgument(
        QStringLiteral("file"), Cli::tr("the backup (plain, or encrypted with --encrypt)"));
    if (auto stop = context.parse(parser, args,
            Cli::tr("Restores the database from a backup: the current database is "
                    "backed up first, then replaced; the replica is renewed so sync "
                    "stays safe. On a new computer, an encrypted backup brings the "
                    "office back with its keys.")))
        return *stop;
    if (parser.positionalArguments().size() != 1) {
        context.err() << Cli::tr("error: give one backup file") << '\n';
        return UsageError;
    }
    const QString file = parser.positionalArguments().first();
    const QString target = context.databasePath();
    if (QFileInfo::exists(target) && !parser.isSet(yes)) {
        context.err() << Cli::tr(
            "error: this replaces the database %1 with the backup %2 (the current "
            "database is backed up first). Add --yes to restore.")
                             .arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(file))
                      << '\n';
        return Failure;
    }
    QByteArray secret;
    if (backup::cipher::isEncrypted(file)) {
        const std::optional<QByteArray> given = synccli::passphrase(context, parser);
        if (!given)
            return Failure;
        secret = *given;
    }
    backup::BackupStore store = defaultStore(context);
    const auto restored = backup::restoreBackup(file, target, store, secret);
    if (!restored.ok())
        return context.fail(restored.issues());
    context.report(restored.issues());
    context.out() << Cli::tr("Restored %1 from %2: %3.")
                         .arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(file),
                             counts(restored->restored.counts))
                  << '\n';
    if (restored->previous)
        context.out() << Cli::tr("The database as it was is kept as the backup %1.")
                             .arg(QDir::toNativeSeparators(restored->previous->path))
                      << '\n';
    if (restored->replicaRenewed)
        context.out() << Cli::tr("This database now writes under a new replica id, so offices that "
                                 "already received newer changes from it stay consistent; the next "
                                 "bundles bring those changes back.")
                      << '\n';
    return Success;
}

} // namespace tansiq::cli
