#include "ui/sync/CertificationOperations.h"

#include "core/common/Clock.h"
#include "core/storage/Database.h"
#include "core/sync/BundleFile.h"
#include "core/sync/CertificationKey.h"
#include "core/sync/Enrolment.h"
#include "core/sync/PassphrasePolicy.h"
#include "core/workspace/Workspace.h"
#include "ui/common/DisplaySettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace tansiq::ui::offices {

namespace {

struct Offices {
    Q_DECLARE_TR_FUNCTIONS(tansiq::ui::offices)
};

constexpr qint64 kMaxKeyFileBytes = 64 * 1024;

QString shown(const QString& path)
{
    // A path stays left to right inside Arabic text.
    return DisplaySettings::leftToRight(QDir::toNativeSeparators(path));
}

} // namespace

Status checkKeyPassphrase(const QByteArray& keyPassphrase, const QByteArray& officePassphrase)
{
    const Status strong = sync::passphrase::check(keyPassphrase);
    if (!strong.ok())
        return strong;
    if (keyPassphrase == officePassphrase)
        return Issue::error(QStringLiteral("certification-passphrase-same"),
            Offices::tr("certification key passphrase"), QString(),
            Offices::tr(
                "The certification key needs a passphrase of its own, not the office's: whoever "
                "learns the office passphrase must not be able to open the key."));
    return success();
}

Status checkKeyFile(Database& db, const QString& path)
{
    const Result<QByteArray> bytes = sync::bundlefile::read(path, kMaxKeyFileBytes);
    if (!bytes.ok())
        return bytes;
    const Result<sync::CertificationKey::Info> info
        = sync::CertificationKey::readInfo(bytes.value(), shown(path));
    if (!info.ok())
        return info;
    sync::Roster roster(db);
    const QByteArray root = roster.rootPublic();
    const std::optional<sync::OfficeEntry> head = roster.office(roster.headOfficeId());
    if (root.isEmpty() || (head && head->signPublic == root))
        return Issue::error(QStringLiteral("self-rooted"), Offices::tr("certification key"),
            shown(path),
            Offices::tr(
                "This head office has no certification key: it was set up before certification "
                "keys, and its own key is the network's root. Nothing was changed."));
    if (info->publicKey != root)
        return Issue::error(QStringLiteral("certification-key-wrong"),
            Offices::tr("certification key"), shown(path),
            Offices::tr("“%1” is the certification key “%2” (fingerprint %3), not this network's "
                        "(fingerprint %4). Nothing was changed.")
                .arg(shown(path), info->label,
                    spacedFingerprint(sync::CertificationKey::fingerprintOf(info->publicKey)),
                    spacedFingerprint(sync::CertificationKey::fingerprintOf(root))));
    return success();
}

Result<sync::CertificationKey> certifier(Workspace& workspace, const Authority& by)
{
    if (by.keyPath.isEmpty()) { // self-rooted: the everyday key is the root
        sync::Roster roster(workspace.database());
        const Result<sync::OfficeKeys> keys = roster.unlock(by.passphrase);
        if (!keys.ok())
            return keys;
        return sync::CertificationKey(keys.value());
    }
    const Status ours = checkKeyFile(workspace.database(), by.keyPath);
    if (!ours.ok())
        return ours;
    const Result<QByteArray> bytes = sync::bundlefile::read(by.keyPath, kMaxKeyFileBytes);
    if (!bytes.ok())
        return bytes;
    return sync::CertificationKey::fromFile(bytes.value(), by.passphrase, shown(by.keyPath));
}

Result<CreatedOffice> createHeadOffice(Workspace& workspace, const QString& name,
    const QByteArray& passphrase, const QString& keyPath, const QByteArray& keyPassphrase)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Issue::error(QStringLiteral("office-name"), Offices::tr("office name"), QString(),
            Offices::tr("Give the office a name."));
    if (keyPath.trimmed().isEmpty())
        return Issue::error(QStringLiteral("certification-key-file"),
            Offices::tr("certification key"), QString(),
            Offices::tr("Choose where to save the certification key file."));
    // A root of trust is never overwritten by accident.
    if (QFileInfo::exists(keyPath))
        return Issue::error(QStringLiteral("certification-key-exists"),
            Offices::tr("certification key"), shown(keyPath),
            Offices::tr("There is already a file at %1; a certification key is never written over "
                        "another file. Choose another name. Nothing was changed.")
                .arg(shown(keyPath)));
    for (const Status& step :
        { sync::passphrase::check(passphrase), checkKeyPassphrase(keyPassphrase, passphrase) }) {
        if (!step.ok())
            return step;
    }
    if (sync::Roster(workspace.database()).hasOwnKeys())
        return Issue::error(QStringLiteral("office-exists"), QString(), trimmed,
            Offices::tr("This installation is already set up as an office."));
    const qint64 now = workspace.clock().nowMs();
    const sync::CertificationKey key = sync::CertificationKey::generate();
    const QByteArray file = key.toFile(keyPassphrase, trimmed, now);
    if (file.isEmpty())
        return Issue::error(QStringLiteral("certification-key-seal"),
            Offices::tr("certification key"), QString(),
            Offices::tr("The certification key could not be protected (not enough memory for the "
                        "passphrase hash). Nothing was written."));
    const Status written = sync::bundlefile::write(keyPath, file);
    if (!written.ok())
        return written;
    const auto keys
        = sync::enrolment::initHeadOffice(workspace.database(), trimmed, passphrase, key, now);
    if (!keys.ok()) {
        QFile::remove(keyPath); // a key that roots nothing would only confuse later
        return keys;
    }
    return CreatedOffice { trimmed, true, key.fingerprint() };
}

Result<sync::OfficeEntry> renew(Workspace& workspace, const QUuid& office, const Authority& by)
{
    const Result<sync::CertificationKey> key = certifier(workspace, by);
    if (!key.ok())
        return key;
    return sync::enrolment::renew(
        workspace.database(), key.value(), office, workspace.clock().nowMs());
}

Result<QString> certifyNewKey(Workspace& workspace, const QString& keyPath,
    const QByteArray& keyPassphrase, const QByteArray& newPassphrase)
{
    if (keyPath.isEmpty())
        return Issue::error(QStringLiteral("certification-key-required"),
            Offices::tr("certification key"), QString(),
            Offices::tr(
                "A new key for this computer is certified with the certification key file."));
    const Result<sync::CertificationKey> key
        = certifier(workspace, Authority { keyPath, keyPassphrase });
    if (!key.ok())
        return key;
    const auto keys = sync::enrolment::certifyNewEverydayKey(
        workspace.database(), key.value(), newPassphrase, workspace.clock().nowMs());
    if (!keys.ok())
        return keys;
    return sync::crypto::fingerprint(keys->signPublic, keys->boxPublic);
}

} // namespace tansiq::ui::offices
