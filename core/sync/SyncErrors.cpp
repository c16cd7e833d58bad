#include "core/sync/SyncErrors.h"

#include <QCoreApplication>

namespace tansiq::sync::errors {

namespace {
struct Sync {
    Q_DECLARE_TR_FUNCTIONS(tansiq::sync)
};

QString bundleField()
{
    return Sync::tr("bundle");
}
} // namespace

Issue notABundle(const QString& file)
{
    return Issue::error(QStringLiteral("bundle-not-tansiq"), bundleField(), file,
        Sync::tr("“%1” is not a Tansiq sync bundle.").arg(file));
}

Issue needsNewer(const QString& what)
{
    return Issue::error(QStringLiteral("bundle-needs-newer"), bundleField(), what,
        Sync::tr("This bundle was made by a newer Tansiq (%1). Update Tansiq, then "
                 "import it again; nothing was changed.")
            .arg(what));
}

Issue notForThisOffice()
{
    return Issue::error(QStringLiteral("bundle-not-for-us"), bundleField(), QString(),
        Sync::tr("This bundle is not for this office: it was encrypted for other "
                 "offices. Nothing was changed."));
}

Issue damaged(const QString& detail)
{
    return Issue::error(QStringLiteral("bundle-damaged"), bundleField(), detail,
        Sync::tr("The bundle is damaged or was altered (%1). Ask the sender to export "
                 "it again; nothing was changed.")
            .arg(detail));
}

Issue unknownSender(const QString& who)
{
    return Issue::error(QStringLiteral("bundle-unknown-sender"), bundleField(), who,
        Sync::tr("The bundle comes from an office this installation does not know "
                 "(%1). Enrol it through the head office first; nothing was changed.")
            .arg(who));
}

Issue revokedSender(const QString& who)
{
    return Issue::error(QStringLiteral("bundle-revoked-sender"), bundleField(), who,
        Sync::tr("The bundle comes from office “%1”, whose keys the head office has "
                 "revoked. Nothing was changed.")
            .arg(who));
}

Issue retiredKey(const QString& who)
{
    return Issue::error(QStringLiteral("bundle-retired-key"), bundleField(), who,
        Sync::tr("The bundle is signed with a key of “%1” that the head office has "
                 "retired (a replaced or stolen laptop). It was refused and nothing was "
                 "changed; tell the head office.")
            .arg(who));
}

Issue expiredSender(const QString& who, const QString& expiredOn)
{
    return Issue::error(QStringLiteral("bundle-expired-sender"), bundleField(), who,
        Sync::tr("The bundle comes from office “%1”, whose certificate expired on %2. "
                 "The head office can renew it (“tansiq-cli office renew %1”); then "
                 "import the bundle again. Nothing was changed.")
            .arg(who, expiredOn));
}

Issue restoredDatabase()
{
    return Issue::error(QStringLiteral("sync-restored-database"), bundleField(), QString(),
        Sync::tr("The head office already has more changes from this database than it "
                 "holds: it was restored from a backup or copied to another computer. "
                 "Run “tansiq-cli office renew-replica” before exchanging bundles; "
                 "nothing was changed."));
}

Issue fileError(const QString& file, const QString& detail)
{
    return Issue::error(QStringLiteral("bundle-file"), bundleField(), file,
        Sync::tr("Cannot use “%1”: %2").arg(file, detail));
}

namespace {
QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}
} // namespace

Issue folderMissing(const QString& file, const QString& folder)
{
    return Issue::error(QStringLiteral("bundle-folder-missing"), bundleField(), file,
        Sync::tr("Cannot write “%1”: the folder “%2” does not exist (was the stick "
                 "removed?). Nothing was written or recorded as sent.")
            .arg(file, folder));
}

Issue mediumReadOnly(const QString& file, const QString& folder)
{
    return Issue::error(QStringLiteral("bundle-medium-read-only"), bundleField(), file,
        Sync::tr("Cannot write “%1”: the stick or disk holding “%2” is read-only "
                 "(write-protected?). Use another stick; nothing was written or "
                 "recorded as sent.")
            .arg(file, folder));
}

Issue noPermission(const QString& file, const QString& folder)
{
    return Issue::error(QStringLiteral("bundle-no-permission"), bundleField(), file,
        Sync::tr("Cannot write “%1”: writing in “%2” is not allowed (a read-only or "
                 "protected place). Choose another folder or stick; nothing was "
                 "written or recorded as sent.")
            .arg(file, folder));
}

Issue diskFull(const QString& file, qint64 needed, qint64 available)
{
    const QString message = available >= 0
        ? Sync::tr("Cannot write “%1”: the stick or disk is full (the bundle needs %2 MB, %3 MB "
                   "are free). Free some space or use another stick; nothing was written or "
                   "recorded as sent.")
              .arg(file, megabytes(needed), megabytes(available))
        : Sync::tr("Cannot write “%1”: the stick or disk is full. Free some space or use another "
                   "stick; no partial file was left and nothing was recorded as sent.")
              .arg(file);
    return Issue::error(QStringLiteral("bundle-disk-full"), bundleField(), file, message);
}

Issue writeFailed(const QString& file, const QString& detail)
{
    return Issue::error(QStringLiteral("bundle-write-failed"), bundleField(), file,
        Sync::tr("Cannot write “%1”: %2 (was the stick removed?). No partial file was "
                 "left and nothing was recorded as sent.")
            .arg(file, detail));
}

} // namespace tansiq::sync::errors
