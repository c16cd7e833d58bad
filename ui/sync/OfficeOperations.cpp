#include "ui/sync/OfficeOperations.h"

#include "core/common/Clock.h"
#include "core/office/LocalOffice.h"
#include "core/registry/Registry.h"
#include "core/sync/BundleFile.h"
#include "core/sync/CertificationKey.h"
#include "core/sync/Enrolment.h"
#include "core/sync/SyncErrors.h"
#include "core/workspace/Workspace.h"
#include "ui/common/DisplaySettings.h"
#include "ui/sync/CertificationOperations.h"

#include <QCoreApplication>

namespace tansiq::ui::offices {

namespace {

struct Offices {
    Q_DECLARE_TR_FUNCTIONS(tansiq::ui::offices)
};

constexpr qint64 kMaxRequestBytes = 64 * 1024;
constexpr qint64 kMaxAnswerBytes = 16 * 1024 * 1024;

} // namespace

Result<CreatedOffice> create(
    Workspace& workspace, const QString& name, bool headOffice, const QByteArray& passphrase)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        return Issue::error(QStringLiteral("office-name"), Offices::tr("office name"), QString(),
            Offices::tr("Give the office a name."));
    }
    const auto keys = sync::enrolment::initOffice(
        workspace.database(), trimmed, headOffice, passphrase, workspace.clock().nowMs());
    if (!keys.ok())
        return keys;
    return CreatedOffice { trimmed, headOffice,
        sync::crypto::fingerprint(keys->signPublic, keys->boxPublic) };
}

Result<QString> writeRequest(
    Workspace& workspace, const QString& path, const QByteArray& passphrase)
{
    sync::Roster roster(workspace.database());
    const Result<sync::OfficeKeys> keys = roster.unlock(passphrase);
    if (!keys.ok())
        return keys;
    const QString name = LocalOffice::setting(workspace.database(), QStringLiteral("office_name"));
    const Status written
        = sync::bundlefile::write(path, sync::enrolment::request(keys.value(), name));
    if (!written.ok())
        return written;
    return sync::crypto::fingerprint(keys->signPublic, keys->boxPublic);
}

Result<sync::OfficeEntry> readRequest(const QString& path)
{
    const Result<QByteArray> bytes = sync::bundlefile::read(path, kMaxRequestBytes);
    if (!bytes.ok())
        return bytes;
    return sync::enrolment::readRequest(bytes.value());
}

Result<SignedRequest> signRequest(Workspace& workspace, const QString& requestPath,
    const QString& expectedFingerprint, const QString& answerPath, const QByteArray& passphrase)
{
    return signRequest(workspace, requestPath, expectedFingerprint, answerPath,
        Authority { QString(), passphrase });
}

Result<SignedRequest> signRequest(Workspace& workspace, const QString& requestPath,
    const QString& expectedFingerprint, const QString& answerPath, const Authority& by)
{
    const Result<sync::OfficeEntry> entry = readRequest(requestPath);
    if (!entry.ok())
        return entry;
    if (entry->fingerprint().compare(expectedFingerprint, Qt::CaseInsensitive) != 0) {
        return Issue::error(QStringLiteral("fingerprint-mismatch"), Offices::tr("fingerprint"),
            entry->fingerprint(),
            Offices::tr("The request's fingerprint is %1, not the %2 you confirmed: the "
                        "file changed. Nothing was signed.")
                .arg(entry->fingerprint(), expectedFingerprint));
    }
    const Result<sync::CertificationKey> key = certifier(workspace, by);
    if (!key.ok())
        return key;
    const Result<QByteArray> answer = sync::enrolment::sign(
        workspace.database(), key.value(), entry.value(), workspace.clock().nowMs());
    if (!answer.ok())
        return answer;
    const Status written = sync::bundlefile::write(answerPath, answer.value());
    if (!written.ok())
        return written;
    // What the field office confirms: the network's root (docs/decisions/0061).
    return SignedRequest { entry->name, entry->fingerprint(),
        sync::enrolment::rootFingerprint(workspace.database()) };
}

namespace {
// An office's answer to enrolment, read from its file (size-limited), with this office's keys
// unlocked to open it: what reading and accepting an answer both start with.
struct OpenedAnswer {
    QByteArray bytes;
    sync::OfficeKeys keys;
};

Result<OpenedAnswer> openAnswer(
    Workspace& workspace, const QString& answerPath, const QByteArray& passphrase)
{
    Result<QByteArray> bytes = sync::bundlefile::read(answerPath, kMaxAnswerBytes);
    if (!bytes.ok())
        return bytes;
    sync::Roster roster(workspace.database());
    Result<sync::OfficeKeys> keys = roster.unlock(passphrase);
    if (!keys.ok())
        return keys;
    return OpenedAnswer { bytes.value(), keys.value() };
}
} // namespace

Result<sync::OfficeEntry> readAnswer(
    Workspace& workspace, const QString& answerPath, const QByteArray& passphrase)
{
    const Result<OpenedAnswer> answer = openAnswer(workspace, answerPath, passphrase);
    if (!answer.ok())
        return answer;
    return sync::enrolment::readAnswer(answer.value().bytes, answer.value().keys);
}

Result<sync::OfficeEntry> acceptAnswer(Workspace& workspace, const QString& answerPath,
    const QString& expectedFingerprint, const QByteArray& passphrase)
{
    const Result<OpenedAnswer> answer = openAnswer(workspace, answerPath, passphrase);
    if (!answer.ok())
        return answer;
    return sync::enrolment::accept(
        workspace.database(), answer.value().keys, answer.value().bytes, expectedFingerprint);
}

Result<quint64> revoke(Workspace& workspace, const QUuid& office, const QByteArray& passphrase)
{
    return revoke(workspace, office, Authority { QString(), passphrase });
}

Result<quint64> revoke(Workspace& workspace, const QUuid& office, const Authority& by)
{
    const Result<sync::CertificationKey> key = certifier(workspace, by);
    if (!key.ok())
        return key;
    sync::Roster roster(workspace.database());
    const Status revoked = sync::enrolment::revoke(
        workspace.database(), key.value(), office, workspace.clock().nowMs());
    if (!revoked.ok())
        return revoked;
    return roster.revocations().version;
}

QString spacedFingerprint(const QString& fingerprint)
{
    QString spaced = fingerprint;
    spaced.replace(QLatin1Char('-'), QStringLiteral("  "));
    // Left to right inside Arabic text, so the groups are read in the order they are written.
    return DisplaySettings::leftToRight(spaced);
}

} // namespace tansiq::ui::offices
