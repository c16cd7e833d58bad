#include "SyncErrors.h"

#include <QCoreApplication>

namespace tansiq::sync::errors {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("tansiq::sync", text);
}
QString bundleField()
{
    return tr("bundle");
}
}  // namespace

Issue notABundle(const QString& file)
{
    return Issue::error(QStringLiteral("bundle-not-tansiq"), bundleField(), file,
                        tr("“%1” is not a Tansiq sync bundle.").arg(file));
}

Issue needsNewer(const QString& what)
{
    return Issue::error(QStringLiteral("bundle-needs-newer"), bundleField(), what,
                        tr("This bundle was made by a newer Tansiq (%1). Update Tansiq, then "
                           "import it again; nothing was changed.")
                            .arg(what));
}

Issue notForThisOffice()
{
    return Issue::error(QStringLiteral("bundle-not-for-us"), bundleField(), QString(),
                        tr("This bundle is not for this office: it was encrypted for other "
                           "offices. Nothing was changed."));
}

Issue damaged(const QString& detail)
{
    return Issue::error(QStringLiteral("bundle-damaged"), bundleField(), detail,
                        tr("The bundle is damaged or was altered (%1). Ask the sender to export "
                           "it again; nothing was changed.")
                            .arg(detail));
}

Issue unknownSender(const QString& who)
{
    return Issue::error(QStringLiteral("bundle-unknown-sender"), bundleField(), who,
                        tr("The bundle comes from an office this installation does not know "
                           "(%1). Enrol it through the head office first; nothing was changed.")
                            .arg(who));
}

Issue revokedSender(const QString& who)
{
    return Issue::error(QStringLiteral("bundle-revoked-sender"), bundleField(), who,
                        tr("The bundle comes from office “%1”, whose keys the head office has "
                           "revoked. Nothing was changed.")
                            .arg(who));
}

Issue restoredDatabase()
{
    return Issue::error(QStringLiteral("sync-restored-database"), bundleField(), QString(),
                        tr("The head office already has more changes from this database than it "
                           "holds: it was restored from a backup or copied to another computer. "
                           "Run “tansiq-cli office renew-replica” before exchanging bundles; "
                           "nothing was changed."));
}

Issue fileError(const QString& file, const QString& detail)
{
    return Issue::error(QStringLiteral("bundle-file"), bundleField(), file,
                        tr("Cannot use “%1”: %2").arg(file, detail));
}

}  // namespace tansiq::sync::errors
